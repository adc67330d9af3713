package io.polylink.eval.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polylink.eval.Annotation;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.EvalRunner;
import io.polylink.eval.Format;
import io.polylink.eval.LinkerUnavailableException;
import io.polylink.eval.Task;
import io.polylink.eval.metrics.Prf;
import io.polylink.eval.pii.PiiSystem;
import io.polylink.model.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Task pii scores a plugged-in redactor in exact spans and per token, mapping presidio-research's types. */
class PiiTaskTest {

  @TempDir
  Path tmp;

  // "Ann lives at 5 Elm St in Paris" : PERSON 0-3, STREET_ADDRESS 13-21, GPE 25-30
  private Path dataset() throws Exception {
    Path gold = tmp.resolve("synth.json");
    Files.writeString(gold, "[{\"full_text\": \"Ann lives at 5 Elm St in Paris\", \"spans\": ["
        + "{\"entity_type\": \"PERSON\", \"start_position\": 0, \"end_position\": 3},"
        + "{\"entity_type\": \"STREET_ADDRESS\", \"start_position\": 13, \"end_position\": 21},"
        + "{\"entity_type\": \"GPE\", \"start_position\": 25, \"end_position\": 30}]}]", StandardCharsets.UTF_8);
    return gold;
  }

  /** Finds Ann, the street with one word too many, and Paris as a location, in Polylink's type names. */
  private static final PiiSystem REDACTOR = PiiSystem.of("fake-redactor", doc -> List.of(
      new Annotation(new Span(0, 3), null, "PERSON", 0.9),
      new Annotation(new Span(10, 21), null, "STREET_ADDRESS", 0.9),
      new Annotation(new Span(25, 30), null, "LOCATION", 0.9)));


  @Test
  void scoresTheRedactorInExactSpansAndPerToken() throws Exception {
    List<Path> seen = new ArrayList<>();
    EvalRunner runner = new EvalRunner(null).withRedactor((kb, model, policy) -> {
      seen.add(model);
      seen.add(policy);
      return REDACTOR;
    });
    ObjectNode r = runner.run(EvalRequest.builder(Task.PII, Format.PRESIDIO, dataset())
        .model(tmp.resolve("m.plm")).policy(tmp.resolve("p.yaml")).build());
    assertEquals(List.of(tmp.resolve("m.plm"), tmp.resolve("p.yaml")), seen, "the request's model and policy");
    assertEquals("fake-redactor", r.get("system").asText());
    // exact span: GPE is LOCATION, so Paris matches; the street is one word too long
    assertEquals(new Prf(2, 1, 1).f2(), r.at("/micro/f2").asDouble(), 1e-9);
    assertEquals(1.0, r.at("/per_type/LOCATION/f1").asDouble(), 1e-9);
    // per token (presidio-research): STREET_ADDRESS is LOCATION on both sides; "at" is the one false token
    // tokens: Ann | 5 Elm St | Paris gold (5 PII tokens); predicted also "at"
    assertEquals(5, r.at("/token/tp").asInt());
    assertEquals(1, r.at("/token/fp").asInt());
    assertEquals(0, r.at("/token/fn").asInt());
    assertEquals(new Prf(5, 1, 0).f2(), r.at("/token/f2").asDouble(), 1e-9);
    assertEquals(4, r.at("/token/per_type/LOCATION/tp").asInt());
    assertFalse(r.at("/token/per_type").has("STREET_ADDRESS"));
  }

  @Test
  void withoutARedactorTheTaskSaysSo() throws Exception {
    EvalRequest req = EvalRequest.builder(Task.PII, Format.PRESIDIO, dataset()).build();
    var e = assertThrows(LinkerUnavailableException.class, () -> new EvalRunner(null).run(req));
    assertTrue(e.getMessage().contains("redactor"), e.getMessage());
  }

  @Test
  void aPolicyOutsideTaskPiiIsRefused() throws Exception {
    var e = assertThrows(IllegalArgumentException.class, () -> EvalRequest.builder(Task.A2KB, Format.PRESIDIO,
        dataset()).policy(tmp.resolve("p.yaml")).build());
    assertTrue(e.getMessage().contains("task pii only"), e.getMessage());
  }

  @Test
  void anUnknownPiiBaselineIsNamed() throws Exception {
    EvalRequest req = EvalRequest.builder(Task.PII, Format.PRESIDIO, dataset()).baseline("prior").build();
    var e = assertThrows(IllegalArgumentException.class, () -> new EvalRunner(null).run(req));
    assertTrue(e.getMessage().contains("prior"), e.getMessage());
  }
}
