package io.polylink.link.rank;

/**
 * How well a candidate's type profile fits what a mention's context asks for (DUCK's idea: an entity's type is the
 * set of KG relations it takes part in). The expectation is a probability per profile label (a multi-label
 * classifier's output over the context); the profile is the set of labels the entity has.
 *
 * <pre>{@code
 * double[] expected = {0.95, 0.9, 0.05};          // e.g. isa:Q5, has:P106, isa:Q515
 * double f1 = TypeCompatibility.softF1(expected, new int[] {0, 1});     // a person: 0.95
 * double ll = TypeCompatibility.meanLogLikelihood(expected, new int[] {2}); // a city: very low
 * }</pre>
 */
public final class TypeCompatibility {

  /** Probabilities are clamped to [EPS, 1 - EPS] in the log-likelihood. */
  static final double EPS = 1e-3;

  private TypeCompatibility() {}

  /**
   * The mean over all labels of the log-probability the expectation gives to the profile's value of that label
   * (present or absent): the expected log-likelihood of the profile under the context's prediction, per label, in
   * [log EPS, 0].
   *
   * @param expected per label, the probability that the mention's entity has it
   * @param profile sorted, distinct label indices the candidate has
   */
  public static double meanLogLikelihood(double[] expected, int[] profile) {
    int k = expected.length;
    if (k == 0) {
      return 0;
    }
    double s = 0;
    int next = 0;
    for (int l = 0; l < k; l++) {
      double p = Math.min(1 - EPS, Math.max(EPS, expected[l]));
      boolean has = next < profile.length && profile[next] == l;
      if (has) {
        next++;
      }
      s += Math.log(has ? p : 1 - p);
    }
    return s / k;
  }

  /**
   * Soft F1 between the expectation and the profile: {@code 2 * sum of p over the profile / (sum of p + profile
   * size)}, in [0, 1]: 1 when the context asks with certainty for exactly the labels the candidate has, 0 when it
   * gives none of them any probability. 0 for an empty profile or an expectation without mass.
   */
  public static double softF1(double[] expected, int[] profile) {
    double mass = 0;
    for (double p : expected) {
      mass += p;
    }
    double hit = 0;
    for (int l : profile) {
      hit += expected[l];
    }
    double denom = mass + profile.length;
    return denom == 0 ? 0 : 2 * hit / denom;
  }
}
