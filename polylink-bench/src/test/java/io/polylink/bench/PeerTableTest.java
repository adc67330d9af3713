package io.polylink.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.EvalRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerTableTest {

  private static final String DOC = "{\"id\": 0, \"text\": \"Paris and Berlin.\", \"evaluation_span\": [0, 17], "
      + "\"labels\": [{\"id\": 0, \"span\": [0, 5], \"entity_id\": \"Q90\", \"name\": \"Paris\", \"type\": \"Q515\"}, "
      + "{\"id\": 1, \"span\": [10, 16], \"entity_id\": \"Q64\", \"name\": \"Berlin\", \"type\": \"Q515\"}]}";

  @TempDir Path dir;

  @Test
  void theTitledSubsetMakesOtherGoldOptionalSoNoSystemIsPunishedThere() throws Exception {
    Path gold = dir.resolve("tiny.benchmark.jsonl");
    Files.writeString(gold, DOC + "\n", StandardCharsets.UTF_8);
    Path subset = dir.resolve("subset.benchmark.jsonl");
    assertArrayEquals(new int[] {1, 2}, PeerTable.restrict(gold, Set.of("Q90"), subset));
    // A system that links Paris right and misses Berlin: recall 1/2 on all gold, 1/1 on the titled subset.
    Path pred = dir.resolve("sys.tiny.linked_articles.jsonl");
    Files.writeString(pred, DOC.substring(0, DOC.length() - 1)
        + ", \"entity_mentions\": [{\"span\": [0, 5], \"id\": \"Q90\"}]}\n", StandardCharsets.UTF_8);
    EvalRunner runner = new EvalRunner(null);
    JsonNode all = runner.run(new EvalRequest("a2kb", "elevant", gold, null, pred, "elevant", null, null));
    JsonNode sub = runner.run(new EvalRequest("a2kb", "elevant", subset, null, pred, "elevant", null, null));
    assertEquals(0.5, all.at("/elevant/REQUIRED/recall").asDouble(), 1e-9);
    assertEquals(1.0, sub.at("/elevant/REQUIRED/recall").asDouble(), 1e-9);
    assertEquals(1.0, sub.at("/elevant/REQUIRED/precision").asDouble(), 1e-9);
  }

  @Test
  void runsAreFoundByTheirFileNamesAndAnEmptyFolderIsNamed() throws Exception {
    Files.writeString(dir.resolve("corenlp.msnbc.linked_articles.jsonl"), "", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("corenlp.msnbc-updated.linked_articles.jsonl"), "", StandardCharsets.UTF_8);
    Map<String, Map<String, Path>> systems = new LinkedHashMap<>();
    PeerTable.addRuns(dir, List.of("msnbc", "msnbc-updated"), systems);
    assertEquals(Set.of("corenlp"), systems.keySet());
    assertEquals(dir.resolve("corenlp.msnbc.linked_articles.jsonl"), systems.get("corenlp").get("msnbc"));
    assertEquals(dir.resolve("corenlp.msnbc-updated.linked_articles.jsonl"),
        systems.get("corenlp").get("msnbc-updated"));
    Path other = Files.createDirectories(dir.resolve("coarse"));
    Files.writeString(other.resolve("corenlp.msnbc.linked_articles.jsonl"), "", StandardCharsets.UTF_8);
    PeerTable.addRuns(other, List.of("msnbc", "msnbc-updated"), systems);
    assertEquals(List.of("corenlp", "corenlp (coarse)"), List.copyOf(systems.keySet()));
    assertEquals(other.resolve("corenlp.msnbc.linked_articles.jsonl"), systems.get("corenlp (coarse)").get("msnbc"));
    Path empty = Files.createDirectories(dir.resolve("empty"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PeerTable.addRuns(empty, List.of("msnbc"), new LinkedHashMap<>()));
    assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
  }
}
