package io.polylink.kb.store;

import static io.polylink.kb.store.ListSource.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live additions: atomic, durable, visible without reopening, safe with concurrent writers and readers. */
class LiveAddTest {

  @TempDir Path tmp;

  private Path built() throws IOException {
    Path dir = tmp.resolve("kb");
    KbBuilder.into(dir).build(new ListSource(KbStoreTest.sample()));
    return dir;
  }

  private static EntityAddition add(String id, long pop, String... langName) {
    return EntityAddition.of(entity(id, pop, EntityType.ORGANIZATION, langName));
  }

  private static List<String> ids(List<NameHit> hits) {
    return hits.stream().map(h -> h.record().id().value()).toList();
  }

  @Test
  void addedEntitiesAreVisibleAtOnceAndSurviveReopening() throws IOException {
    Path dir = built();
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      try (Lookup before = kb.lookup()) {
        assertEquals(0, before.probe("weberling ag", false));
        LiveAddSummary s = kb.add(List.of(add("new:1", 3, "de", "Weberling AG"), add("new:2", 1, "en", "Paris")));
        assertEquals(List.of("new:1", "new:2"), s.added());
        assertEquals(2, s.liveEntities());
        assertEquals(0, before.probe("weberling ag", false), "a lookup keeps the view it was taken with");
      }
      try (Lookup after = kb.lookup()) {
        assertEquals(Lookup.EXACT, after.probe("weberling ag", false));
        assertEquals(List.of("new:1"), ids(after.candidates("weberling ag", 5)));
        assertEquals(List.of("Q90", "Q663094", "Q830149", "new:2"), ids(after.candidates("paris", 10)),
            "a live entity takes its place by popularity among the built ones");
      }
      assertEquals(6, kb.size());
      assertEquals(2, kb.liveEntities());
      assertEquals("Weberling AG", kb.entity(EntityId.of("new:1")).orElseThrow().label("de"));
    }
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      assertEquals(6, kb.size(), "durable: a fresh open sees the additions");
      assertEquals(List.of("new:1"), ids(kb.lookup().candidates("weberling ag", 5)));
    }
  }

  @Test
  void candidatesComeInPopularityOrderWhenTheRecordsAreReadInAnotherOrder() throws IOException {
    Path dir = built();
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      // "Paris": Q90 (300), Q663094 (80), Q830149 (20) in the built segment; records are read segment by segment
      kb.add(List.of(add("new:mid", 50, "en", "Paris"), add("new:top", 200, "fr", "Paris")));
      try (Lookup l = kb.lookup()) {
        List<NameHit> hits = l.candidates("paris", 10);
        assertEquals(List.of("Q90", "new:top", "Q663094", "new:mid", "Q830149"), ids(hits));
        for (NameHit h : hits) {
          assertTrue(h.keyCount() >= 1, "each hit carries its own record's key count: " + h);
        }
        hits.remove(hits.size() - 1); // callers get a list of their own
        assertEquals(5, l.candidates("paris", 10).size());
        assertEquals(List.of("Q90", "new:top"), ids(l.candidates("paris", 2)));
      }
    }
  }

  @Test
  void aNewcomerNamedLikeKnownEntitiesGetsNoMoreThanTheirPopularity() throws IOException {
    Path dir = built();
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      // "Paris" is held by Q90 (300), Q663094 (80, alias) and Q830149 (20); "Weberling AG" by nobody
      kb.add(List.of(add("new:paris-club", 5_000, "fr", "Paris"), add("new:weberling", 5_000, "de", "Weberling AG"),
          add("new:small", 2, "en", "Paris")));
      assertEquals(300, kb.entity(EntityId.of("new:paris-club")).orElseThrow().popularity());
      assertEquals(5_000, kb.entity(EntityId.of("new:weberling")).orElseThrow().popularity());
      assertEquals(2, kb.entity(EntityId.of("new:small")).orElseThrow().popularity());
      // a replacement keeps the popularity it is given
      kb.add(List.of(EntityAddition.of(entity("Q830149", 900, EntityType.LOCATION, "en", "Paris"))));
      assertEquals(900, kb.entity(EntityId.of("Q830149")).orElseThrow().popularity());
    }
  }

  @Test
  void anAddedEntityReplacesOneOfTheSameId() throws IOException {
    Path dir = built();
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      Entity newParis = new Entity(EntityId.of("Q90"), Map.of("en", "Paris", "fr", "Lutèce"), Map.of(),
          Map.of("en", "capital of France"), Map.of("P17", List.of("Q142")), 300, EntityType.LOCATION);
      LiveAddSummary s = kb.add(List.of(EntityAddition.of(newParis)));
      assertEquals(List.of("Q90"), s.replaced());
      assertEquals(4, kb.size(), "replaced, not added");
      try (Lookup l = kb.lookup()) {
        assertEquals(List.of("Q90"), ids(l.candidates(io.polylink.kb.text.TextNormalizer.key("Lutèce"), 5)));
        List<String> paris = ids(l.candidates("paris", 10));
        assertEquals(3, paris.size(), "the built Q90 is hidden, the live one takes its place: " + paris);
        assertEquals(1, paris.stream().filter("Q90"::equals).count());
        assertTrue(l.candidates("city of light", 5).isEmpty(), "the old version's alias is gone with it");
      }
      // replaced again: the previous live version goes too
      kb.add(List.of(EntityAddition.of(entity("Q90", 300, EntityType.LOCATION, "en", "Paris", "it", "Parigi"))));
      try (Lookup l = kb.lookup()) {
        assertTrue(l.candidates(io.polylink.kb.text.TextNormalizer.key("Lutèce"), 5).isEmpty());
        assertEquals(List.of("Q90"), ids(l.candidates("parigi", 5)));
      }
      assertEquals(1, kb.liveEntities());
    }
  }

  @Test
  void oneAddIsAllOrNothing() throws IOException {
    Path dir = built();
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      Entity nameless = new Entity(EntityId.of("new:3"), Map.of("en", "  "), Map.of(), Map.of(), Map.of(), 1,
          EntityType.OTHER);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> kb.add(List.of(add("new:1", 1, "en", "Good Name"), EntityAddition.of(nameless))));
      assertTrue(e.getMessage().contains("new:3") && e.getMessage().contains("no name"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> kb.add(List.of()));
      assertEquals(4, kb.size());
      assertTrue(kb.entity(EntityId.of("new:1")).isEmpty(), "nothing of a refused add is written");
    }
    assertFalse(Files.exists(dir.resolve("live").resolve("segments_1")));
  }

  @Test
  void contextsBecomeTheEntitysContextWords() throws IOException {
    Path dir = built();
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      kb.add(List.of(new EntityAddition(entity("new:9", 2, EntityType.ORGANIZATION, "de", "Weberling AG"),
          List.of("Maschinenfabrik Winterthur Turbinen"))));
      EntityRecord r = kb.entity(EntityId.of("new:9")).orElseThrow();
      int[] expected = RecordCodec.contextHashes(List.of("entity new:9", "Maschinenfabrik Winterthur Turbinen"));
      assertTrue(java.util.Arrays.equals(expected, r.contextHashes()));
      assertTrue(java.util.Arrays.binarySearch(r.contextHashes(), RecordCodec.contextHash("turbinen")) >= 0);
    }
  }

  @Test
  void anotherOpenInstanceSeesAdditionsOnRefresh() throws IOException {
    Path dir = built();
    try (KnowledgeBase reader = KnowledgeBase.open(dir); KnowledgeBase writer = KnowledgeBase.open(dir)) {
      reader.refreshInterval(Duration.ofHours(1));
      writer.add(List.of(add("new:5", 1, "en", "Zellweger Uster")));
      assertTrue(reader.lookup().candidates("zellweger uster", 5).isEmpty(), "not yet checked");
      assertTrue(reader.refresh());
      assertEquals(List.of("new:5"), ids(reader.lookup().candidates("zellweger uster", 5)));
      assertFalse(reader.refresh(), "nothing new");
      reader.refreshInterval(Duration.ZERO);
      writer.add(List.of(add("new:6", 1, "en", "Brown Boveri")));
      assertEquals(List.of("new:6"), ids(reader.lookup().candidates("brown boveri", 5)),
          "with a zero interval every lookup checks");
    }
  }

  @Test
  void aRebuildKeepsTheLiveAdditionsOnTop() throws IOException {
    Path dir = built();
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      kb.add(List.of(add("new:1", 3, "de", "Weberling AG"),
          EntityAddition.of(entity("Q142", 1, EntityType.LOCATION, "fr", "Gaule"))));
    }
    KbBuilder.into(dir).build(new ListSource(KbStoreTest.sample()));
    assertEquals(2, LiveStore.count(dir));
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      assertEquals(5, kb.size());
      assertEquals(List.of("new:1"), ids(kb.lookup().candidates("weberling ag", 5)));
      assertEquals("Gaule", kb.entity(EntityId.of("Q142")).orElseThrow().label("fr"),
          "the live version still replaces the rebuilt one");
      assertTrue(kb.lookup().candidates("frankreich", 5).isEmpty());
    }
  }

  @Test
  void concurrentWritersLoseNothing() throws Exception {
    Path dir = built();
    int writers = 6;
    int perWriter = 40;
    List<KnowledgeBase> open = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(writers, Thread.ofPlatform().name("live-add-writer-", 0).factory());
    try {
      for (int w = 0; w < writers; w++) {
        open.add(KnowledgeBase.open(dir)); // separate instances, as separate processes would have
      }
      List<Future<?>> fs = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        KnowledgeBase kb = open.get(w % 2 == 0 ? 0 : w); // some threads share an instance
        fs.add(pool.submit(() -> {
          for (int i = 0; i < perWriter; i += 4) {
            List<EntityAddition> batch = new ArrayList<>();
            for (int j = i; j < i + 4; j++) {
              batch.add(add("new:w" + writer + "-" + j, 1 + j % 5, "en", "Writer " + writer + " Entity " + j));
            }
            kb.add(batch);
          }
          return null;
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdown();
      for (KnowledgeBase kb : open) {
        kb.close();
      }
    }
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      assertEquals(writers * perWriter, kb.liveEntities());
      Set<String> found = new HashSet<>();
      try (Lookup l = kb.lookup()) {
        for (int w = 0; w < writers; w++) {
          for (int j = 0; j < perWriter; j++) {
            found.addAll(ids(l.candidates("writer " + w + " entity " + j, 3)));
          }
        }
      }
      assertEquals(writers * perWriter, found.size());
    }
  }
}
