package io.polylink.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Finds ../shared/data (system property polylink.data.dir or env POLYLINK_DATA) and skips tests when it is absent. */
public final class TestData {

  private TestData() {}

  /** The data folder, or a skipped test saying why. */
  public static Path dir() {
    String p = System.getProperty("polylink.data.dir");
    if (p == null || p.isBlank()) {
      p = System.getenv("POLYLINK_DATA");
    }
    Path d = p == null ? null : Path.of(p);
    Assumptions.assumeTrue(d != null && Files.isDirectory(d),
        "skipped: evaluation data not found (set -Dpolylink.data.dir or POLYLINK_DATA; looked at " + p + ")");
    return d;
  }
}
