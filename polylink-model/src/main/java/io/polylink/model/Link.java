package io.polylink.model;

import java.util.List;
import java.util.Optional;

/**
 * The decision for one mention: an entity, or NIL.
 *
 * @param mention the mention
 * @param entity the linked entity, or null for NIL
 * @param label the entity's label in the document's language (the surface for NIL)
 * @param score confidence of the decision in [0, 1]
 * @param type the coarse type of the entity (or the guessed type for NIL)
 * @param candidates the ranked candidates considered, best first (may be truncated)
 */
public record Link(Mention mention, EntityId entity, String label, double score, EntityType type, List<Candidate> candidates) {

  public Link {
    if (mention == null) {
      throw new IllegalArgumentException("link needs a mention");
    }
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
    if (type == null) {
      type = EntityType.OTHER;
    }
    if (label == null) {
      label = mention.surface();
    }
  }

  public boolean isNil() {
    return entity == null;
  }

  public Optional<EntityId> entityId() {
    return Optional.ofNullable(entity);
  }

  public Span span() {
    return mention.span();
  }
}
