package io.polylink.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polylink.model.Document;
import io.polylink.model.EntityId;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Mention;
import io.polylink.model.Span;
import io.polylink.testfixtures.TinyDatasets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalRunnerTest {

  @TempDir
  Path tmp;

  private Path benchmark() throws Exception {
    return TinyDatasets.elevantParisAndRome(tmp);
  }

  /** A fake system that links "Paris" right and nothing else. */
  private static final LinkingSystem PARIS_ONLY = new LinkingSystem() {
    @Override
    public String name() {
      return "paris-only";
    }

    @Override
    public LinkedDocument link(Document doc) {
      return new LinkedDocument(doc, List.of(new Link(new Mention(new Span(0, 5), "Paris", 1.0), EntityId.of("Q90"),
          "Paris", 0.9, null, List.of())));
    }
  };

  @Test
  void storedElevantPredictionsAreScoredBothWays() throws Exception {
    Path pred = tmp.resolve("sys.tiny.linked_articles.jsonl");
    Files.writeString(pred, "{\"id\": 0, \"text\": \"Paris and Rome.\", \"entity_mentions\": ["
        + "{\"span\": [0, 5], \"id\": \"Q90\"}, {\"span\": [10, 14], \"id\": \"Q1\"}], \"labels\": []}\n");
    ObjectNode r = new EvalRunner(null).run(new EvalRequest("a2kb", "elevant", benchmark(), null, pred, "elevant",
        null, null));
    assertEquals("sys", r.get("system").asText());
    assertEquals("tiny", r.get("dataset").asText());
    assertEquals(1, r.get("n").asInt());
    assertEquals(0.5, r.at("/micro/f1").asDouble(), 1e-9);
    assertEquals(0.5, r.at("/elevant/REQUIRED/f1").asDouble(), 1e-9);
    assertTrue(r.has("macro") && r.has("f1_ci95") && r.has("inkb") && r.has("nil"));
  }

  @Test
  void polylinkPathUsesTheFactoryOrFailsClearly() throws Exception {
    EvalRequest req = new EvalRequest("a2kb", "elevant", benchmark(), null, null, null, null, null);
    var e = assertThrows(LinkerUnavailableException.class, () -> new EvalRunner(null).run(req));
    assertEquals("Polylink linker not available", e.getMessage());
    ObjectNode r = new EvalRunner(kb -> PARIS_ONLY).run(req);
    assertEquals("paris-only", r.get("system").asText());
    assertEquals(new io.polylink.eval.metrics.Prf(1, 0, 1).f1(), r.at("/micro/f1").asDouble(), 1e-9);
    ObjectNode d2kb = new EvalRunner(kb -> PARIS_ONLY).run(new EvalRequest("d2kb", "elevant", benchmark(), null, null,
        null, null, null));
    // Rome given but answered NIL by the default linkGivenSpans: FP + FN.
    assertEquals(1, d2kb.at("/micro/fp").asInt());
  }

  @Test
  void retrievalOnMeloWithJsonlPredictions() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("melo"));
    Files.writeString(dir.resolve("queries.tsv"), "Q1\tkokk\nQ2\tõpetaja\n");
    Files.writeString(dir.resolve("corpus_elements.tsv"), "C1\tcook\nC2\tteacher\n");
    Files.writeString(dir.resolve("annotations.tsv"), "Q1\t0\tC1\t1\nQ2\t0\tC2\t1\n");
    Path pred = tmp.resolve("bm25.jsonl");
    Files.writeString(pred, "{\"id\": \"Q1\", \"ranked\": [\"C1\", \"C2\"]}\n{\"id\": \"Q2\", \"ranked\": [\"C1\","
        + " \"C2\"]}\n");
    ObjectNode r = new EvalRunner(null).run(new EvalRequest("retrieval", "melo", dir, null, pred, "jsonl", null,
        null));
    assertEquals(0.5, r.get("accuracy").asDouble(), 1e-9);
    assertEquals(0.75, r.get("mrr").asDouble(), 1e-9);
    assertEquals(1.0, r.at("/recall_at/5").asDouble(), 1e-9);
  }

  @Test
  void crossLingualMeloRetrievalTranslatesThroughTheDictionary() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("tst_q_pl_c_en"));
    Files.writeString(dir.resolve("queries.tsv"), "Q1\tkierownika sprzedaży\nQ2\tnauczycielka\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("corpus_elements.tsv"), "C1\tsales manager\nC2\tteacher\nC3\tsales assistant\n"
        + "C4\tmanager of a shop\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("annotations.tsv"), "Q1\t0\tC1\t1\nQ2\t0\tC2\t1\n", StandardCharsets.UTF_8);
    Path dict = Files.writeString(tmp.resolve("pl-en.dict"), "manager @ kierownik\nsales @ sprzedaż\nteacher @ nauczycielka\n",
        StandardCharsets.UTF_8);
    EvalRequest req = new EvalRequest("retrieval", "melo", dir, null, null, null, null, null);
    ObjectNode without = new EvalRunner(kb -> PARIS_ONLY).run(req);
    assertTrue(without.get("mrr").asDouble() < 0.5, without::toString);
    ObjectNode with = new EvalRunner(kb -> PARIS_ONLY)
        .dictionary(io.polylink.link.xling.BilingualDictionary.read(List.of(dict))).run(req);
    assertEquals(1.0, with.get("mrr").asDouble(), 1e-9, with::toString);
    assertEquals("pl-en.dict", with.get("bilingual_dictionaries").asText());
  }

  @Test
  void nilClustersOnHipe() throws Exception {
    String head = "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT"
        + "\tNEL-METO\tMISC\n# hipe2022:document_id = d1\n";
    Path train = tmp.resolve("train.tsv");
    Files.writeString(train, head + "Bern\tB-loc\tO\t_\t_\t_\t_\tQ70\t_\t_\n");
    Path dev = tmp.resolve("dev.tsv");
    Files.writeString(dev, head + "Bern\tB-loc\tO\t_\t_\t_\t_\tQ70\t_\t_\nUri\tB-loc\tO\t_\t_\t_\t_\tQ12\t_\t_\n"
        + "Uri\tB-loc\tO\t_\t_\t_\t_\tQ12\t_\t_\n");
    Path pred = tmp.resolve("sys.jsonl");
    Files.writeString(pred, "{\"id\": \"d1\", \"mentions\": [{\"span\": [5, 8], \"entity\": \"new:1\"},"
        + " {\"span\": [9, 12], \"entity\": \"new:1\"}]}\n");
    ObjectNode r = new EvalRunner(null).run(new EvalRequest("nil", "hipe", dev, null, pred, "jsonl", train, null));
    assertEquals(2, r.get("n").asInt());
    assertEquals(1.0, r.at("/bcubed/f1").asDouble(), 1e-9);
    assertEquals(1.0, r.at("/ceafe/f1").asDouble(), 1e-9);
    assertEquals(1.0, r.at("/muc/f1").asDouble(), 1e-9);
  }

  @Test
  void piiPerType() throws Exception {
    Path gold = tmp.resolve("p.json");
    Files.writeString(gold, "[{\"full_text\": \"Ann at 555\", \"spans\": [{\"entity_type\": \"PERSON\","
        + " \"start_position\": 0, \"end_position\": 3}, {\"entity_type\": \"PHONE\", \"start_position\": 7,"
        + " \"end_position\": 10}]}]");
    Path pred = tmp.resolve("det.jsonl");
    Files.writeString(pred, "{\"id\": \"0\", \"mentions\": [{\"span\": [0, 3], \"type\": \"PERSON\"}]}\n");
    ObjectNode r = new EvalRunner(null).run(new EvalRequest("pii", "presidio", gold, null, pred, "jsonl", null,
        null));
    assertEquals(1.0, r.at("/per_type/PERSON/f1").asDouble(), 1e-9);
    assertEquals(0.0, r.at("/per_type/PHONE/recall").asDouble(), 1e-9);
    assertEquals(new io.polylink.eval.metrics.Prf(1, 0, 1).f2(), r.at("/micro/f2").asDouble(), 1e-9);
  }

  @Test
  void badRequestsNameTheProblem() {
    var e = assertThrows(IllegalArgumentException.class, () -> new EvalRequest("a3kb", "nif", tmp, null, null, null,
        null, null));
    assertTrue(e.getMessage().contains("unknown task 'a3kb'"));
    e = assertThrows(IllegalArgumentException.class, () -> new EvalRequest("nil", "hipe", tmp, null, null, null,
        null, null));
    assertTrue(e.getMessage().contains("--train"));
  }
}
