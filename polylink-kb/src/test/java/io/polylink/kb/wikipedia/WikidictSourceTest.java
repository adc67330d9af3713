package io.polylink.kb.wikipedia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.source.SourceException;
import io.polylink.kb.store.EntityRecord;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.NameHit;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wikidict source on small dictionaries written here in the KBP format (no line of the real one is copied). */
class WikidictSourceTest {

  @TempDir
  Path tmp;

  static final String DICT = String.join("\n",
      "U.S.\tUnited_States\t0.97",
      "United States of America\tUnited_States\t1.0",
      "united states\tUnited_States\t0.9",
      "http://en.wikipedia.org/wiki/United_States\tUnited_States\t1.0",
      "Merkel\tAngela_Merkel\t0.59",
      "Angela Merkel\tAngela_Merkel\t0.98",
      "Merkel's\tAngela_Merkel\t1.0",
      "Dr. Angela Merkel\tAngela_Merkel\t1.0",
      "Chancellor Merkel\tAngela_Merkel\t1.0",
      "polls showed\tAngela_Merkel\t1.0",
      "Меркель\tAngela_Merkel\t1.0",
      "默克尔\tAngela_Merkel\t1.0",
      "Москва\tMoscow\t0.95",
      "Moscow\tAlexander_Litvinenko\t1.0",
      "Sasha\tAlexander_Litvinenko\t1.0",
      "RUSSIA!\tAlexander_Litvinenko\t1.0",
      "Tragedy\tTragedy_(band)\t0.2",
      "Tragedy Official Site\tTragedy_(band)\t1.0",
      "beryllium oxyacetate\tberyllium_oxyacetate\t1.0",
      "Paris\tParis\t0.01") + "\n";

  Path gz(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return p;
  }

