package io.polylink.kb.source;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared third-party data; tests that need it are skipped when it is absent. */
final class TestData {
  private TestData() {}

  /** The file under the shared data folder, or a skipped test when it is not there. */
  static Path require(String relative) {
    String dir = System.getProperty("polylink.data.dir");
    if (dir == null || dir.isBlank()) {
      dir = System.getenv("POLYLINK_DATA");
    }
    assumeTrue(dir != null && !dir.isBlank(), "no polylink.data.dir / POLYLINK_DATA: shared data absent");
    Path p = Path.of(dir).resolve(relative);
    assumeTrue(Files.isRegularFile(p), "shared data file absent: " + p);
    return p;
  }
}
