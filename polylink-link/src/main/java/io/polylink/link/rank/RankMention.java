package io.polylink.link.rank;

import java.util.List;

/**
 * A mention to disambiguate: its text and its candidates, in any order (the ranker never reads order as evidence).
 *
 * @param surface the mention as written
 * @param candidates its candidates; empty for a mention without any
 */
public record RankMention(String surface, List<RankCandidate> candidates) {
  public RankMention {
    if (surface == null) {
      throw new IllegalArgumentException("surface must not be null");
    }
    candidates = List.copyOf(candidates);
  }
}