  Path jar(String entry, String text) throws IOException {
    Path p = tmp.resolve("models.jar");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
      z.putNextEntry(new ZipEntry("edu/stanford/nlp/models/other/readme.txt"));
      z.write("not a dictionary".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry(entry));
      ByteArrayGz.write(z, text);
      z.closeEntry();
    }
    return p;
  }

  /** Gzipped bytes of a text, written into an open zip entry. */
  static final class ByteArrayGz {
    static void write(OutputStream out, String text) throws IOException {
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      try (OutputStream g = new GZIPOutputStream(b)) {
        g.write(text.getBytes(StandardCharsets.UTF_8));
      }
      out.write(b.toByteArray());
    }
  }

  static Map<String, Entity> read(WikidictSource s) throws IOException {
    List<Entity> out = new ArrayList<>();
    s.read(out::add);
    return out.stream().collect(Collectors.toMap(e -> e.id().value(), e -> e));
  }

  @Test
  void oneEntityPerTitleWithFilteredAnchorsInTheirLanguagesAndPriors() throws IOException {
    WikidictSource s = new WikidictSource(List.of(jar("edu/stanford/nlp/models/kbp/english/wikidict.tab.gz", DICT)),
        Map.of(), AnchorFilter.defaults(), tmp);
    Map<String, Entity> byId = read(s);
    assertEquals(List.of("enwiki:Alexander_Litvinenko", "enwiki:Angela_Merkel", "enwiki:Beryllium_oxyacetate", "enwiki:Moscow", "enwiki:Paris",
        "enwiki:Tragedy_(band)", "enwiki:United_States"), byId.keySet().stream().sorted().toList());
    Entity merkel = byId.get("enwiki:Angela_Merkel");
    assertEquals("Angela Merkel", merkel.labels().get("en"));
    assertEquals(List.of("Merkel", "Chancellor Merkel", "Dr. Angela Merkel"), merkel.aliases().get("en"),
        "the most often linked first (.59: at least 100 links), then by p and length; no possessive, no description");
    assertEquals(EntityType.PERSON, merkel.type(), "two anchors address her: a person");
    assertEquals(List.of("Меркель"), merkel.aliases().get("ru"));
    assertEquals(List.of("默克尔"), merkel.aliases().get("zh"));
    assertEquals(0.59f, merkel.prior("Merkel"), 1e-6);
    assertEquals(0.98f, merkel.prior("Angela Merkel"), 1e-6, "an anchor that spells the label gives it its prior");
    assertEquals(8, merkel.popularity(), "sum of p over all anchors, kept or not: 7.57, rounded");
    Entity us = byId.get("enwiki:United_States");
    assertEquals(List.of("U.S."), us.aliases().get("en"),
        "initials kept; 'United States of America' is not (two extra words: a known recall loss)");
    assertEquals(0.97f, us.prior("U.S."), 1e-6);
    assertEquals(0.9f, us.prior("United States"), 1e-6, "lower-case spelling of the label: its prior, no alias");
    assertEquals(List.of("Москва"), byId.get("enwiki:Moscow").aliases().get("ru"));
    assertEquals(List.of("Sasha"), byId.get("enwiki:Alexander_Litvinenko").aliases().get("en"),
        "'Moscow' shares no word with the title and is another title's label: that page's name; 'RUSSIA!' a shout");
    assertEquals(1L, s.verdicts().get(AnchorFilter.Reason.ANOTHER_TITLE));
    Entity band = byId.get("enwiki:Tragedy_(band)");
    assertEquals("Tragedy", band.labels().get("en"), "label without the qualifier");
    assertEquals(EntityType.ORGANIZATION, band.type(), "(band) types it");
    assertEquals(Map.of("en", "band"), band.descriptions(), "the qualifier describes the page");
    assertTrue(merkel.descriptions().isEmpty(), "no qualifier, no description");
    assertEquals(0.2f, band.prior("Tragedy"), 1e-6);
    assertTrue(band.aliases().isEmpty(), "'Tragedy Official Site' is boilerplate");
    assertEquals("Beryllium oxyacetate", byId.get("enwiki:Beryllium_oxyacetate").labels().get("en"));
    assertEquals(-1f, byId.get("enwiki:Paris").prior("Paris"), "p 0.01 is below the floor: no prior kept");
    assertEquals(EntityType.OTHER, byId.get("enwiki:Paris").type());
    assertTrue(s.verdicts().get(AnchorFilter.Reason.BOILERPLATE) >= 2);
    assertFalse(Files.list(tmp).anyMatch(p -> p.getFileName().toString().startsWith("wikidict-")),
        "temporary buckets removed");
  }

  @Test
  void disambiguationPagesAreNoEntities() throws IOException {
    Path dict = gz("wikidict.tab.gz", "Wien\tVienna\t0.9\nWien\tWien_(disambiguation)\t0.05\n"
        + "Berlin\tBerlin_(disambiguation)\t0.01\n");
    WikidictSource s = new WikidictSource(List.of(dict), Map.of(), AnchorFilter.defaults(), tmp);
    Map<String, Entity> byId = read(s);
    assertEquals(List.of("enwiki:Vienna"), List.copyOf(byId.keySet()),
        "a page of meanings is no entity: its exact label outranked Vienna for 'Wien'");
    assertEquals(2L, s.verdicts().get(AnchorFilter.Reason.DISAMBIGUATION_PAGE));
    assertTrue(WikidictSource.disambiguationPage("Mercury (disambiguation)"));
    assertFalse(WikidictSource.disambiguationPage("Disambiguation (audio engineering)"));
  }

  @Test
  void qidsReplaceTitleIdsAndTheSpanishDictionaryIsSpanish() throws IOException {
    Path qids = tmp.resolve("qids.tsv");
    Files.writeString(qids, "Q567\tAngela_Merkel\nQ30\tUnited States\n");
    Path spanish = tmp.resolve("wikidict_spanish.tsv");
    Files.writeString(spanish, "Estados Unidos\tUnited_States\t0.8\nestados unidos de america\tUnited_States\t3\n"
        + "eeuu\tUnited_States\t1\n");
    Path english = gz("wikidict.tab.gz", DICT);
    WikidictSource s = new WikidictSource(List.of(english, spanish), WikidictSource.readQids(qids),
        AnchorFilter.defaults(), tmp);
    Map<String, Entity> byId = read(s);
    assertTrue(byId.containsKey("Q567") && byId.containsKey("Q30") && byId.containsKey("enwiki:Moscow"));
    assertEquals(List.of("Estados Unidos"), byId.get("Q30").aliases().get("es"));
    assertEquals(-1f, byId.get("Q30").prior("United States of America"));
    assertEquals(new WikidictSource.Line("eeuu", "United_States", -1), WikidictSource.Line.parse("eeuu\tUnited_States\t1"),
        "an integer column is a count, not p = 1");
    assertEquals(0.97, WikidictSource.Line.parse("U.S.\tUnited_States\t0.97").p(), 1e-9);
    assertEquals("José Ramón Machado Ventura", WikidictSource.normalizeTitle("Jos%C3%A9_Ram%C3%B3n_Machado_Ventura"));
    assertEquals("100% (song)", WikidictSource.normalizeTitle("100%_(song)"), "a lone % stays");
    assertEquals("C++", WikidictSource.normalizeTitle("C++"));
    assertEquals("Bad %FF escape", WikidictSource.normalizeTitle("Bad_%FF_escape"), "invalid UTF-8 stays as written");
    assertEquals("Q567", s.entityId("angela Merkel"), "titles match with spaces or underscores, any first-letter case");
  }

  @Test
  void priorsReachTheStoreAndComeBackPerName() throws IOException {
    Path kb = tmp.resolve("kb");
    WikidictSource s = new WikidictSource(List.of(gz("wikidict.tab.gz", DICT)), Map.of(), AnchorFilter.defaults(),
        tmp);
    KbBuilder.into(kb).threads(1).build(s);
    try (KnowledgeBase k = KnowledgeBase.open(kb)) {
      EntityRecord r = k.entity(EntityId.of("enwiki:Angela_Merkel")).orElseThrow();
      Map<String, Float> priors = r.names().stream().filter(EntityRecord.Name::hasPrior)
          .collect(Collectors.toMap(n -> n.language() + ":" + n.text(), EntityRecord.Name::prior));
      assertEquals(0.59f, priors.get("en:Merkel"), 1e-4);
      assertEquals(0.98f, priors.get("en:Angela Merkel"), 1e-4);
      assertEquals(1f, priors.get("ru:Меркель"), 1e-4);
      List<NameHit> hits = k.lookup().candidates(TextNormalizer.key("Merkel"), 10);
      assertEquals("enwiki:Angela_Merkel", hits.get(0).record().id().value());
      assertEquals(0.59f, r.toEntity().prior("Merkel"), 1e-4, "priors survive the round trip to the model");
    }
  }

  @Test
  void inputsThatHoldNoDictionaryFailWithTheirName() throws IOException {
    Path jar = tmp.resolve("empty.jar");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(jar))) {
      z.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
    }
    WikidictSource s = new WikidictSource(List.of(jar), Map.of(), AnchorFilter.defaults(), tmp);
    SourceException e = assertThrows(SourceException.class, () -> s.read(x -> { }));
    assertTrue(e.getMessage().contains("empty.jar") && e.getMessage().contains("no wikidict"), e.getMessage());
    WikidictSource missing = new WikidictSource(List.of(tmp.resolve("nope.tab.gz")), Map.of(), null, tmp);
    SourceException m = assertThrows(SourceException.class, () -> missing.read(x -> { }));
    assertTrue(m.getMessage().contains("nope.tab.gz"), m.getMessage());
    Path badQids = tmp.resolve("bad.tsv");
    Files.writeString(badQids, "Angela_Merkel\tQ567\n");
    SourceException q = assertThrows(SourceException.class, () -> WikidictSource.readQids(badQids));
    assertTrue(q.getMessage().contains("bad.tsv:1") || q.getMessage().contains("bad.tsv"), q.getMessage());
  }

  @Test
  void theLinksAProbabilityImpliesAreItsSmallestDenominator() {
    assertEquals(1, WikidictSource.minLinks(1f));
    assertEquals(2, WikidictSource.minLinks(0.5f));
    assertEquals(3, WikidictSource.minLinks(0.333333f));
    assertEquals(7, WikidictSource.minLinks(0.714286f)); // 5 / 7
    assertTrue(WikidictSource.minLinks(0.968166f) > 30);
    assertEquals(1, WikidictSource.minLinks(0f));
    assertEquals(81, WikidictSource.minLinks(0.123457f)); // 10 / 81 = .1234568

  }

  /** A page with more anchors than fit keeps those linked most often, not those linked once (p = 1). */
  @Test
  void whenAnchorsOverflowTheOftenLinkedOnesStay() throws IOException {
    StringBuilder dict = new StringBuilder();
    for (int i = 0; i < WikidictSource.MAX_ALIASES + 50; i++) {
      dict.append("United States ").append(i).append("\tUnited_States\t1.0\n");
    }
    dict.append("D.C.\tUnited_States\t0.629518\nU.S.\tUnited_States\t0.968166\nD. C.\tUnited_States\t1.0\n")
        .append("America\tUnited_States\t0.606636\nRUSSIA\tUnited_States\t1.0\n")
        .append("Russia\tRussia\t0.9\nAmericas band\tAmerica_(band)\t0.9\n");
    WikidictSource s = new WikidictSource(List.of(gz("overflow.tab.gz", dict.toString())), Map.of(),
        AnchorFilter.defaults(), tmp);
    Entity us = read(s).get("enwiki:United_States");
    List<String> names = us.aliases().get("en");
    assertEquals(WikidictSource.MAX_ALIASES, names.size());
    assertTrue(names.contains("U.S.") && names.contains("D.C."), names.subList(0, 5).toString());
    // one key, one written form: the one linked most often ("D.C." .63, not "D. C." 1.0)
    assertFalse(names.contains("D. C."), names.subList(0, 5).toString());
    // another page's title ("America", "Russia") names this page when linked often (.61), not once (1.0)
    assertTrue(names.contains("America"), names.subList(0, 5).toString());
    assertFalse(names.contains("RUSSIA"));
  }

  @Test
  void titleQualifiersGiveCoarseTypes() {
    assertEquals(EntityType.PERSON, WikidictSource.typeOf("John_Smith_(footballer,_born_1980)"));
    assertEquals(EntityType.PERSON, WikidictSource.typeOf("Richard_Wright_(musician)"));
    assertEquals(EntityType.WORK, WikidictSource.typeOf("Houdini_(1953_film)"));
    assertEquals(EntityType.LOCATION, WikidictSource.typeOf("Georgia_(country)"));
    assertEquals(EntityType.ORGANIZATION, WikidictSource.typeOf("Tragedy_(band)"));
    assertEquals(EntityType.LOCATION, WikidictSource.typeOf("Paris,_Texas"), "Place, State");
    assertEquals(EntityType.OTHER, WikidictSource.typeOf("Mercury_(element)"));
    assertEquals(EntityType.LOCATION, WikidictSource.typeOf("Lenawee_County,_Michigan"));
    assertEquals(EntityType.LOCATION, WikidictSource.typeOf("Shahrood_Airport"));
    assertEquals(EntityType.ORGANIZATION, WikidictSource.typeOf("SBK_Records"));
    assertEquals(EntityType.OTHER, WikidictSource.typeOf("List_of_Dungeons_&_Dragons_adventures"));
    assertEquals(EntityType.OTHER, WikidictSource.typeOf("Fiji_at_the_2004_Summer_Paralympics"));
    assertEquals(EntityType.PERSON, WikidictSource.typeOf("Angela_Merkel", 2));
    assertEquals(EntityType.OTHER, WikidictSource.typeOf("Angela_Merkel", 1), "one cue is not enough");
    assertTrue(WikidictTypes.isPersonCue("Mr. Obama", "Barack Obama"));
    assertFalse(WikidictTypes.isPersonCue("Mr. Potato Head", "Potato"), "one-word titles are too often things");
    assertFalse(WikidictTypes.isPersonCue("President of France", "Emmanuel Macron"));
  }
}
