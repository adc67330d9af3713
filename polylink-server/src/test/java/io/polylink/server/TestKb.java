package io.polylink.server;

import io.polylink.kb.source.EntitySource;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.model.Entity;
import io.polylink.model.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A small multilingual KB built once per test JVM (a fraction of a second) and removed at exit. */
final class TestKb {
  private TestKb() {}

  private static KnowledgeBase kb;

  static synchronized KnowledgeBase get() {
    if (kb == null) {
      try {
        Path dir = Files.createTempDirectory("polylink-server-kb");
        KbBuilder.into(dir).threads(1).build(source(entities()));
        kb = KnowledgeBase.open(dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            kb.close();
            try (Stream<Path> s = Files.walk(dir)) {
              s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
          } catch (IOException e) {
            // best effort
          }
        }, "polylink-test-kb-cleaner"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return kb;
  }

  /** A fresh KB of the same entities in {@code dir}, for tests that write to it. */
  static KnowledgeBase fresh(Path dir) throws IOException {
    KbBuilder.into(dir).threads(1).build(source(entities()));
    return KnowledgeBase.open(dir);
  }

  static EntitySource source(List<Entity> entities) {
    return io.polylink.testfixtures.TestKbs.source("server-fixture", entities);
  }

  static Entity e(String id, long pop, EntityType type, String description,
      Map<String, List<String>> relations, String... langName) {
    return io.polylink.testfixtures.TestKbs.e(id, pop, type, description, relations, langName);
  }

  static List<Entity> entities() {
    List<Entity> l = new ArrayList<>();
    l.add(e("Q90", 300, EntityType.LOCATION, "capital and largest city of France",
        Map.of("P17", List.of("Q142"), "P31", List.of("Q515")),
        "en", "Paris", "de", "Paris", "fr", "Paris", "ru", "Париж", "zh", "巴黎", "ja", "パリ"));
    l.add(e("Q663094", 90, EntityType.PERSON, "American media personality",
        Map.of("P31", List.of("Q5"), "P27", List.of("Q30")), "en", "Paris Hilton", "en", "Paris"));
    l.add(e("Q142", 350, EntityType.LOCATION, "country in Western Europe", Map.of("P36", List.of("Q90")),
        "en", "France", "de", "Frankreich", "fr", "France", "ru", "Франция", "zh", "法国"));
    l.addAll(io.polylink.testfixtures.TestKbs.berlinMerkelAndEnglish());
    l.add(e("tz:Europe/Paris", 1, EntityType.OTHER, "time zone", Map.of(), "en", "Central European Time Paris"));
    return l;
  }
}
