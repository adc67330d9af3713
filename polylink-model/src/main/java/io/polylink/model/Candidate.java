package io.polylink.model;

/**
 * A KB entity a mention might mean, with the ranker's score.
 *
 * @param id the entity
 * @param score the ranker's score in [0, 1]
 * @param prior p(entity | name) estimated from the KB's name counts
 */
public record Candidate(EntityId id, double score, double prior) {

  public Candidate {
    if (id == null) {
      throw new IllegalArgumentException("candidate id must not be null");
    }
  }
}
