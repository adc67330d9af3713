package io.polylink.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: the redact job fails closed per document; the discover job proposes what `polylink discover` does. */
class SparkRedactDiscoverJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  @Test
  void redactionFailsClosedPerDocument() throws Exception {
    Path corpus = Files.write(tmp.resolve("corpus.jsonl"), List.of(
        "{\"id\":\"r1\",\"text\":\"Write to jane.doe@example.com or call +41 44 668 18 00.\",\"language\":\"en\"}",
        "{\"id\":\"r2\",\"text\":\"Secret: john.roe@example.org\",\"language\":\"not a language!\"}",
        "{\"id\":\"r3\",\"text\":\"Nothing personal here.\"}"), StandardCharsets.UTF_8);
    Path out = tmp.resolve("redacted");
    var r = SparkLinkJobTest.spark("redact", "--input", corpus.toString(), "--output", out.toString(), "--master",
        "local[2]", "--no-progress");
    assertEquals(0, r.code(), r.err());
    Map<String, JsonNode> rows = SparkLinkJobTest.rows(out);
    assertEquals(List.of("r1", "r3"), List.copyOf(rows.keySet()));
    String r1 = rows.get("r1").path("text").asText();
    assertFalse(r1.contains("jane.doe@example.com"), r1);
    assertTrue(JSON.readTree(rows.get("r1").path("report").asText()).isObject(), rows.get("r1").toString());
    Map<String, JsonNode> errors = SparkLinkJobTest.rows(out.resolve("_errors"));
    assertEquals(List.of("r2"), List.copyOf(errors.keySet()));
    assertNull(errors.get("r2").get("text"), "a failed document's text never reaches an output");
    for (Path f : partFiles(out)) {
      assertFalse(Files.readString(f, StandardCharsets.UTF_8).contains("john.roe"), f.toString());
    }
  }

  @Test
  void discoverProposesWhatTheCliProposes() throws Exception {
    Path entities = Files.writeString(tmp.resolve("entities.jsonl"),
        "{\"id\":\"Q64\",\"names\":{\"de\":\"Berlin\"},\"popularity\":250,\"type\":\"LOC\"}\n"
            + "{\"id\":\"Q72\",\"names\":{\"de\":\"Zürich\"},\"popularity\":200,\"type\":\"LOC\"}\n",
        StandardCharsets.UTF_8);
    Path kb = tmp.resolve("kb");
    var built = SparkLinkJobTest.polylink("kb", "build", "--source", "jsonl", "--input", entities.toString(), "--kb",
        kb.toString(), "--no-progress");
    assertEquals(0, built.code(), built.err());
    List<String> docs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      docs.add("{\"id\":\"a" + (10 + i) + "\",\"text\":\"" + (i % 2 == 0
          ? "Die Weberling Maschinenfabrik in Zürich baut neue Turbinen."
          : "In Berlin sprach Herr Hanspeter Kellerhals über die Weberling Maschinenfabrik.")
          + "\",\"language\":\"de\"}");
    }
    Path corpus = Files.write(tmp.resolve("corpus.jsonl"), docs, StandardCharsets.UTF_8);
    Path cliOut = tmp.resolve("cli-proposals.jsonl");
    var cli = SparkLinkJobTest.polylink("discover", "--kb", kb.toString(), "--input", corpus.toString(), "--out",
        cliOut.toString());
    assertEquals(0, cli.code(), cli.err());
    Path out = tmp.resolve("proposals");
    var r = SparkLinkJobTest.spark("discover", "--kb", kb.toString(), "--input", corpus.toString(), "--output",
        out.toString(), "--master", "local[2]", "--no-progress");
    assertEquals(0, r.code(), r.err());
    List<JsonNode> expected = new ArrayList<>();
    for (String l : Files.readAllLines(cliOut, StandardCharsets.UTF_8)) {
      expected.add(JSON.readTree(l));
    }
    List<JsonNode> actual = new ArrayList<>();
    for (Path f : partFiles(out)) {
      for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        actual.add(JSON.readTree(l));
      }
    }
    assertFalse(expected.isEmpty(), "the corpus should give proposals");
    assertEquals(expected, actual);
  }

  private static List<Path> partFiles(Path dir) throws java.io.IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
  }
}
