package io.polylink.kb.store;

import static io.polylink.kb.store.ListSource.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.text.TextNormalizer;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbStoreTest {

  @TempDir Path tmp;

  static List<Entity> sample() {
    List<Entity> list = new ArrayList<>();
    list.add(new Entity(EntityId.of("Q90"), Map.of("en", "Paris", "de", "Paris", "ru", "Париж", "zh", "巴黎"),
        Map.of("en", List.of("City of Light")), Map.of("en", "capital of France"),
        Map.of("P17", List.of("Q142"), "P31", List.of("Q515")), 300, EntityType.LOCATION));
    list.add(new Entity(EntityId.of("Q663094"), Map.of("en", "Paris Hilton"), Map.of("en", List.of("Paris")),
        Map.of("en", "American media personality"), Map.of("P31", List.of("Q5")), 80, EntityType.PERSON));
    list.add(entity("Q830149", 20, EntityType.LOCATION, "en", "Paris", "es", "París"));
    list.add(entity("Q142", 350, EntityType.LOCATION, "en", "France", "fr", "France", "de", "Frankreich"));
    return list;
  }

  @Test
  void buildsAndLooksUpNamesInEveryLanguage() throws IOException {
    Path dir = tmp.resolve("kb");
    KbBuildSummary s = KbBuilder.into(dir).build(new ListSource(sample()));
    assertEquals(4, s.entities());
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      assertEquals(4, kb.size());
      Lookup lookup = kb.lookup();
      assertEquals(Lookup.EXACT | Lookup.CONTINUES, lookup.probe("paris", false), "'paris' and 'paris hilton'");
      assertEquals(Lookup.CONTINUES, lookup.probe("city of", false));
      assertEquals(0, lookup.probe("paxis", false));
      assertEquals(Lookup.EXACT, lookup.probe(TextNormalizer.key("Париж"), false));
      assertEquals(Lookup.EXACT, lookup.probe("巴黎", true));
      assertEquals(Lookup.CONTINUES, lookup.probe("巴", true));
      assertEquals(List.of("paris hilton"), lookup.keysStartingWith("paris ", 5), "the prefix itself is no key");
      assertEquals(List.of("city of light"), lookup.keysStartingWith("city of", 5));
      assertEquals(List.of("paris", "paris hilton"), lookup.keysStartingWith("pari", 5), "'párís' folds to 'paris'");
      assertEquals(List.of("paris"), lookup.keysStartingWith("pari", 1), "limit");
      assertEquals(List.of(), lookup.keysStartingWith("zzz", 5));
      assertThrows(IllegalArgumentException.class, () -> lookup.keysStartingWith("paris", 0));

      List<NameHit> hits = lookup.candidates("paris", 10);
      assertEquals(3, hits.size());
      assertEquals(3, hits.get(0).entitiesWithKey());
      NameHit city = hits.stream().filter(h -> h.record().id().value().equals("Q90")).findFirst().orElseThrow();
      assertEquals(2, city.keyCount(), "en and de labels both give 'paris'");
      assertEquals(List.of("Q142"), city.record().relation("P17"));

      List<NameHit> top1 = lookup.candidates("paris", 1);
      assertEquals("Q90", top1.get(0).record().id().value(), "limit keeps the most popular");

      String romanized = io.polylink.kb.text.Transliteration.latinKey("Париж");
      assertTrue(romanized.startsWith("pari"), romanized);
      assertEquals("Q90", lookup.transliterated(romanized, 5).get(0).record().id().value());
      assertEquals("Q142", lookup.fuzzy("frankrech", 1, 1, 5).get(0).record().id().value());
      assertEquals("Frankreich", kb.entity(EntityId.of("Q142")).orElseThrow().label("de"));
      assertTrue(kb.entity(EntityId.of("Q1")).isEmpty());
      assertEquals(List.of("de", "en", "es", "fr", "ru", "zh"), kb.metadata().languageCodes());
    }
  }

  @Test
  void recordsRoundTripThroughTheCodec() {
    Entity e = sample().get(0);
    EntityRecord r = RecordCodec.toRecord(e);
    EntityRecord back = RecordCodec.decode(RecordCodec.encode(r));
    assertEquals(r.id(), back.id());
    assertEquals(r.names(), back.names());
    assertEquals(r.relations(), back.relations());
    assertEquals(r.descriptions(), back.descriptions());
    assertTrue(java.util.Arrays.equals(r.contextHashes(), back.contextHashes()));
    assertEquals(e.labels(), back.toEntity().labels());
    assertFalse(back.commonNoun());
    Entity city = entity("Q515", 5, EntityType.OTHER, "en", "city", "fr", "ville", "de", "Stadt");
    assertTrue(RecordCodec.toRecord(city).commonNoun(), "mostly lower-case Latin labels: a concept");
  }

  @Test
  void namesThatRepeatAnEarlierTextRoundTripThroughTheCodec() {
    List<EntityRecord.Name> names = List.of(
        new EntityRecord.Name("en", true, "Paris", "paris"),
        new EntityRecord.Name("de", true, "Paris", "paris"), // refers to the first
        new EntityRecord.Name("fr", false, "paris", "paris"), // key is its text
        new EntityRecord.Name("it", false, "paris", "paris"), // refers to the one before
        new EntityRecord.Name("xx", false, "Paris", "other key")); // same text, another key: written in full
    EntityRecord r = new EntityRecord(EntityId.of("Q90"), 3, EntityType.LOCATION, false, names, Map.of("en", "city"),
        Map.of(), new int[] {1, 5}, List.of());
    RecordCodec.Encoder encoder = new RecordCodec.Encoder();
    EntityRecord other = RecordCodec.toRecord(sample().get(1));
    assertEquals(other.names(), RecordCodec.decode(encoder.encode(other)).names()); // the encoder is reused below
    EntityRecord back = RecordCodec.decode(org.apache.lucene.util.BytesRef.deepCopyOf(encoder.encode(r)));
    assertEquals(names, back.names());
    assertEquals(RecordCodec.encode(r), org.apache.lucene.util.BytesRef.deepCopyOf(encoder.encode(r)));
  }

  @Test
  void aFailedBuildLeavesThePreviousKbLiveAndNoOrphans() throws IOException {
    Path dir = tmp.resolve("kb");
    KbBuilder.into(dir).build(new ListSource(sample()));
    String before = Files.readString(dir.resolve("CURRENT"));
    List<Entity> bigger = new ArrayList<>(sample());
    for (int i = 0; i < 2000; i++) {
      bigger.add(entity("Q" + (1_000_000 + i), 1, EntityType.OTHER, "en", "Name " + i));
    }
    IOException e = assertThrows(IOException.class, () -> KbBuilder.into(dir).build(new ListSource(bigger, 1500)));
    assertTrue(e.getMessage().contains("failed on purpose"), e.getMessage());
    assertEquals(before, Files.readString(dir.resolve("CURRENT")));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("gen-")).count(), "the partial generation is removed");
    }
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      assertEquals(4, kb.size());
    }
    // a successful rebuild replaces it and removes the old generation
    KbBuilder.into(dir).build(new ListSource(bigger));
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      assertEquals(2004, kb.size());
    }
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("gen-")).count());
    }
  }

  @Test
  void refusesFoldersThatAreNotKbs() throws IOException {
    Path notKb = tmp.resolve("docs");
    Files.createDirectories(notKb);
    Files.writeString(notKb.resolve("thesis.txt"), "precious");
    NotAKbException e = assertThrows(NotAKbException.class, () -> KbBuilder.into(notKb).build(new ListSource(sample())));
    assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    assertEquals("precious", Files.readString(notKb.resolve("thesis.txt")));
    NotAKbException open = assertThrows(NotAKbException.class, () -> KnowledgeBase.open(notKb));
    assertTrue(open.getMessage().contains("no CURRENT"), open.getMessage());
    assertThrows(NotAKbException.class, () -> KnowledgeBase.open(tmp.resolve("missing")));
    Path file = tmp.resolve("file");
    Files.writeString(file, "x");
    assertThrows(NotAKbException.class, () -> KnowledgeBase.open(file));
  }

  @Test
  void aSecondWriterIsRefusedWhileTheFirstHoldsTheLock() throws IOException {
    Path dir = tmp.resolve("kb");
    KbBuilder.into(dir).build(new ListSource(sample()));
    try (KbLayout.WriterLock lock = KbLayout.WriterLock.acquire(dir)) {
      KbBusyException e = assertThrows(KbBusyException.class, () -> KbBuilder.into(dir).build(new ListSource(sample())));
      assertTrue(e.getMessage().contains("being written"), e.getMessage());
    }
    KbBuilder.into(dir).build(new ListSource(sample())); // free again
  }
}
