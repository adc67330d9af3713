package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import io.polylink.link.xling.BilingualDictionary;
import io.polylink.model.Entity;
import io.polylink.model.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: a name the KB holds only in another language is found through a bilingual dictionary. */
class TranslatedNameRetrieverTest {

  @TempDir static Path tmp;
  static KnowledgeBase kb;
  static BilingualDictionary dictionary;

  @BeforeAll
  static void open() throws IOException {
    List<Entity> entities = new ArrayList<>(TestKbs.fixture());
    entities.add(TestKbs.e("Q4159", 120, EntityType.LOCATION, "mountain range", Map.of(), "en", "Black Forest"));
    entities.add(TestKbs.e("Q548", 90, EntityType.LOCATION, "river in Poland", Map.of(), "en", "Vistula River",
        "pl", "Wisła"));
    KbBuilder.into(tmp.resolve("kb")).threads(1).build(TestKbs.source(entities));
    kb = KnowledgeBase.open(tmp.resolve("kb"));
    Path tsv = tmp.resolve("dict.tsv");
    Files.writeString(tsv, "schwarz\tblack\nwald\tforest\nrzeka\triver\nwisła\tvistula\n");
    dictionary = BilingualDictionary.read(List.of(tsv));
  }

  @AfterAll
  static void close() throws IOException {
    kb.close();
  }

  @Test
  void translatesEachWordAndMarksTheHits() {
    try (Lookup lookup = kb.lookup()) {
      List<NameHit> hits = new TranslatedNameRetriever(lookup, dictionary, "de", 10).retrieve("schwarzen wald");
      assertEquals("Q4159", hits.get(0).record().id().value());
      assertEquals(NameHit.MatchKind.TRANSLATED, hits.get(0).kind());
    }
  }

  @Test
  void keepsUntranslatedWordsAndTriesTwoWordsReversed() {
    try (Lookup lookup = kb.lookup()) {
      TranslatedNameRetriever r = new TranslatedNameRetriever(lookup, dictionary, "pl", 10);
      assertEquals(Set.of("river vistula", "vistula river", "river wisła", "wisła river", "rzeka vistula",
          "vistula rzeka"), r.combinations(new String[] {"rzeka", "wisła"}));
      assertEquals(Set.of("black forest", "forest black", "black wald", "wald black", "schwarzen forest",
          "forest schwarzen"), new TranslatedNameRetriever(lookup, dictionary, "de", 10)
          .combinations(new String[] {"schwarzen", "wald"}));
      assertEquals("Q548", r.retrieve("rzeka wisła").get(0).record().id().value());
    }
  }

  @Test
  void nothingWithoutATranslatedWordOrADictionary() {
    try (Lookup lookup = kb.lookup()) {
      assertTrue(new TranslatedNameRetriever(lookup, dictionary, "de", 10).retrieve("unbekannter ort").isEmpty());
      assertTrue(new TranslatedNameRetriever(lookup, BilingualDictionary.empty(), "de", 10)
          .retrieve("schwarzen wald").isEmpty());
    }
  }

  @Test
  void theLinkerUsesTheDictionaryOnlyWhenGiven() {
    String text = "Wir wandern morgen durch den Schwarzen Wald und bleiben drei Tage dort.";
    LinkerConfig config = LinkerConfig.defaults().withNilThreshold(0);
    io.polylink.model.Document doc = new io.polylink.model.Document("d", text, io.polylink.model.Language.of("de"));
    Linker with = Linker.builder().knowledgeBase(kb).config(config).dictionary(dictionary).build();
    Linker without = Linker.builder().knowledgeBase(kb).config(config).build();
    assertTrue(with.link(doc).links().stream().anyMatch(l -> l.entity() != null
        && l.entity().value().equals("Q4159")), () -> with.link(doc).links().toString());
    assertTrue(without.link(doc).links().stream().noneMatch(l -> l.entity() != null
        && l.entity().value().equals("Q4159")));
  }
}
