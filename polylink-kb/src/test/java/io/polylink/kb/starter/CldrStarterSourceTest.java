package io.polylink.kb.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.source.SourceStats;
import io.polylink.model.Entity;
import io.polylink.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CldrStarterSourceTest {
  private static final Map<String, Entity> BY_ID = new LinkedHashMap<>();
  private static final List<Entity> ORDER = new ArrayList<>();
  private static SourceStats stats;

  @BeforeAll
  static void readOnce() {
    long t0 = System.nanoTime();
    stats = new CldrStarterSource().read(e -> {
      ORDER.add(e);
      BY_ID.put(e.id().value(), e);
    });
    long ms = (System.nanoTime() - t0) / 1_000_000;
    Set<String> languages = new HashSet<>();
    long names = 0;
    Map<EntityType, Integer> byType = new java.util.TreeMap<>();
    for (Entity e : ORDER) {
      languages.addAll(e.labels().keySet());
      names += e.allNames().size();
      byType.merge(e.type(), 1, Integer::sum);
    }
    System.out.printf(Locale.ROOT, "CLDR starter: %d entities %s, %d label languages, %d names, %s, read in %d ms%n",
        ORDER.size(), byType, languages.size(), names, stats, ms);
  }

  @Test
  void manyEntitiesInManyLanguages() {
    Set<String> languages = new HashSet<>();
    ORDER.forEach(e -> languages.addAll(e.labels().keySet()));
    assertTrue(ORDER.size() >= 1000, "entities: " + ORDER.size());
    assertTrue(languages.size() >= 50, "label languages: " + languages.size());
    assertEquals(ORDER.size(), stats.entities());
    assertEquals(ORDER.size(), BY_ID.size(), "ids are unique");
  }

  @Test
  void concreteFacts() {
    Entity de = BY_ID.get("iso3166:DE");
    assertNotNull(de);
    assertEquals(EntityType.LOCATION, de.type());
    assertEquals("Deutschland", de.labels().get("de"));
    assertEquals("Германия", de.labels().get("ru"));
    assertEquals("德国", de.labels().get("zh"));
    assertEquals("ألمانيا", de.labels().get("ar"));
    assertEquals("Germany", de.labels().get("en"));
    assertTrue(de.relation("P38").contains("iso4217:EUR"), de.relations().toString());
    assertTrue(de.relation("P37").contains("iso639:de"), de.relations().toString());
    assertEquals(List.of("iso3166:155"), de.relation("P361"));
    assertEquals("country or territory (ISO 3166 DE)", de.description("en"));

    Entity paris = BY_ID.get("tz:Europe/Paris");
    assertNotNull(paris);
    assertEquals("Paris", paris.labels().get("fr"));
    assertEquals("巴黎", paris.labels().get("zh"));
    assertEquals(List.of("iso3166:FR"), paris.relation("P17"));
    assertEquals("city in France (time zone Europe/Paris)", paris.description("en"));

    Entity eur = BY_ID.get("iso4217:EUR");
    assertNotNull(eur);
    assertEquals(EntityType.CURRENCY, eur.type());
    assertTrue(eur.relation("P17").containsAll(List.of("iso3166:DE", "iso3166:FR", "iso3166:IT")));

    Entity french = BY_ID.get("iso639:fr");
    assertEquals("French", french.labels().get("en"));
    assertEquals("français", french.labels().get("fr"));
    assertEquals(List.of("iso15924:Latn"), french.relation("P282"));
    assertTrue(french.relation("P17").contains("iso3166:FR"));

    Entity latin = BY_ID.get("iso15924:Latn");
    assertEquals(EntityType.OTHER, latin.type());
    assertEquals("Latin", latin.labels().get("en"));

    assertEquals("Europe", BY_ID.get("iso3166:150").labels().get("en"));
    assertEquals("Latin America", BY_ID.get("iso3166:419").labels().get("en"));
  }

  @Test
  void shortAndVariantFormsAreAliases() {
    assertTrue(BY_ID.get("iso3166:GB").aliases().get("en").contains("UK"), BY_ID.get("iso3166:GB").aliases().toString());
    assertTrue(BY_ID.get("iso3166:US").aliases().get("en").contains("US"));
    assertTrue(BY_ID.get("iso4217:USD").aliases().get("en").contains("US dollars"), BY_ID.get("iso4217:USD").toString());
  }

  @Test
  void noSymbolsOrCodeEchoesAsNames() {
    Entity usd = BY_ID.get("iso4217:USD");
    assertFalse(usd.allNames().contains("$"));
    assertFalse(usd.allNames().contains("US$"));
    for (Entity e : ORDER) {
      String code = e.id().value().substring(e.id().value().indexOf(':') + 1);
      if (e.type() == EntityType.CURRENCY || e.type() == EntityType.LANGUAGE || e.type() == EntityType.OTHER) {
        for (String n : e.labels().values()) {
          assertFalse(n.equalsIgnoreCase(code), e.id() + " has its code as a label");
        }
      }
    }
  }

  @Test
  void regionalLocalesOnlyAddWhatDiffers() {
    Entity de = BY_ID.get("iso3166:DE");
    assertFalse(de.labels().containsKey("de-at"), "de-at repeats de: " + de.labels().get("de-at"));
    assertEquals("Deutschland", de.label("de-at"));
  }

  @Test
  void countriesOutrankSameNamedCities() {
    for (String[] pair : new String[][] {{"iso3166:SG", "tz:Asia/Singapore"}, {"iso3166:LU", "tz:Europe/Luxembourg"},
        {"iso3166:MC", "tz:Europe/Monaco"}}) {
      Entity country = BY_ID.get(pair[0]);
      Entity city = BY_ID.get(pair[1]);
      assertEquals(country.labels().get("en"), city.labels().get("en"));
      assertTrue(country.popularity() > city.popularity(), pair[0] + " " + country.popularity() + " vs " + city.popularity());
    }
    assertTrue(BY_ID.get("tz:Europe/Paris").popularity() > BY_ID.get("tz:Europe/Busingen").popularity());
    assertEquals("Arabic", BY_ID.get("iso15924:Arab").labels().get("en"));
    assertTrue(BY_ID.get("iso639:ar").popularity() > BY_ID.get("iso15924:Arab").popularity(), "language above script");
  }

  @Test
  void everyRelationTargetExistsAndIdsAreSorted() {
    for (Entity e : ORDER) {
      e.relations().forEach((p, targets) -> targets.forEach(t -> assertTrue(BY_ID.containsKey(t), e.id() + " " + p + " -> " + t)));
      assertFalse(e.labels().isEmpty(), e.id() + " has no label");
    }
    for (int i = 1; i < ORDER.size(); i++) {
      assertTrue(ORDER.get(i - 1).id().compareTo(ORDER.get(i).id()) < 0, "sorted at " + i);
    }
  }

  @Test
  void deterministic() {
    List<Entity> again = new ArrayList<>();
    new CldrStarterSource().read(again::add);
    assertEquals(ORDER, again);
  }
}
