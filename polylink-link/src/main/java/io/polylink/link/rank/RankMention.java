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
 * @param coordinated indices, in the same list of mentions, of the mentions this one is coordinated with ("Austria
 *     and Italy", "Paris, Rome or Vienna"): the members of a list tend to be of one type; empty when none or unknown
 */
public record RankMention(String surface, List<RankCandidate> candidates, double[] typeExpectation,
    int[] coordinated) {
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
    coordinated = coordinated == null ? new int[0] : coordinated.clone();
  }

  /** A mention without coordinated mentions. */
  public RankMention(String surface, List<RankCandidate> candidates, double[] typeExpectation) {
    this(surface, candidates, typeExpectation, null);
  }

  /** A mention without a type expectation nor coordinated mentions. */
  public RankMention(String surface, List<RankCandidate> candidates) {
    this(surface, candidates, null, null);
  }
}
