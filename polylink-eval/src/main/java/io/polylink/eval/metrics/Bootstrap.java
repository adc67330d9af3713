package io.polylink.eval.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap confidence interval for micro F1: documents are resampled with replacement, F1 is recomputed
 * from the summed counts. Deterministic for a given seed.
 */
public final class Bootstrap {

  /**
   * @param low lower bound
   * @param high upper bound
   * @param level the confidence level, e.g. 0.95
   * @param samples number of resamples
   */
  public record Interval(double low, double high, double level, int samples) {}

  /** The default seed, so every report is reproducible. */
  public static final long SEED = 42L;

  private Bootstrap() {}

  /** 95% interval with 1,000 resamples and {@link #SEED}. */
  public static Interval f1(List<Prf> perDocument) {
    return f1(perDocument, 1000, 0.95, SEED);
  }

  /** Interval of micro F1 over {@code samples} resamples of the documents. */
  public static Interval f1(List<Prf> perDocument, int samples, double level, long seed) {
    if (samples < 1 || !(level > 0 && level < 1)) {
      throw new IllegalArgumentException("need samples >= 1 and 0 < level < 1, got " + samples + ", " + level);
    }
    int n = perDocument.size();
    if (n == 0) {
      return new Interval(0, 0, level, samples);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] f = new double[samples];
    for (int s = 0; s < samples; s++) {
      long tp = 0;
      long fp = 0;
      long fn = 0;
      for (int i = 0; i < n; i++) {
        Prf d = perDocument.get(rnd.nextInt(n));
        tp += d.tp();
        fp += d.fp();
        fn += d.fn();
      }
      f[s] = new Prf(tp, fp, fn).f1();
    }
    Arrays.sort(f);
    double alpha = (1 - level) / 2;
    int lo = (int) Math.floor(alpha * (samples - 1));
    int hi = (int) Math.ceil((1 - alpha) * (samples - 1));
    return new Interval(f[lo], f[hi], level, samples);
  }
}
