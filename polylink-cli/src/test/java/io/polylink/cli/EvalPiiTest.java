package io.polylink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eval --task pii} scores Polylink's redactor (issue 15: it scored the linker, micro F2 0.0 on presidio). */
class EvalPiiTest {

  @TempDir
  Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new EvalCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void scoresTheRedactorWithItsPolicy() throws Exception {
    Path gold = tmp.resolve("tiny.json");
    Files.writeString(gold, "[{\"full_text\": \"Mail ann@example.org or call 555-0100.\", \"spans\": ["
        + "{\"entity_type\": \"EMAIL_ADDRESS\", \"start_position\": 5, \"end_position\": 20}]}]",
        StandardCharsets.UTF_8);
    Path policy = tmp.resolve("policy.yaml");
    Files.writeString(policy, "types: [EMAIL_ADDRESS]\n", StandardCharsets.UTF_8);
    int rc = run("--task", "pii", "--format", "presidio", "--dataset", gold.toString(), "--policy",
        policy.toString(), "--json");
    assertEquals(0, rc, err.toString());
    JsonNode j = new ObjectMapper().readTree(out.toString());
    assertEquals("polylink-redact", j.get("system").asText());
    assertEquals(1.0, j.at("/micro/f2").asDouble(), 1e-9, j.toString());
    assertEquals(1.0, j.at("/token/f2").asDouble(), 1e-9, j.toString());
    assertEquals(0, j.at("/token/fp").asInt(), "the policy keeps the phone number out: " + j);
  }

  @Test
  void aMissingTaggerModelIsOneLine() throws Exception {
    Path gold = tmp.resolve("tiny.json");
    Files.writeString(gold, "[{\"full_text\": \"Hi\", \"spans\": []}]", StandardCharsets.UTF_8);
    int rc = run("--task", "pii", "--format", "presidio", "--dataset", gold.toString(), "--model",
        tmp.resolve("none.plm").toString());
    assertEquals(2, rc);
    assertTrue(err.toString().contains("--model") && err.toString().contains("none.plm"), err.toString());
  }

  /** The acceptance command of issue 15: the figures of the redactor's own regression file, per token and exact. */
  @Test
  @Tag("acceptance")
  @Tag("data")
  @Tag("slow")
  void presidioFiguresAreTheRedactorAcceptanceFigures() throws Exception {
    Path set = io.polylink.testsupport.TestData.require("pii/presidio-research/synth_dataset_v2.json");
    Path file = Path.of("..", "polylink-redact", "src", "test", "resources", "regressions", "presidio-synth-v2.yaml");
    JsonNode expected = new ObjectMapper(new YAMLFactory()).readTree(file.toFile()).get("expected");
    int rc = run("--task", "pii", "--format", "presidio", "--dataset", set.toString(), "--json");
    assertEquals(0, rc, err.toString());
    JsonNode j = new ObjectMapper().readTree(out.toString());
    for (String k : new String[] {"precision", "recall", "f1", "f2"}) {
      assertEquals(expected.get("token.pii." + k).asDouble(), j.at("/token/" + k).asDouble(), 5e-5, "token." + k);
      assertEquals(expected.get("micro." + k).asDouble(), j.at("/micro/" + k).asDouble(), 5e-5, "micro." + k);
    }
  }
}
