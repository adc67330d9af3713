package io.polylink.kb.store;

import io.polylink.kb.source.EntitySource;
import io.polylink.kb.source.SourceStats;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Entities from a list, for tests; can fail after a given number of entities. */
final class ListSource implements EntitySource {
  private final List<Entity> entities;
  private final int failAfter;

  ListSource(List<Entity> entities) {
    this(entities, -1);
  }

  ListSource(List<Entity> entities, int failAfter) {
    this.entities = entities;
    this.failAfter = failAfter;
  }

  @Override
  public String name() {
    return "list";
  }

  @Override
  public SourceStats read(Consumer<Entity> sink) throws IOException {
    int n = 0;
    for (Entity e : entities) {
      if (n == failAfter) {
        throw new IOException("source failed on purpose after " + n + " entities");
      }
      sink.accept(e);
      n++;
    }
    return new SourceStats(n, Map.of(), 0, n);
  }

  /** An entity: id, popularity, type, then language/label pairs. */
  static Entity entity(String id, long pop, EntityType type, String... langLabel) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i + 1 < langLabel.length; i += 2) {
      labels.put(langLabel[i], langLabel[i + 1]);
    }
    return new Entity(EntityId.of(id), labels, Map.of(), Map.of("en", "entity " + id), Map.of(), pop, type);
  }
}
