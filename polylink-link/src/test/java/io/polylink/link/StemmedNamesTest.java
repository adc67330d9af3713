package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.Lookup;
import io.polylink.link.rank.DocumentRanker;
import io.polylink.link.rank.RankerModel;
import io.polylink.model.Entity;
import io.polylink.model.EntityType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: inflected names ("Warszawie", "Stockholms") meet the KB's name through their stem. */
class StemmedNamesTest {

  @TempDir static Path tmp;
  static KnowledgeBase kb;

  @BeforeAll
  static void open() throws IOException {
    List<Entity> entities = new ArrayList<>(TestKbs.fixture());
    entities.add(TestKbs.e("Q270", 150, EntityType.LOCATION, "capital of Poland", Map.of(), "en", "Warsaw",
        "pl", "Warszawa", "de", "Warschau"));
    entities.add(TestKbs.e("Q1754x", 200, EntityType.LOCATION, "capital of Sweden", Map.of(), "en", "Stockholm",
        "sv", "Stockholm"));
    KbBuilder.into(tmp.resolve("kb")).threads(1).build(TestKbs.source(entities));
    kb = KnowledgeBase.open(tmp.resolve("kb"));
  }

  @AfterAll
  static void close() throws IOException {
    kb.close();
  }

  static Map<String, String> linkAs(String text, String language) {
    Map<String, String> out = new TreeMap<>();
    try (Lookup lookup = kb.lookup()) {
      WindowLinker wl = new WindowLinker(LinkerConfig.defaults(), lookup, new DocumentRanker(RankerModel.defaults()),
          language, new DocumentState(LinkerConfig.defaults().stateSize()), new UnknownNameCache(16), null, null);
      for (Spot s : wl.link(text, 0, text.length())) {
        var l = wl.toLink(s, new io.polylink.model.Span(s.start, s.end));
        out.put(l.mention().surface(), l.entity() == null ? "NIL" : l.entity().value());
      }
    }
    return out;
  }

  @Test
  void polishLocativeFindsTheNominative() {
    assertEquals("Q270", linkAs("Spotkanie odbyło się wczoraj w Warszawie i trwało długo.", "pl").get("Warszawie"));
  }

  @Test
  void swedishGenitiveFindsTheNominative() {
    Map<String, String> links = linkAs("Hon har bott i Stockholms centrum sedan länge.", "sv");
    assertEquals("Q1754x", links.get("Stockholms"), links::toString);
  }

  @Test
  void lookupGivesTheStemmedCandidatesOnlyInTheirLanguage() {
    try (Lookup lookup = kb.lookup()) {
      assertEquals("Q270", StemmedNames.hits(lookup, "warszawie", "pl", 10).get(0).record().id().value());
      assertTrue(StemmedNames.hits(lookup, "warszawie", "en", 10).isEmpty());
      assertTrue(StemmedNames.hits(lookup, "warszawie", "und", 10).isEmpty());
      // an exact key is no inflection of itself
      assertTrue(StemmedNames.hits(lookup, "warszawa", "pl", 10).isEmpty());
      assertEquals(io.polylink.kb.store.NameHit.MatchKind.STEMMED,
          StemmedNames.hits(lookup, "warszawie", "pl", 10).get(0).kind());
    }
  }
}
