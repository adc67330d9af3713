package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.store.EntityRecord;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.NameHit;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.model.Document;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the linker reads a KB with link statistics (the wikidict source's anchors and their p(title | anchor)). */
class AnchorPriorsTest {

  @TempDir static Path tmp;
  static KnowledgeBase kb;
  static Linker linker;

  /** An entity with an English label, aliases and per-name priors (name, prior, name, prior, ...; -1: none). */
  static Entity wiki(String title, long pop, String label, Object... aliasPrior) {
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    Map<String, Float> priors = new LinkedHashMap<>();
    for (int i = 0; i + 1 < aliasPrior.length; i += 2) {
      String name = (String) aliasPrior[i];
      float p = ((Number) aliasPrior[i + 1]).floatValue();
      if (!name.equals(label)) {
        aliases.computeIfAbsent("en", k -> new ArrayList<>()).add(name);
      }
      if (p >= 0) {
        priors.put(name, p);
      }
    }
    return new Entity(EntityId.of("enwiki:" + title), Map.of("en", label), aliases, Map.of(), Map.of(), pop,
        EntityType.OTHER, priors);
  }

  @BeforeAll
  static void open() throws IOException {
    List<Entity> l = new ArrayList<>();
    l.add(wiki("Stanford_University", 300, "Stanford University", "Stanford", 0.64));
    l.add(wiki("Stanford_prison_experiment", 400, "Stanford prison experiment", "stanford", 0.96));
    l.add(wiki("Auburn,_New_York", 50, "Auburn, New York"));
    l.add(wiki("White_trash", 500, "White trash", "Auburn, New York", 1.0));
    l.add(wiki("Chung_(Korean_name)", 20, "Chung"));
    l.add(wiki("Zongzi", 90, "Zongzi", "Chung", 1.0));
    l.add(wiki("Springfield,_Illinois", 80, "Springfield, Illinois", "Springfield, Illinois", 0.3));
    l.add(wiki("Springfield_(The_Simpsons)", 300, "Springfield", "Springfield", 0.4));
    l.add(wiki("Illinois", 300, "Illinois", "Illinois", 0.95));
    l.add(wiki("Born_(film)", 30, "Born"));
    l.add(wiki("Birth", 200, "Birth", "born", 0.6));
    l.add(wiki("Detroit", 400, "Detroit", "Detroit", 0.9));
    l.add(wiki("Italy", 900, "Italy", "Italy", 0.95));
    l.add(wiki("Transport_in_Italy", 50, "Transport in Italy", "in Italy", 1.0));
    l.add(wiki("John_Quincy_Adams", 300, "John Quincy Adams", "President John Quincy Adams", 1.0));
    l.add(wiki("Moscow", 800, "Moscow", "Москва", 0.9));
    l.add(wiki("List_of_national_capitals", 100, "List of national capitals", "राजधानी", 1.0));
    l.add(wiki("1960s", 100, "1960s", "され", 1.0));
    l.add(wiki("United_States", 900, "United States", "U.S.", 0.97, "US", 0.7));
    l.add(wiki("Washington,_D.C.", 400, "Washington, D.C.", "Washington, D.C.", 0.9));
    l.add(wiki("Washington_(state)", 300, "Washington", "Washington", 0.5));
    l.add(wiki("United_States_Army", 300, "United States Army", "U.S. Army", 0.95));
    l.add(wiki("Dashboard_Confessional", 100, "Dashboard Confessional", "DC", 0.4, "D.C", 0.3));
    Path dir = tmp.resolve("kb");
    // named as the wikidict source names its KBs, so that the linker knows the names carry link statistics
    KbBuilder.into(dir).threads(1).build(io.polylink.kb.source.EntitySource.of("wikidict:fixture", l));
    kb = KnowledgeBase.open(dir);
    linker = Linker.builder().knowledgeBase(kb).build();
  }

  @AfterAll
  static void close() throws IOException {
    kb.close();
  }

  @Test
  void kbsWithLinkStatisticsGetTheModelTrainedWithThem() throws IOException {
    assertTrue(kb.metadata().hasLinkStatistics());
    assertTrue(linker.rankerModel() == io.polylink.link.rank.RankerModel.forLinkStatistics());
    try (KnowledgeBase plain = KnowledgeBase.open(TestKbs.build(tmp.resolve("plain")))) {
      assertFalse(plain.metadata().hasLinkStatistics());
      assertTrue(Linker.builder().knowledgeBase(plain).build().rankerModel()
          == io.polylink.link.rank.RankerModel.defaults());
    }
  }

  static List<EntityRecord> records(String name) {
    List<EntityRecord> out = new ArrayList<>();
    for (NameHit h : kb.lookup().candidates(TextNormalizer.key(name), 50)) {
      out.add(h.record());
    }
    return out;
  }

  static double prior(String name, String id) {
    List<EntityRecord> rs = records(name);
    double[] p = NamePriors.of(rs, TextNormalizer.key(name), name);
    for (int i = 0; i < rs.size(); i++) {
      if (rs.get(i).id().value().equals(id)) {
        return p[i];
      }
    }
    throw new AssertionError(id + " is no candidate of " + name);
  }

  @Test
  void theTextsOwnFormDecidesWhenItHasStatistics() {
    // "Stanford" -> the university (.64); "stanford" -> the experiment (.96) must not compete with it
    assertEquals(0.64, prior("Stanford", "enwiki:Stanford_University"), 1e-3);
    assertEquals(0, prior("Stanford", "enwiki:Stanford_prison_experiment"));
    // a form no anchor has: the priors of the key's forms
    assertEquals(0.96, prior("STANFORD", "enwiki:Stanford_prison_experiment"), 1e-3);
    assertEquals(0.64, prior("STANFORD", "enwiki:Stanford_University"), 1e-3);
  }

  @Test
  void noStatisticsForAnyCandidateIsUnknownNotZero() {
    assertEquals(0, prior("Chung", "enwiki:Chung_(Korean_name)"), "the KB has statistics for the name, none for it");
    List<EntityRecord> rs = records("Auburn, New York");
    double[] p = NamePriors.of(List.of(rs.stream().filter(r -> r.id().value().equals("enwiki:Auburn,_New_York"))
        .findFirst().orElseThrow()), TextNormalizer.key("Auburn, New York"), "Auburn, New York");
    assertTrue(Double.isNaN(p[0]), "a KB without statistics for the name: unknown");
  }

  @Test
  void anchorsThatShareNothingWithTheTitleAreNoCandidates() {
    String key = TextNormalizer.key("Auburn, New York");
    List<NameHit> hits = kb.lookup().candidates(key, 50);
    List<String> kept = ExactNameRetriever.withoutUnrelatedAnchors(hits, key).stream()
        .map(h -> h.record().id().value()).toList();
    assertEquals(List.of("enwiki:Auburn,_New_York"), kept);
    String chung = TextNormalizer.key("Chung");
    assertEquals(List.of("enwiki:Chung_(Korean_name)"), ExactNameRetriever.withoutUnrelatedAnchors(
        kb.lookup().candidates(chung, 50), chung).stream().map(h -> h.record().id().value()).toList());
    for (String name : List.of("राजधानी", "され")) {
      String k = TextNormalizer.key(name);
      assertEquals(List.of(), ExactNameRetriever.withoutUnrelatedAnchors(kb.lookup().candidates(k, 50), k), name);
    }
    // another script: a name, not an accident
    String moskva = TextNormalizer.key("Москва");
    assertEquals(1, ExactNameRetriever.withoutUnrelatedAnchors(kb.lookup().candidates(moskva, 50), moskva).size());
  }

  @Test
  void theSharedCacheOfRelatedCandidatesFiltersAsTheRetrieverDidAndKeepsKeysApart() {
    KnownNameCache cache = new KnownNameCache();
    String auburn = TextNormalizer.key("Auburn, New York");
    String chung = TextNormalizer.key("Chung");
    try (io.polylink.kb.store.Lookup l = kb.lookup()) {
      for (String key : List.of(auburn, chung, auburn, chung)) { // the second round reads the cache
        assertEquals(ExactNameRetriever.withoutUnrelatedAnchors(l.candidates(key, 24), key),
            cache.related(l, key, 24), key);
        assertEquals(l.candidates(key, 24), cache.candidates(l, key, 24), "the unfiltered list stays whole");
      }
      assertEquals(List.of("enwiki:Auburn,_New_York"), cache.related(l, auburn, 24).stream()
          .map(h -> h.record().id().value()).toList());
      assertEquals(2, cache.candidates(l, auburn, 24).size());
      // per limit: the one most popular candidate of "Auburn, New York" is the unrelated anchor
      assertEquals(List.of(), cache.related(l, auburn, 1));
      ExactNameRetriever retriever = new ExactNameRetriever(l, cache, 24);
      assertEquals(cache.related(l, chung, 24), retriever.retrieve(chung));
    }
  }

  @Test
  void nameEvidenceIsKeptPerSurfaceAndLanguageAndOnlyForTheSameCandidateList() {
    KnownNameCache cache = new KnownNameCache();
    String key = TextNormalizer.key("Stanford");
    List<NameHit> hits = List.copyOf(kb.lookup().candidates(key, 24));
    int[] computed = {0};
    java.util.function.BiFunction<String, List<NameHit>, KnownNameCache.NameEvidence> evidence = (surface, h) -> {
      Spot s = new Spot(surface, 0, 1, 0, surface.length(), key, false);
      return cache.nameEvidence(h, key, surface, "en", () -> {
        computed[0]++;
        return SpotRanker.nameEvidence(h, s, "en");
      });
    };
    int university = -1;
    for (int i = 0; i < hits.size(); i++) {
      if (hits.get(i).record().id().value().equals("enwiki:Stanford_University")) {
        university = i;
      }
    }
    assertEquals(0.64, evidence.apply("Stanford", hits).priors()[university], 1e-3);
    assertEquals(0.0, evidence.apply("stanford", hits).priors()[university], 1e-3, "the other written form");
    assertEquals(2, computed[0]);
    KnownNameCache.NameEvidence again = evidence.apply("Stanford", hits);
    assertEquals(2, computed[0], "the same list, surface and language: kept");
    assertEquals(0.64, again.priors()[university], 1e-3);
    // an equal list that is not the same one (a type filter's, a later KB version's) is computed anew
    List<NameHit> other = new ArrayList<>(hits);
    assertEquals(0.64, evidence.apply("Stanford", other).priors()[university], 1e-3);
    assertEquals(3, computed[0]);
    // the fewer candidates a KB update leaves, the evidence follows them rather than the old list
    List<NameHit> one = List.of(hits.get(university));
    KnownNameCache.NameEvidence single = evidence.apply("Stanford", one);
    assertEquals(1, single.priors().length);
    assertEquals(4, computed[0]);
  }

  static Map<String, String> ids(String text) {
    LinkedDocument d = linker.link(new Document("t", text, Language.of("en")));
    Map<String, String> m = new LinkedHashMap<>();
    for (Link l : d.links()) {
      if (!l.isNil()) {
        m.put(l.mention().surface(), l.entity().value());
      }
    }
    return m;
  }

  @Test
  void aCapitalizedSentenceStartThatAnchorsWriteInLowerCaseIsNoName() {
    Map<String, String> m = ids("Born in Detroit, he moved to Chicago.");
    assertFalse(m.containsKey("Born"), m.toString());
    assertEquals("enwiki:Detroit", m.get("Detroit"));
  }

  @Test
  void aWebAnchorDoesNotMakeAFunctionWordPartOfAName() {
    Map<String, String> m = ids("He lived in Italy for years.");
    assertFalse(m.containsKey("in Italy"), m.toString());
    assertEquals("enwiki:Italy", m.get("Italy"));
  }

  @Test
  void aTitleBeforeANameIsNotPartOfIt() {
    Map<String, String> m = ids("He met President John Quincy Adams there.");
    assertEquals("enwiki:John_Quincy_Adams", m.get("John Quincy Adams"), m.toString());
  }

  @Test
  void aPlaceAndItsRegionAreTheEntityTheKbNamesSo() {
    Map<String, String> m = ids("She was born in Springfield, Illinois.");
    assertEquals("enwiki:Springfield,_Illinois", m.get("Springfield, Illinois"), m.toString());
  }

  @Test
  void anInitialismKeepsItsLastPeriod() {
    // "D.C" alone is an anchor of the band; after "Washington, " the KB's title of the pair decides
    Map<String, String> m = ids("Officials of the U.S. met in Washington, D.C. Then they left.");
    assertEquals("enwiki:United_States", m.get("U.S."), m.toString());
    assertEquals("enwiki:Washington,_D.C.", m.get("Washington, D.C."), m.toString());
    Map<String, String> end = ids("They met U.S. officials in Washington, D.C.");
    assertEquals("enwiki:United_States", end.get("U.S."), end.toString());
    assertEquals("enwiki:Washington,_D.C.", end.get("Washington, D.C."), end.toString());
    assertEquals("enwiki:United_States_Army", ids("He joined the U.S. Army in 1990.").get("U.S. Army"));
  }
}
