package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.store.Lookup;
import io.polylink.model.EntityType;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 16: inflected names ("Warszawie", "Stockholms") meet the KB's name through their stem. */
class StemmedNamesTest {

  @RegisterExtension static final OpenKb KB = OpenKb.goldenWith(
      TestKbs.e("Q270", 150, EntityType.LOCATION, "capital of Poland", Map.of(), "en", "Warsaw",
          "pl", "Warszawa", "de", "Warschau"),
      TestKbs.e("Q1754x", 200, EntityType.LOCATION, "capital of Sweden", Map.of(), "en", "Stockholm",
          "sv", "Stockholm"));

  static Map<String, String> linkAs(String text, String language) {
    Map<String, String> out = new TreeMap<>();
    for (var l : KB.windowLinks(text, language)) {
      out.put(l.mention().surface(), l.entity() == null ? "NIL" : l.entity().value());
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
    try (Lookup lookup = KB.kb().lookup()) {
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
