package io.polylink.eval.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.eval.Annotation;
import io.polylink.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTest {

  private static final double EPS = 1e-9;

  private static Annotation a(int s, int e, String entity) {
    return Annotation.gold(new Span(s, e), entity, "");
  }

  @Test
  void prfByHand() {
    Prf p = new Prf(3, 1, 2);
    assertEquals(0.75, p.precision(), EPS);
    assertEquals(0.6, p.recall(), EPS);
    assertEquals(2 * 0.75 * 0.6 / 1.35, p.f1(), EPS);
    assertEquals(5 * 0.75 * 0.6 / (4 * 0.75 + 0.6), p.f2(), EPS);
    assertEquals(0, Prf.ZERO.f1(), EPS);
    assertThrows(IllegalArgumentException.class, () -> new Prf(-1, 0, 0));
  }

  @Test
  void a2kbStrongWeakInKbAndNil() {
    List<Annotation> gold = List.of(a(0, 5, "Q1"), a(10, 15, "Q2"), a(20, 25, null), a(30, 35, "Q3"));
    List<Annotation> pred = List.of(a(0, 5, "Q1"), a(10, 14, "Q2"), a(20, 25, null), a(30, 35, "Q9"),
        a(40, 45, "Q4"));
    LinkingResult strong = new LinkingScorer(LinkingScorer.Task.A2KB, Matching.STRONG).score(List.of(gold),
        List.of(pred));
    // TP: Q1, NIL; FP: [10,14), Q9, Q4; FN: Q2, Q3.
    assertEquals(new Prf(2, 3, 2), strong.micro());
    assertEquals(new Prf(1, 3, 2), strong.inKb());
    assertEquals(new Prf(1, 0, 0), strong.nil());
    LinkingResult weak = new LinkingScorer(LinkingScorer.Task.A2KB, Matching.WEAK).score(List.of(gold),
        List.of(pred));
    assertEquals(new Prf(3, 2, 1), weak.micro());
  }

  @Test
  void d2kbIgnoresPredictionsOffGoldSpans() {
    List<Annotation> gold = List.of(a(0, 5, "Q1"), a(10, 15, "Q2"));
    List<Annotation> pred = List.of(a(0, 5, "Q1"), a(10, 15, "Q7"), a(40, 45, "Q4"));
    LinkingResult r = new LinkingScorer(LinkingScorer.Task.D2KB, Matching.STRONG).score(List.of(gold), List.of(pred));
    assertEquals(new Prf(1, 1, 1), r.micro());
  }

  @Test
  void macroAveragesDocumentsAndEmptyDocumentsScoreOne() {
    LinkingScorer s = new LinkingScorer(LinkingScorer.Task.A2KB, Matching.STRONG);
    LinkingResult r = s.score(List.of(List.of(a(0, 5, "Q1")), List.of(a(0, 5, "Q1")), List.of()),
        List.of(List.of(a(0, 5, "Q1")), List.of(), List.of()));
    assertEquals((1 + 0 + 1) / 3.0, r.macroF1(), EPS);
    assertEquals(new Prf(1, 0, 1), r.micro());
  }

  @Test
  void retrievalByHand() {
    RetrievalMetrics m = new RetrievalMetrics();
    m.add(List.of("a", "b", "c"), Set.of("a"));           // rr 1, r@1 1
    m.add(List.of("x", "y", "b"), Set.of("b", "z"));      // rr 1/3, r@1 0, r@5 1/2
    m.add(List.of("x"), Set.of());                       // skipped
    RetrievalMetrics.Result r = m.result();
    assertEquals(2, r.queries());
    assertEquals(1, r.skipped());
    assertEquals(0.5, r.accuracyAt1(), EPS);
    assertEquals((1 + 1.0 / 3) / 2, r.mrr(), EPS);
    assertEquals(0.5, r.recallAt1(), EPS);
    assertEquals(0.75, r.recallAt5(), EPS);
  }

  @Test
  void clusteringByHand() {
    // Gold {1,2,3} {4,5}; system {1,2} {3,4,5}.
    Map<String, String> gold = Map.of("1", "A", "2", "A", "3", "A", "4", "B", "5", "B");
    Map<String, String> sys = Map.of("1", "x", "2", "x", "3", "y", "4", "y", "5", "y");
    ClusteringMetrics.Score b = ClusteringMetrics.bcubed(gold, sys);
    // Precision per mention: 1,1,1/3,2/3,2/3 -> 11/15; recall: 2/3,2/3,1/3,1,1 -> 11/15.
    assertEquals(11.0 / 15, b.precision(), EPS);
    assertEquals(11.0 / 15, b.recall(), EPS);
    ClusteringMetrics.Score muc = ClusteringMetrics.muc(gold, sys);
    // Recall: ((3-2)+(2-1))/((3-1)+(2-1)) = 2/3; precision: ((2-1)+(3-2))/((2-1)+(3-1)) = 2/3.
    assertEquals(2.0 / 3, muc.recall(), EPS);
    assertEquals(2.0 / 3, muc.precision(), EPS);
    ClusteringMetrics.Score ceaf = ClusteringMetrics.ceafe(gold, sys);
    // phi4: A-x 2*2/5 = 0.8, B-y 2*2/5 = 0.8 (A-y 0.333, B-x 0); best 1.6 over 2 clusters each.
    assertEquals(0.8, ceaf.precision(), EPS);
    assertEquals(0.8, ceaf.recall(), EPS);
    // A perfect system scores 1 everywhere.
    assertEquals(1.0, ClusteringMetrics.ceafe(gold, gold).f1(), EPS);
    assertEquals(1.0, ClusteringMetrics.bcubed(gold, gold).f1(), EPS);
  }

  @Test
  void hungarianFindsTheBestAssignment() {
    double[][] w = {{0.9, 0.8}, {0.85, 0.1}};
    assertEquals(0.8 + 0.85, Hungarian.maxWeight(w), EPS);
    assertEquals(0.9, Hungarian.maxWeight(new double[][] {{0.9}, {0.5}}), EPS);
  }

  @Test
  void piiPerTypeWithF2() {
    PiiSpanMetrics m = new PiiSpanMetrics();
    m.add(List.of(Annotation.gold(new Span(0, 5), null, "PERSON"), Annotation.gold(new Span(10, 20), null, "EMAIL")),
        List.of(Annotation.gold(new Span(0, 5), null, "PERSON"), Annotation.gold(new Span(10, 20), null, "PHONE")));
    assertEquals(new Prf(1, 0, 0), m.perType().get("PERSON"));
    assertEquals(new Prf(0, 0, 1), m.perType().get("EMAIL"));
    assertEquals(new Prf(0, 1, 0), m.perType().get("PHONE"));
    assertEquals(new Prf(1, 1, 1), m.micro());
    assertEquals(0.5, m.micro().f2(), EPS);
  }

  @Test
  void bootstrapIsDeterministicAndBracketsTheEstimate() {
    List<Prf> docs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      docs.add(new Prf(i % 5, i % 3, i % 4));
    }
    Bootstrap.Interval a = Bootstrap.f1(docs);
    Bootstrap.Interval b = Bootstrap.f1(docs);
    assertEquals(a, b);
    double f1 = docs.stream().reduce(Prf.ZERO, Prf::plus).f1();
    assertTrue(a.low() <= f1 && f1 <= a.high(), a + " vs " + f1);
    assertTrue(a.high() - a.low() > 0.01, "a 50-document sample has a real interval: " + a);
    Bootstrap.Interval one = Bootstrap.f1(List.of(new Prf(1, 1, 0)));
    assertEquals(one.low(), one.high(), EPS);
  }
}
