package io.polylink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polylink.testfixtures.TinyDatasets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {

  @TempDir
  Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(EvalCommand cmd, String... args) {
    CommandLine cl = new CommandLine(cmd);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private Path benchmark() throws Exception {
    return TinyDatasets.elevantParisAndRome(tmp);
  }

  @Test
  void scoresStoredPredictionsAsJsonAndWritesAReport() throws Exception {
    Path pred = tmp.resolve("sys.tiny.linked_articles.jsonl");
    Files.writeString(pred, "{\"id\": 0, \"text\": \"Paris and Rome.\", \"entity_mentions\": ["
        + "{\"span\": [0, 5], \"id\": \"Q90\"}], \"labels\": []}\n");
    int rc = run(new EvalCommand(), "--task", "a2kb", "--format", "elevant", "--dataset", benchmark().toString(),
        "--predictions", pred.toString(), "--predictions-format", "elevant", "--json", "--report",
        tmp.resolve("rep").toString());
    assertEquals(0, rc, err.toString());
    JsonNode j = new ObjectMapper().readTree(out.toString());
    for (String k : new String[] {"task", "dataset", "system", "n", "micro", "macro"}) {
      assertTrue(j.has(k), "missing " + k + " in " + j);
    }
    assertEquals(2.0 / 3, j.at("/micro/f1").asDouble(), 1e-9);
    assertTrue(j.at("/micro/f2").isNumber() && j.at("/macro/precision").isNumber());
    assertTrue(Files.readString(tmp.resolve("rep/report.html")).contains("<svg"));
    assertTrue(Files.exists(tmp.resolve("rep/report.md")));
  }

  @Test
  void aMissingDictionaryIsNamedInOneLine() throws Exception {
    Path dir = polishToEnglishMelo("C1\tmanager\n");
    int rc = run(linkingParisTo("C1"), "--task", "retrieval", "--format", "melo", "--dataset", dir.toString(),
        "--dictionary", tmp.resolve("missing.dict").toString());
    assertEquals(2, rc, err.toString());
    assertEquals("eval failed: dictionary file not found: " + tmp.resolve("missing.dict"), err.toString().strip());
  }

  @Test
  void crossLingualRetrievalReadsTheDictionaryOption() throws Exception {
    Path dir = polishToEnglishMelo("C1\tmanager\nC2\tteacher\n");
    Path dict = Files.writeString(tmp.resolve("pl-en.dict"), "manager @ kierownik\n");
    int rc = run(linkingParisTo("C1"), "--task", "retrieval", "--format", "melo", "--dataset", dir.toString(),
        "--dictionary", dict.toString(), "--json");
    assertEquals(0, rc, err.toString());
    JsonNode j = new ObjectMapper().readTree(out.toString());
    assertEquals(1.0, j.get("mrr").asDouble(), 1e-9, j::toString);
    assertEquals("pl-en.dict", j.get("bilingual_dictionaries").asText());
  }

  /** A MELO split of one Polish query, "kierownik", whose relevant English element is C1 among {@code corpus}. */
  private Path polishToEnglishMelo(String corpus) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("tst_q_pl_c_en"));
    Files.writeString(dir.resolve("queries.tsv"), "Q1\tkierownik\n");
    Files.writeString(dir.resolve("corpus_elements.tsv"), corpus);
    Files.writeString(dir.resolve("annotations.tsv"), "Q1\t0\tC1\t1\n");
    return dir;
  }

  /** Links "Paris" (0-5) to {@code id}, as a linker on a KB with such ids would. */
  private static EvalCommand linkingParisTo(String id) {
    return new EvalCommand((kb, model, dense) -> new io.polylink.eval.LinkingSystem() {
      @Override
      public String name() {
        return "polylink";
      }

      @Override
      public io.polylink.model.LinkedDocument link(io.polylink.model.Document doc) {
        io.polylink.model.Mention m = new io.polylink.model.Mention(new io.polylink.model.Span(0, 5), "Paris", 1.0);
        return new io.polylink.model.LinkedDocument(doc, java.util.List.of(new io.polylink.model.Link(m,
            io.polylink.model.EntityId.of(id), "Paris", 0.9, null, java.util.List.of())));
      }
    });
  }

  /**
   * Issue 14, item 12: eval without --kb on a Wikidata benchmark scored the starter KB's ids against Q-ids and
   * printed F1 0.0000 without a word.
   */
  @Test
  void withoutKbOnAWikidataBenchmarkItWarnsThatTheIdsCannotMatch() throws Exception {
    String bench = benchmark().toString();
    int rc = run(linkingParisTo("iso3166:FR"), "--task", "a2kb", "--format", "elevant", "--dataset", bench);
    assertEquals(0, rc, err.toString());
    assertTrue(out.toString().contains("F1 0.0000"), out.toString());
    assertEquals("polylink: warning: none of the dataset's 2 gold entities was matched: without --kb Polylink links "
        + "with its default KB, whose ids (iso3166:FR) cannot match this dataset's; give --kb a KB with the dataset's "
        + "ids (a KB folder, or a .tsv/.jsonl/Wikidata file such as ../shared/data/elevant/kb/qid_names.tsv for "
        + "ELEVANT)", err.toString().strip());
  }

  @Test
  void noWarningWhenTheKbIsGivenOrItsIdsMatch() throws Exception {
    String bench = benchmark().toString();
    assertEquals(0, run(linkingParisTo("iso3166:FR"), "--task", "a2kb", "--format", "elevant", "--dataset", bench,
        "--kb", tmp.resolve("some-kb").toString()));
    assertEquals(0, run(linkingParisTo("Q90"), "--task", "a2kb", "--format", "elevant", "--dataset", bench));
    assertEquals(0, run(linkingParisTo("Q64"), "--task", "a2kb", "--format", "elevant", "--dataset", bench));
    assertEquals("", err.toString(), "a Wikidata KB that links wrongly is a bad score, not a KB mismatch");
  }

  @Test
  void withoutALinkerPolylinkIsNotAvailable() throws Exception {
    int rc = run(new EvalCommand(), "--task", "a2kb", "--format", "elevant", "--dataset", benchmark().toString());
    assertEquals(1, rc);
    assertEquals("Polylink linker not available", err.toString().trim());
  }

  @Test
  void regressionWithoutDataSkipsSayingSo() throws Exception {
    Path yaml = tmp.resolve("r.yaml");
    Files.writeString(yaml, "name: r\ntask: a2kb\nformat: elevant\ndataset: x.jsonl\ntolerance: 0.01\n"
        + "expected: {micro.f1: 0.5}\n");
    int rc = run(new EvalCommand(), "--regression", yaml.toString(), "--data", tmp.resolve("absent").toString());
    assertEquals(0, rc);
    assertTrue(out.toString().contains("skipped: data folder"), out.toString());
  }

  @Test
  void aRegressionFolderRunsEveryFileIntoOneReport() throws Exception {
    Path data = io.polylink.testsupport.TestData.require("pprforned").getParent();
    Path dir = Files.createDirectories(tmp.resolve("regs"));
    Files.writeString(dir.resolve("prior.yaml"), "name: prior-testa\ntask: rank\nformat: pprforned\n"
        + "dataset: pprforned/testa\nbaseline: prior\ntolerance: 0.0001\nexpected: {accuracy: 0.8144437486954706}\n");
    Files.writeString(dir.resolve("drift.yaml"), "name: drifting\ntask: rank\nformat: pprforned\n"
        + "dataset: pprforned/testa\nbaseline: prior\ntolerance: 0.0001\nexpected: {accuracy: 0.5}\n");
    int rc = run(new EvalCommand(), "--regression", dir.toString(), "--data", data.toString(), "--report",
        tmp.resolve("rep").toString());
    assertEquals(1, rc, "one file drifts");
    assertTrue(out.toString().contains("2 regression files, 1 drifted"), out.toString());
    assertTrue(err.toString().contains("regression drifting: accuracy drifted"), err.toString());
    String html = Files.readString(tmp.resolve("rep/report.html"));
    assertTrue(html.contains("PPRforNED") && html.contains("0.8144") && html.contains("DRIFT"), html);
  }

  @Test
  void badOptionsFailWithAReason() throws Exception {
    int rc = run(new EvalCommand(), "--task", "a9kb", "--format", "elevant", "--dataset", benchmark().toString());
    assertEquals(2, rc);
    assertTrue(err.toString().contains("unknown task 'a9kb'"), err.toString());
  }
}
