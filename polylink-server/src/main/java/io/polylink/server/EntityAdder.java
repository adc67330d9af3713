package io.polylink.server;

import io.polylink.model.Entity;
import java.io.IOException;
import java.util.List;

/**
 * Adds entities to the live KB behind {@code POST /v1/kb/entities}: once {@link #add} returns, the entities are
 * linkable. Implementations commit atomically: on an exception nothing was added.
 */
@FunctionalInterface
public interface EntityAdder {

  /**
   * Adds the entities (an id already in the KB is replaced).
   *
   * @return how many entities the KB holds afterwards
   * @throws IOException when the KB cannot be written; nothing was added
   * @throws IllegalArgumentException when an entity is rejected, with the reason; nothing was added
   */
  long add(List<Entity> entities) throws IOException;
}
