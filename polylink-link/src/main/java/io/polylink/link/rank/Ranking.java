package io.polylink.link.rank;

/**
 * What the ranker decided for a document: per mention, per candidate (in the order given), the probability that the
 * candidate is the mention's entity among its candidates, and a calibrated confidence that it is the right entity at
 * all (mentions of entities outside the candidates included), so that one NIL threshold means the same for every
 * mention and document.
 *
 * @param probabilities per mention, per candidate; the candidates of a mention sum to 1 (empty for none)
 * @param confidences per mention, per candidate, in [0, 1]; same order as the probabilities
 */
public record Ranking(double[][] probabilities, double[][] confidences) {

  /** The index of the mention's most probable candidate, -1 when it has none. Ties go to the lower index. */
  public int best(int mention) {
    double[] p = probabilities[mention];
    int b = -1;
    for (int j = 0; j < p.length; j++) {
      if (b < 0 || p[j] > p[b]) {
        b = j;
      }
    }
    return b;
  }
}
