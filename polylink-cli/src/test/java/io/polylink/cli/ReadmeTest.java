package io.polylink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library section as a reader uses it (issue 14, item 13: it named {@code Options} for
 * {@code WikidataDumpSource.Options}, had no imports, no Maven coordinates, and said nothing of {@code mvn install},
 * the JDK or the JVM flags; {@code POLYLINK_HOME} was undocumented).
 */
class ReadmeTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static String librarySection() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("### As a library");
    assertTrue(start >= 0, "README has no library section");
    int end = readme.indexOf("\n## ", start);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  @Test
  void theLibraryExampleCompilesAsWritten(@TempDir Path out) throws Exception {
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(librarySection());
    assertTrue(m.find(), "no java example in the library section");
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : m.group(1).split("\n")) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    String source = imports + "class ReadmeExample {\n  static void run() throws Exception {\n" + body + "  }\n}\n";
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavaFileObject file = new SimpleJavaFileObject(java.net.URI.create("string:///ReadmeExample.java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    StringWriter diagnostics = new StringWriter();
    boolean ok = javac.getTask(diagnostics, null, null, List.of("-proc:none", "-d", out.toString(), "-classpath",
        System.getProperty("java.class.path")), null, List.of(file)).call();
    assertTrue(ok, "the README's library example does not compile:\n" + diagnostics + "\n" + source);
  }

  @Test
  void theLibrarySectionGivesCoordinatesInstallJdkAndFlags() throws Exception {
    String lib = librarySection();
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher version = Pattern.compile("<artifactId>polylink-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(pom);
    assertTrue(version.find(), "no parent version in pom.xml");
    Matcher dep = Pattern.compile("<groupId>(.+?)</groupId>\\s*<artifactId>(.+?)</artifactId>\\s*<version>(.+?)"
        + "</version>").matcher(lib);
    assertTrue(dep.find(), "no Maven dependency in the library section");
    assertEquals("io.polylink", dep.group(1));
    assertTrue(Files.isDirectory(ROOT.resolve(dep.group(2))), "no module " + dep.group(2));
    assertEquals(version.group(1), dep.group(3), "the README's version is not the build's");
    for (String needed : new String[] {"mvn -q install", "JDK 21", "--enable-native-access=ALL-UNNAMED",
        "jdk.incubator.vector"}) {
      assertTrue(lib.contains(needed), "the library section does not say " + needed);
    }
  }

  @Test
  void whereFilesGoIsDocumented() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    for (String needed : new String[] {"POLYLINK_HOME", "polylink.home", "~/.polylink"}) {
      assertTrue(readme.contains(needed), "README does not document " + needed);
    }
  }
}
