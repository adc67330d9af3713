package io.polylink.redact.acceptance;

import io.polylink.kb.starter.CldrStarterSource;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared evaluation data and the starter KB are, for the acceptance measurements. */
final class AcceptanceData {

  private AcceptanceData() {}

  /** The shared data folder, or null when absent. */
  static Path dataDir() {
    return io.polylink.testsupport.TestData.dirOrNull();
  }

  /** The CLDR starter KB, built once into target/starter-kb. */
  static synchronized Path starterKb() throws IOException {
    Path dir = Path.of("target", "starter-kb").toAbsolutePath();
    if (KnowledgeBase.exists(dir)) {
      try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
        return dir;
      } catch (io.polylink.kb.store.NotAKbException e) {
        // built by an older store format: rebuild below
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
      }
    }
    if (!KnowledgeBase.exists(dir)) {
      KbBuilder.into(dir).build(new CldrStarterSource(java.time.LocalDate.of(2025, 1, 1)));
    }
    return dir;
  }
}
