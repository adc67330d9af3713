package io.polylink.eval.metrics;

/**
 * True positive, false positive and false negative counts with the derived precision, recall and F-scores. An empty
 * denominator gives 0, as ELEVANT and GERBIL's micro scores do.
 *
 * @param tp true positives, &gt;= 0
 * @param fp false positives, &gt;= 0
 * @param fn false negatives, &gt;= 0
 */
public record Prf(long tp, long fp, long fn) {

  /** No counts. */
  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("counts must be >= 0, got tp=" + tp + " fp=" + fp + " fn=" + fn);
    }
  }

  /** tp / (tp + fp), 0 when nothing was predicted. */
  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  /** tp / (tp + fn), 0 when there is no gold. */
  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  /** Harmonic mean of precision and recall. */
  public double f1() {
    return f(1);
  }

  /** F2: recall weighted twice as much as precision (PII detection, where a miss costs more than a false alarm). */
  public double f2() {
    return f(2);
  }

  /** F-beta. */
  public double f(double beta) {
    double p = precision();
    double r = recall();
    double b2 = beta * beta;
    return p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r);
  }

  /** Number of gold items: tp + fn. */
  public long gold() {
    return tp + fn;
  }

  /** Component-wise sum. */
  public Prf plus(Prf o) {
    return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
  }
}
