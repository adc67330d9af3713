package io.polylink.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared third-party data folder ({@code ../shared/data}) for tests: the system property
 * {@code polylink.data.dir} (the build sets it), else the environment variable {@code POLYLINK_DATA}. A test that
 * needs data it does not find is skipped, saying what it looked for.
 */
public final class TestData {

  private TestData() {}

  /** The folder named by the property or the environment, or null when neither names one that exists. */
  public static Path dirOrNull() {
    String p = System.getProperty("polylink.data.dir");
    if (p == null || p.isBlank()) {
      p = System.getenv("POLYLINK_DATA");
    }
    if (p == null || p.isBlank()) {
      return null;
    }
    Path d = Path.of(p);
    return Files.isDirectory(d) ? d : null;
  }

  /** The data folder, or a skipped test saying why. */
  public static Path dir() {
    Path d = dirOrNull();
    Assumptions.assumeTrue(d != null, () -> "skipped: evaluation data not found (set -Dpolylink.data.dir or "
        + "POLYLINK_DATA; looked at " + System.getProperty("polylink.data.dir", System.getenv("POLYLINK_DATA")) + ")");
    return d;
  }

  /** A file or folder under the data folder, or a skipped test saying which is absent. */
  public static Path require(String relative) {
    Path p = dir().resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), () -> "skipped: shared data absent: " + p);
    return p;
  }
}
