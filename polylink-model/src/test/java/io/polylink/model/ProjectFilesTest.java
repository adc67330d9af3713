package io.polylink.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The root pom and the licence: what Maven only warns about (a managed dependency declared twice) fails here. */
class ProjectFilesTest {

  private static final Pattern DEPENDENCY = Pattern.compile(
      "<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>(.*?)</dependency>", Pattern.DOTALL);
  private static final Pattern CLASSIFIER = Pattern.compile("<classifier>([^<]+)</classifier>");

  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("polylink-model")) && Files.exists(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no project root above " + here);
  }

  @Test
  void managedDependenciesAreDeclaredOnce() throws IOException {
    String pom = Files.readString(root().resolve("pom.xml"), StandardCharsets.UTF_8);
    int start = pom.indexOf("<dependencyManagement>");
    int end = pom.indexOf("</dependencyManagement>");
    assertTrue(start >= 0 && end > start, "the root pom has a dependencyManagement section");
    TreeMap<String, Integer> counts = new TreeMap<>();
    Matcher m = DEPENDENCY.matcher(pom.substring(start, end));
    while (m.find()) {
      Matcher c = CLASSIFIER.matcher(m.group(3));
      String key = m.group(1) + ":" + m.group(2) + (c.find() ? ":" + c.group(1) : "");
      counts.merge(key, 1, Integer::sum);
    }
    assertTrue(counts.size() > 10, "read the managed dependencies: " + counts.keySet());
    List<String> twice = new ArrayList<>();
    counts.forEach((k, n) -> {
      if (n > 1) {
        twice.add(k + " x" + n);
      }
    });
    assertEquals(List.of(), twice, "managed twice in the root pom");
  }

  @Test
  void apacheLicenceIsThereAndDeclared() throws IOException {
    String licence = Files.readString(root().resolve("LICENSE"), StandardCharsets.UTF_8);
    assertTrue(licence.contains("Apache License") && licence.contains("Version 2.0, January 2004"), "LICENSE");
    String pom = Files.readString(root().resolve("pom.xml"), StandardCharsets.UTF_8);
    assertTrue(pom.contains("<license><name>Apache-2.0</name>"), "the root pom declares Apache-2.0");
  }

  /** Determinism by build (issue 15): the forbidden-apis check runs in every module, with Polylink's signatures. */
  @Test
  void forbiddenApisRunInEveryBuild() throws IOException {
    String pom = Files.readString(root().resolve("pom.xml"), StandardCharsets.UTF_8);
    String plugins = pom.substring(pom.indexOf("</pluginManagement>"));
    assertTrue(plugins.contains("<artifactId>forbiddenapis</artifactId>"), "forbiddenapis among the build plugins");
    for (String s : new String[] {"jdk-unsafe", "jdk-deprecated", "jdk-system-out", "forbidden-signatures.txt"}) {
      assertTrue(pom.contains(s), s + " in the root pom");
    }
    String signatures = Files.readString(root().resolve("build/forbidden-signatures.txt"), StandardCharsets.UTF_8);
    for (String s : new String[] {"java.util.Random#<init>()", "java.lang.Math#random()",
        "java.lang.Thread#<init>(java.lang.Runnable)", "java.util.concurrent.Executors#newFixedThreadPool(int)"}) {
      assertTrue(signatures.contains(s), s + " forbidden");
    }
  }

  /**
   * Tests run under a default locale and time zone drawn per run (polylink-test-support's RandomLocale, printed with
   * its seed), not under a pinned English one that hides locale bugs.
   */
  @Test
  void testsRunUnderARandomLocale() throws IOException {
    String pom = Files.readString(root().resolve("pom.xml"), StandardCharsets.UTF_8);
    assertTrue(!pom.contains("-Duser.language") && !pom.contains("-Duser.country") && !pom.contains("-Duser.timezone"),
        "the root pom pins no default locale or time zone");
    assertTrue(pom.contains("<artifactId>polylink-test-support</artifactId><scope>test</scope>"),
        "every module's tests have polylink-test-support");
    assertTrue(Files.readString(root().resolve("polylink-test-support/src/main/resources/META-INF/services/"
        + "org.junit.platform.launcher.LauncherSessionListener"), StandardCharsets.UTF_8)
        .contains("io.polylink.testsupport.RandomLocale"), "RandomLocale is registered");
  }
}
