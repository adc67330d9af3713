package io.polylink.eval.elevant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polylink.eval.metrics.Prf;
import io.polylink.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ElevantScorerTest {

  private static final String TEXT = "Angela Merkel met Obama's aide in Paris yesterday.";

  private static ElevantLabel label(int id, int s, int e, String qid) {
    return new ElevantLabel(id, new Span(s, e), qid, "Name", "Q5", null, List.of(), false, null, false);
  }

  private static Map<ElevantScorer.Mode, Prf> score(List<ElevantLabel> labels, List<ElevantMention> preds) {
    return ElevantScorer.scoreArticle(new ElevantArticle(0, "", TEXT, 0, TEXT.length(), labels, preds));
  }

  private static ElevantMention pred(int s, int e, String id) {
    return new ElevantMention(new Span(s, e), id, List.of());
  }

  @Test
  void correctWrongAndMissedLinks() {
    var r = score(List.of(label(0, 0, 13, "Q567"), label(1, 18, 23, "Q76"), label(2, 34, 39, "Q90")),
        List.of(pred(0, 13, "Q567"), pred(18, 23, "Q1")));
    // Merkel TP; Obama wrong = FN + FP; Paris missed = FN.
    assertEquals(new Prf(1, 1, 2), r.get(ElevantScorer.Mode.IGNORED));
    assertEquals(new Prf(1, 1, 2), r.get(ElevantScorer.Mode.REQUIRED));
  }

  @Test
  void predictionWidenedToWordBoundaryMatches() {
    // Gold "Obama's" [18,25) vs prediction "Obama" [18,23): the prediction widens to [18,25).
    var r = score(List.of(label(0, 18, 25, "Q76")), List.of(pred(18, 23, "Q76")));
    assertEquals(new Prf(1, 0, 0), r.get(ElevantScorer.Mode.IGNORED));
  }

  @Test
  void nilRulesDifferByMode() {
    // Gold NIL predicted NIL: nothing in IGNORED, TP in REQUIRED.
    var r = score(List.of(label(0, 26, 30, "<NIL>")), List.of(pred(26, 30, "<NIL>")));
    assertEquals(Prf.ZERO, r.get(ElevantScorer.Mode.IGNORED));
    assertEquals(new Prf(1, 0, 0), r.get(ElevantScorer.Mode.REQUIRED));
    // NIL prediction on no gold: ignored in IGNORED, FP in REQUIRED.
    r = score(List.of(), List.of(pred(40, 49, "<NIL>")));
    assertEquals(Prf.ZERO, r.get(ElevantScorer.Mode.IGNORED));
    assertEquals(new Prf(0, 1, 0), r.get(ElevantScorer.Mode.REQUIRED));
    // Gold entity predicted NIL: FN in IGNORED, FN + FP in REQUIRED.
    r = score(List.of(label(0, 34, 39, "Q90")), List.of(pred(34, 39, "<NIL>")));
    assertEquals(new Prf(0, 0, 1), r.get(ElevantScorer.Mode.IGNORED));
    assertEquals(new Prf(0, 1, 1), r.get(ElevantScorer.Mode.REQUIRED));
    // A predicted <NO_MAPPING> is unknown too: right for an unmapped gold label in REQUIRED.
    r = score(List.of(label(0, 26, 30, "<NO_MAPPING>")), List.of(pred(26, 30, "<NO_MAPPING>")));
    assertEquals(new Prf(1, 0, 0), r.get(ElevantScorer.Mode.REQUIRED));
  }

  @Test
  void predictionsOutsideTheEvaluationSpanAreIgnored() {
    var a = new ElevantArticle(0, "", TEXT, 0, 30, List.of(), List.of(pred(34, 39, "Q90")));
    assertEquals(Prf.ZERO, ElevantScorer.scoreArticle(a).get(ElevantScorer.Mode.IGNORED));
  }

  @Test
  void optionalLabelsAreNeverMissed() {
    var date = new ElevantLabel(0, new Span(40, 49), "Q1", "yesterday", "DATETIME", null, List.of(), false, null,
        false);
    assertEquals(Prf.ZERO, score(List.of(date), List.of()).get(ElevantScorer.Mode.REQUIRED));
  }

  @Test
  void childrenReplaceAParentWhenTheyAreMatched() {
    // Parent "Angela Merkel met" (fictional) with child "Angela Merkel": predicting the child counts one TP.
    var parent = new ElevantLabel(0, new Span(0, 17), "Q1", "X", "Q5", null, List.of(1), false, null, false);
    var child = new ElevantLabel(1, new Span(0, 13), "Q567", "Angela Merkel", "Q5", 0, List.of(), false, null, false);
    var r = score(List.of(parent, child), List.of(pred(0, 13, "Q567")));
    assertEquals(new Prf(1, 0, 0), r.get(ElevantScorer.Mode.IGNORED));
    r = score(List.of(parent, child), List.of());
    assertEquals(new Prf(0, 0, 1), r.get(ElevantScorer.Mode.IGNORED));
  }

  @Test
  void wordBoundaryMatchesElevantDoctests() {
    int[] a = "Albert's birthplace is Ulm.".codePoints().toArray();
    assertEquals(new Span(0, 8), ElevantScorer.wordBoundary(new Span(0, 6), a));
    int[] b = "\"Hearts and Flowers\" is a song.".codePoints().toArray();
    assertEquals(new Span(0, 20), ElevantScorer.wordBoundary(new Span(1, 19), b));
    int[] c = "Soviet-backed government.".codePoints().toArray();
    assertEquals(new Span(0, 6), ElevantScorer.wordBoundary(new Span(0, 6), c));
  }
}
