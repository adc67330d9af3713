package io.polylink.kb.store;

import io.polylink.model.Entity;
import java.util.List;

/**
 * One entity to add to an open KB (see {@link KnowledgeBase#add}): the entity itself (id, names per language,
 * descriptions, relations, popularity, coarse type) and optional context texts, the words around its mentions, that
 * stand beside the descriptions as the entity's context for ranking. Discovery passes the representative words of a
 * cluster of mentions here, so one representation is built from all of them.
 *
 * @param entity the entity; it needs at least one name (label or alias) that normalizes to a non-empty key
 * @param contexts texts describing the entity by the words around its mentions; may be empty
 */
public record EntityAddition(Entity entity, List<String> contexts) {

  public EntityAddition {
    if (entity == null) {
      throw new IllegalArgumentException("entity must not be null");
    }
    contexts = contexts == null ? List.of() : List.copyOf(contexts);
  }

  /** An addition without context texts. */
  public static EntityAddition of(Entity entity) {
    return new EntityAddition(entity, List.of());
  }
}
