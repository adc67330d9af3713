package io.polylink.spark;

import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.link.LinkerConfig;
import io.polylink.redact.Redactor;
import io.polylink.redact.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one executor JVM opens once and every task on it shares: the KB (memory-mapped, read-only), one thread-safe
 * {@link Linker} per configuration and one {@link Redactor} per policy. Tasks find them here by key instead of
 * shipping them: a KB is gigabytes, and a {@code Linker} is not serializable.
 */
final class PerJvm {
  private static final Map<String, KnowledgeBase> KBS = new ConcurrentHashMap<>();
  private static final Map<LinkSettings, Linker> LINKERS = new ConcurrentHashMap<>();
  private static final Map<RedactSettings, Redactor> REDACTORS = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(PerJvm::closeAll, "polylink-spark-close-kb"));
  }

  private PerJvm() {}

  /** The linker for {@code s} in this JVM, created with its KB on first use. */
  static Linker linker(LinkSettings s) {
    return LINKERS.computeIfAbsent(s, k -> {
      LinkerConfig config = LinkerConfig.defaults().withReportNil(k.reportNil());
      if (k.nilThreshold() != null) {
        config = config.withNilThreshold(k.nilThreshold());
      }
      return Linker.builder().knowledgeBase(kb(k.kb())).config(config).build();
    });
  }

  /** The redactor for {@code s} in this JVM. */
  static Redactor redactor(RedactSettings s) {
    return REDACTORS.computeIfAbsent(s, k -> {
      Redactor.Builder b = Redactor.builder();
      if (k.policy() != null) {
        b.policy(Policy.load(resolve(k.policy(), "--policy")));
      }
      if (k.kb() != null) {
        // as `polylink redact` does: types of names matter here, not their misspellings
        b.linker(Linker.builder().knowledgeBase(kb(k.kb()))
            .config(LinkerConfig.defaults().withFuzzyUnknownNames(false)).build());
      }
      return b.build();
    });
  }

  /** The KB at {@code path}, opened once per JVM. */
  static KnowledgeBase kb(String path) {
    return KBS.computeIfAbsent(path, p -> {
      try {
        return KnowledgeBase.open(resolve(p, "--kb"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the KB " + p + ": " + e.getMessage(), e);
      }
    });
  }

  /**
   * A path as an executor sees it: the path itself when it exists there (a shared file system, or local mode), else
   * the file or directory of that name that Spark shipped with {@code --files} or {@code --archives}.
   */
  static Path resolve(String path, String option) {
    Path p = Path.of(path);
    if (Files.exists(p)) {
      return p;
    }
    try {
      Path shipped = Path.of(org.apache.spark.SparkFiles.get(p.getFileName().toString()));
      if (Files.exists(shipped)) {
        return shipped;
      }
    } catch (RuntimeException | LinkageError e) { // no SparkContext in this JVM: nothing was shipped
      // fall through to the error below
    }
    throw new IllegalArgumentException(option + " " + path + " not found on this executor (give a path every "
        + "executor can read, or ship it with --archives/--files)");
  }

  /** Closes every KB this JVM opened (the CLI when a job ends; a shutdown hook otherwise). */
  static synchronized void closeAll() {
    LINKERS.clear();
    REDACTORS.clear();
    for (KnowledgeBase k : KBS.values()) {
      try {
        k.close();
      } catch (IOException | RuntimeException e) {
        // closing a read-only, memory-mapped KB at exit: nothing to lose
      }
    }
    KBS.clear();
  }

  /** How a link job's linker is configured: the key of the per-JVM linker. */
  record LinkSettings(String kb, Double nilThreshold, boolean reportNil) implements java.io.Serializable {
    LinkSettings {
      if (kb == null || kb.isBlank()) {
        throw new IllegalArgumentException("--kb is required");
      }
      if (nilThreshold != null && !(nilThreshold >= 0 && nilThreshold <= 1)) {
        throw new IllegalArgumentException("--nil-threshold must be in [0,1], got " + nilThreshold);
      }
    }
  }

  /** How a redact job's redactor is configured; {@code kb} null: no linker, patterns and name recognizers only. */
  record RedactSettings(String kb, String policy) implements java.io.Serializable {}
}
