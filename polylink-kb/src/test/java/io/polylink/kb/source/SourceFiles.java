package io.polylink.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polylink.model.Entity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the source tests share: a source file written from a string, and the entities a source reads. */
final class SourceFiles {
  private SourceFiles() {}

  /** {@code dir/name} holding {@code content} in UTF-8. */
  static Path write(Path dir, String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  /** Every entity {@code source} reads, in order; asserts that its statistics count them all. */
  static List<Entity> readAll(EntitySource source) throws IOException {
    List<Entity> out = new ArrayList<>();
    SourceStats stats = source.read(out::add);
    assertEquals(out.size(), stats.entities());
    return out;
  }
}
