package io.polylink.testfixtures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Datasets of one document, written where a test asks, for the evaluation's readers, runner and command. */
public final class TinyDatasets {
  private TinyDatasets() {}

  /**
   * {@code dir/tiny.benchmark.jsonl}, an ELEVANT benchmark of one document, "Paris and Rome.", whose gold links
   * "Paris" [0, 5) to Q90 and "Rome" [10, 14) to Q220.
   */
  public static Path elevantParisAndRome(Path dir) throws IOException {
    return Files.writeString(dir.resolve("tiny.benchmark.jsonl"), "{\"id\": 0, \"text\": \"Paris and Rome.\", "
        + "\"labels\": [{\"id\": 0, \"span\": [0, 5], \"entity_id\": \"Q90\", \"name\": \"Paris\"},"
        + "{\"id\": 1, \"span\": [10, 14], \"entity_id\": \"Q220\", \"name\": \"Rome\"}]}\n", StandardCharsets.UTF_8);
  }
}
