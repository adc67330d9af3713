package io.polylink.eval.report;

import io.polylink.eval.Annotation;
import io.polylink.eval.metrics.LinkingScorer;
import io.polylink.eval.metrics.Matching;
import io.polylink.eval.metrics.Prf;
import java.util.ArrayList;
import java.util.List;

/** Precision and recall against the NIL threshold: links scored below the threshold are turned into NIL. */
public final class ThresholdCurve {

  /**
   * @param threshold the NIL threshold
   * @param counts the A2KB strong counts at that threshold
   */
  public record Point(double threshold, Prf counts) {}

  private ThresholdCurve() {}

  /** Points at thresholds 0, 0.05, ..., 1. */
  public static List<Point> compute(List<List<Annotation>> gold, List<List<Annotation>> predicted) {
    LinkingScorer scorer = new LinkingScorer(LinkingScorer.Task.A2KB, Matching.STRONG);
    List<Point> out = new ArrayList<>();
    for (int i = 0; i <= 20; i++) {
      double t = i / 20.0;
      List<List<Annotation>> cut = new ArrayList<>();
      for (List<Annotation> doc : predicted) {
        cut.add(doc.stream().map(a -> a.isNil() || a.score() >= t ? a
            : new Annotation(a.span(), null, a.type(), a.score())).toList());
      }
      out.add(new Point(t, scorer.score(gold, cut).micro()));
    }
    return out;
  }
}
