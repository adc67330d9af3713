package io.polylink.eval.metrics;

import io.polylink.eval.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A2KB and D2KB scoring with strong or weak matching (GERBIL's definitions).
 * <ul>
 *   <li>A2KB: a prediction is a TP when it matches a gold span and has the gold entity (NIL matches NIL); every other
 *       prediction is a FP and every unmatched gold a FN. A matched span with the wrong entity is one FP and one FN.</li>
 *   <li>D2KB: only the gold spans are scored; predictions on other spans are ignored, a gold span without a
 *       prediction is a FN.</li>
 *   <li>InKB keeps only gold and predictions with a KB entity; NIL keeps only those that are NIL.</li>
 *   <li>Macro averages per-document P/R/F1; a document with neither gold nor predictions scores 1 (GERBIL).</li>
 * </ul>
 */
public final class LinkingScorer {

  /** End to end or given spans. */
  public enum Task { A2KB, D2KB }

  private final Task task;
  private final Matching matching;

  /** A scorer for one task and matching rule. */
  public LinkingScorer(Task task, Matching matching) {
    this.task = Objects.requireNonNull(task, "task");
    this.matching = Objects.requireNonNull(matching, "matching");
  }

  /** Counts of one document. */
  public Prf countDocument(List<Annotation> gold, List<Annotation> predicted) {
    return count(gold, predicted, a -> true);
  }

  /**
   * Scores documents pairwise: {@code gold.get(i)} against {@code predicted.get(i)}.
   *
   * @throws IllegalArgumentException when the lists differ in length
   */
  public LinkingResult score(List<List<Annotation>> gold, List<List<Annotation>> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold has " + gold.size() + " documents, predictions " + predicted.size());
    }
    Prf micro = Prf.ZERO;
    Prf inKb = Prf.ZERO;
    Prf nil = Prf.ZERO;
    double p = 0;
    double r = 0;
    double f = 0;
    for (int i = 0; i < gold.size(); i++) {
      Prf doc = count(gold.get(i), predicted.get(i), a -> true);
      micro = micro.plus(doc);
      inKb = inKb.plus(count(gold.get(i), predicted.get(i), a -> !a.isNil()));
      nil = nil.plus(count(gold.get(i), predicted.get(i), Annotation::isNil));
      if (doc.tp() + doc.fp() + doc.fn() == 0) {
        p += 1;
        r += 1;
        f += 1;
      } else {
        p += doc.precision();
        r += doc.recall();
        f += doc.f1();
      }
    }
    int n = gold.size();
    return new LinkingResult(n, micro, n == 0 ? 0 : p / n, n == 0 ? 0 : r / n, n == 0 ? 0 : f / n, inKb, nil);
  }

  private Prf count(List<Annotation> goldAll, List<Annotation> predAll, Predicate<Annotation> keep) {
    List<Annotation> gold = goldAll.stream().filter(keep).toList();
    List<Annotation> pred = new ArrayList<>(predAll.stream().filter(keep).toList());
    if (task == Task.D2KB) {
      // Only predictions on gold spans are answers in D2KB.
      pred.removeIf(a -> goldAll.stream().noneMatch(g -> matching.matches(g.span(), a.span())));
    }
    boolean[] usedPred = new boolean[pred.size()];
    long tp = 0;
    for (Annotation g : gold) {
      int hit = find(g, pred, usedPred);
      if (hit >= 0) {
        usedPred[hit] = true;
        tp++;
      }
    }
    // Every prediction that is not a correct link is a FP, every gold without one a FN.
    return new Prf(tp, pred.size() - tp, gold.size() - tp);
  }

  private int find(Annotation gold, List<Annotation> pred, boolean[] used) {
    for (int i = 0; i < pred.size(); i++) {
      Annotation p = pred.get(i);
      if (!used[i] && matching.matches(gold.span(), p.span())
          && Objects.equals(gold.entity(), p.entity())) {
        return i;
      }
    }
    return -1;
  }
}
