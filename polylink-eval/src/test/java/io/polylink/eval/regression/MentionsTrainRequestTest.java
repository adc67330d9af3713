package io.polylink.eval.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.eval.EvalRequest;
import io.polylink.eval.EvalRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16: a regression file's {@code train} trains the mention detector for a2kb, and is the KB for nil. */
class MentionsTrainRequestTest {

  private static final Path DATA = Path.of("/data");

  @Test
  void a2kbTrainListsTheMentionDetectorsFiles() {
    EvalRequest r = RegressionRunner.request("a2kb", "hipe", DATA.resolve("dev.tsv"), null, null, null,
        "a/train.tsv, b/dev2.tsv", null, DATA);
    assertEquals(List.of(DATA.resolve("a/train.tsv"), DATA.resolve("b/dev2.tsv")), r.mentionsTrain());
    assertNull(r.train());
    assertTrue(r.hasMentionDetector());
  }

  @Test
  void nilTrainStaysTheKbSplit() {
    EvalRequest r = RegressionRunner.request("nil", "hipe", DATA.resolve("dev.tsv"), null, null, null, "a/train.tsv",
        null, DATA);
    assertEquals(DATA.resolve("a/train.tsv"), r.train());
    assertTrue(r.mentionsTrain().isEmpty());
  }

  @Test
  void aMentionDetectorIsRefusedOutsideA2kbAndOnTheScoredFile() {
    Path dev = Path.of("dev.tsv");
    assertThrows(IllegalArgumentException.class, () -> EvalRequest.builder(io.polylink.eval.Task.D2KB,
        io.polylink.eval.Format.HIPE, dev).mentionsTrain(List.of(Path.of("t.tsv"))).build());
    assertThrows(IllegalArgumentException.class, () -> EvalRequest.builder(io.polylink.eval.Task.A2KB,
        io.polylink.eval.Format.HIPE, dev).mentionsTrain(List.of(Path.of("t.tsv"))).mentionsModel(Path.of("m")).build());
    Path self = Path.of("src/test/resources/regressions/hipe/polylink.hipe2020-dev-de.yaml"); // any existing file
    EvalRequest onItself = EvalRequest.builder(io.polylink.eval.Task.A2KB, io.polylink.eval.Format.HIPE, self)
        .mentionsTrain(List.of(self)).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new EvalRunner(kb -> { throw new AssertionError("no linker before the check"); }).run(onItself));
    assertTrue(e.getMessage().contains("trained on the dataset it is scored on"), e.getMessage());
  }
}
