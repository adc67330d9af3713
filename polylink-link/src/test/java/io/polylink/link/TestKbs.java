package io.polylink.link;

import io.polylink.kb.source.EntitySource;
import io.polylink.model.Entity;
import io.polylink.model.EntityType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small hand-made KB for golden end-to-end tests. */
final class TestKbs {
  private TestKbs() {}

  static EntitySource source(List<Entity> entities) {
    return io.polylink.testfixtures.TestKbs.source("fixture", entities);
  }

  static Entity e(String id, long pop, EntityType type, String description, Map<String, List<String>> relations,
      String... langName) {
    return io.polylink.testfixtures.TestKbs.e(id, pop, type, description, relations, langName);
  }

  static List<Entity> fixture() {
    List<Entity> l = new ArrayList<>();
    l.add(e("Q90", 300, EntityType.LOCATION, "capital and largest city of France",
        Map.of("P17", List.of("Q142"), "P31", List.of("Q515")),
        "en", "Paris", "de", "Paris", "fr", "Paris", "ru", "Париж", "zh", "巴黎", "ja", "パリ", "ar", "باريس", "th", "ปารีส"));
    l.add(e("Q663094", 90, EntityType.PERSON, "American media personality and socialite",
        Map.of("P31", List.of("Q5"), "P27", List.of("Q30")), "en", "Paris Hilton", "en", "Paris"));
    l.add(e("Q830149", 40, EntityType.LOCATION, "city in Lamar County, Texas, United States",
        Map.of("P17", List.of("Q30"), "P131", List.of("Q1439")), "en", "Paris", "es", "París"));
    l.add(e("Q142", 350, EntityType.LOCATION, "country in Western Europe", Map.of("P36", List.of("Q90")),
        "en", "France", "de", "Frankreich", "fr", "France", "ru", "Франция", "zh", "法国", "ar", "فرنسا"));
    l.add(e("Q30", 360, EntityType.LOCATION, "country in North America", Map.of(),
        "en", "United States", "en", "USA", "en", "United States of America", "de", "Vereinigte Staaten"));
    l.add(e("Q1439", 120, EntityType.LOCATION, "state of the United States", Map.of("P17", List.of("Q30")),
        "en", "Texas", "de", "Texas"));
    l.addAll(io.polylink.testfixtures.TestKbs.berlinMerkelAndEnglish());
    l.add(e("Q515", 100, EntityType.OTHER, "large human settlement", Map.of(), "en", "city", "de", "Stadt", "fr", "ville"));
    l.add(e("Q1", 5, EntityType.OTHER, "a band", Map.of(), "en", "The", "en", "Who"));
    l.add(e("Q2", 5, EntityType.OTHER, "a year", Map.of(), "en", "2024"));
    l.add(e("Q1861", 3, EntityType.ORGANIZATION, "multinational company", Map.of(), "en", "eBay"));
    return l;
  }

  static Path build(Path dir) throws IOException {
    return io.polylink.testfixtures.TestKbs.build(dir, "fixture", fixture());
  }
}
