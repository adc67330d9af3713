package io.polylink.testfixtures;

import io.polylink.kb.source.EntitySource;
import io.polylink.kb.store.KbBuilder;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small hand-made KBs for golden end-to-end tests, and the entity shorthand they are written in. */
public final class TestKbs {
  private TestKbs() {}

  /** The entities as a source named {@code name}. */
  public static EntitySource source(String name, List<Entity> entities) {
    return EntitySource.of(name, entities);
  }

  /**
   * An entity: {@code langName} pairs a language with a name, the first name of a language its label and the others
   * its aliases; the description is English.
   */
  public static Entity e(String id, long pop, EntityType type, String description,
      Map<String, List<String>> relations, String... langName) {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    for (int i = 0; i + 1 < langName.length; i += 2) {
      if (labels.containsKey(langName[i])) {
        aliases.computeIfAbsent(langName[i], k -> new ArrayList<>()).add(langName[i + 1]);
      } else {
        labels.put(langName[i], langName[i + 1]);
      }
    }
    return new Entity(EntityId.of(id), labels, aliases, Map.of("en", description), relations, pop, type);
  }

  /** Builds {@code entities} into a KB in {@code dir} on one thread. */
  public static Path build(Path dir, String name, List<Entity> entities) throws IOException {
    KbBuilder.into(dir).threads(1).build(source(name, entities));
    return dir;
  }

  /**
   * Berlin, Germany, Angela Merkel and English, in this order: the entities that the linker's golden KB and the
   * server's test KB both hold, word for word.
   */
  public static List<Entity> berlinMerkelAndEnglish() {
    return List.of(
        e("Q64", 250, EntityType.LOCATION, "capital of Germany", Map.of("P17", List.of("Q183")),
            "en", "Berlin", "de", "Berlin", "zh", "柏林", "ru", "Берлин"),
        e("Q183", 340, EntityType.LOCATION, "country in Central Europe", Map.of(),
            "en", "Germany", "de", "Deutschland", "fr", "Allemagne", "zh", "德国", "ru", "Германия"),
        e("Q567", 200, EntityType.PERSON, "Chancellor of Germany from 2005 to 2021",
            Map.of("P27", List.of("Q183"), "P31", List.of("Q5"), "P106", List.of("Q82955")),
            "en", "Angela Merkel", "de", "Angela Merkel", "en", "Merkel", "ru", "Ангела Меркель"),
        e("Q1860", 150, EntityType.LANGUAGE, "West Germanic language", Map.of(),
            "en", "English", "de", "Englisch", "fr", "anglais"));
  }
}
