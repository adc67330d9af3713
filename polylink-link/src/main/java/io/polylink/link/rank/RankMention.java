package io.polylink.link.rank;

import java.util.List;

/**
 * A mention to disambiguate: its text and its candidates, in any order (the ranker never reads order as evidence).
 *
 * @param surface the mention as written
 * @param candidates its candidates; empty for a mention without any
 * @param typeExpectation what the mention's context asks for: per type-profile label, the probability that the
 *     mention's entity has it (a {@code TypeClassifier}'s prediction); null when no classifier is in use. The
 *     candidates' {@link RankCandidate#typeProfile()} index these labels.
 */
public record RankMention(String surface, List<RankCandidate> candidates, double[] typeExpectation) {
  public RankMention {
    if (surface == null) {
      throw new IllegalArgumentException("surface must not be null");
    }
    candidates = List.copyOf(candidates);
    if (typeExpectation != null) {
      for (double p : typeExpectation) {
        if (!(p >= 0 && p <= 1)) {
          throw new IllegalArgumentException("type expectation probabilities must be in [0,1], got " + p);
        }
      }
      typeExpectation = typeExpectation.clone();
    }
  }

  /** A mention without a type expectation. */
  public RankMention(String surface, List<RankCandidate> candidates) {
    this(surface, candidates, null);
  }
}
