package io.polylink.link;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates ../shared/data (system property polylink.data.dir or env POLYLINK_DATA); tests skip when it is absent. */
final class SharedData {
  private SharedData() {}

  static Path require(String relative) {
    String dir = System.getProperty("polylink.data.dir");
    if (dir == null || dir.isBlank()) {
      dir = System.getenv("POLYLINK_DATA");
    }
    Path p = dir == null ? null : Path.of(dir).resolve(relative);
    Assumptions.assumeTrue(p != null && Files.exists(p), "shared data not found (" + relative + "); skipping");
    return p;
  }
}
