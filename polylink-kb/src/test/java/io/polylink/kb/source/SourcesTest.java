package io.polylink.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

  @TempDir Path dir;

  @Test
  void opensEachKind() throws IOException {
    Path f = Files.writeString(dir.resolve("x.txt"), "Q1\tOne\n");
    assertInstanceOf(WikidataDumpSource.class, Sources.open("wikidata", f, null));
    assertInstanceOf(JsonlSource.class, Sources.open("JSONL", f, null));
    EntitySource tsv = Sources.open(" tsv ", f, WikidataDumpSource.Options.defaults());
    assertInstanceOf(TsvSource.class, tsv);
    assertEquals("x.txt", tsv.name());
    assertEquals(1, tsv.read(e -> {}).entities());
  }

  @Test
  void errorPolicyReachesJsonlAndTsv() throws IOException {
    Path f = Files.writeString(dir.resolve("x.tsv"), "no tab here\nQ1\tOne\n");
    List<String> warnings = new ArrayList<>();
    var options = WikidataDumpSource.Options.defaults().withOnError(ErrorPolicy.SKIP).withWarnings(warnings::add);
    assertEquals(1, Sources.open("tsv", f, options).read(e -> {}).malformed());
    assertEquals(1, warnings.size());
  }

  @Test
  void unknownKindListsTheKnownOnes() {
    var e = assertThrows(IllegalArgumentException.class, () -> Sources.open("csv", dir, null));
    assertTrue(e.getMessage().contains("'csv'") && e.getMessage().contains("wikidata, jsonl, tsv"), e.getMessage());
  }

  @Test
  void missingFileOrDirectory() {
    var missing = assertThrows(SourceException.class, () -> Sources.open("tsv", dir.resolve("none.tsv"), null));
    assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
    var directory = assertThrows(SourceException.class, () -> Sources.open("jsonl", dir, null));
    assertTrue(directory.getMessage().contains("is a directory"), directory.getMessage());
  }

  /** A generated stream reaches {@code kb build} through a named pipe without a file on disk (issue 20). */
  @Test
  void readsANamedPipe() throws Exception {
    Path fifo = dir.resolve("stream.tsv");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is not available here");
    Thread writer = new Thread(() -> {
      try {
        Files.writeString(fifo, "Q1\tOne\nQ2\tTwo\n", java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, "fifo-writer");
    writer.start();
    assertEquals(2, Sources.open("tsv", fifo, null).read(e -> {}).entities());
    writer.join();
  }
}
