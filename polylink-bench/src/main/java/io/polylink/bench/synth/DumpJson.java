package io.polylink.bench.synth;

import com.fasterxml.jackson.core.JsonGenerator;
import io.polylink.bench.synth.Statement.Snak;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/** Writes entities in the field layout of the Wikidata JSON dumps ({@code latest-all.json}). */
final class DumpJson {
  private static final String CALENDAR = "http://www.wikidata.org/entity/Q1985727";
  private static final String EARTH = "http://www.wikidata.org/entity/Q2";
  private static final String[] PROPERTY_TYPES = {"external-id", "wikibase-item", "string", "quantity", "time", "url"};
  private static final String[] LEXEME_CATEGORIES = {"Q1084", "Q24905", "Q34698"};
  private static final String[] LEXEME_LANGUAGES = {"Q1860", "Q188", "Q150", "Q1321"};

  private DumpJson() {}

  static void writeItem(JsonGenerator g, Item item) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "item");
    g.writeStringField("id", item.id());
    terms(g, "labels", item.labels());
    terms(g, "descriptions", item.descriptions());
    g.writeObjectFieldStart("aliases");
    for (Map.Entry<String, List<String>> e : item.aliases().entrySet()) {
      g.writeArrayFieldStart(e.getKey());
      for (String a : e.getValue()) {
        term(g, e.getKey(), a);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    claims(g, item.statements());
    g.writeObjectFieldStart("sitelinks");
    for (Map.Entry<String, String> e : item.sitelinks().entrySet()) {
      g.writeObjectFieldStart(e.getKey());
      g.writeStringField("site", e.getKey());
      g.writeStringField("title", e.getValue());
      g.writeArrayFieldStart("badges");
      if (item.badged().contains(e.getKey())) {
        g.writeString("Q17437796");
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeNumberField("lastrevid", item.lastrevid());
    g.writeNumberField("pageid", item.pageid());
    g.writeNumberField("ns", 0);
    g.writeStringField("title", item.id());
    g.writeStringField("modified", item.modified());
    g.writeEndObject();
  }

  /** A property entity, as dumps have a few thousand of them among the items. */
  static void writeProperty(JsonGenerator g, String id, SplittableRandom r, CoreName name) throws IOException {
    String datatype = PROPERTY_TYPES[r.nextInt(PROPERTY_TYPES.length)];
    String en = NameForge.render(name, Lang.EN).toLowerCase(Locale.ROOT) + " ID";
    g.writeStartObject();
    g.writeStringField("type", "property");
    g.writeStringField("datatype", datatype);
    g.writeStringField("id", id);
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("en", en);
    labels.put("de", NameForge.render(name, Lang.DE) + "-Kennung");
    labels.put("ru", "идентификатор " + NameForge.render(name, Lang.RU));
    terms(g, "labels", labels);
    terms(g, "descriptions", Map.of("en", "identifier for an entry in the " + NameForge.render(name, Lang.EN) + " database"));
    g.writeObjectFieldStart("aliases");
    g.writeEndObject();
    List<Statement> claims = new ArrayList<>();
    claims.add(new Statement("P31", "value", new Value.ItemRef("Q19847637"), "wikibase-item", "normal", id + "$"
        + Long.toHexString(r.nextLong()), List.of(), List.of()));
    claims(g, claims);
    g.writeNumberField("lastrevid", 2_000_000_000L + r.nextInt(300_000_000));
    g.writeNumberField("pageid", 1_000_000 + r.nextInt(1_000_000));
    g.writeNumberField("ns", 120);
    g.writeStringField("title", "Property:" + id);
    g.writeStringField("modified", "2024-06-01T12:00:00Z");
    g.writeEndObject();
  }

  /** A lexeme: lemmas, forms and senses instead of labels; entity parsers must skip it. */
  static void writeLexeme(JsonGenerator g, String id, SplittableRandom r, CoreName name) throws IOException {
    String lemma = NameForge.render(name, Lang.EN).split(" ")[0].toLowerCase(Locale.ROOT);
    g.writeStartObject();
    g.writeStringField("type", "lexeme");
    g.writeStringField("id", id);
    terms(g, "lemmas", Map.of("en", lemma));
    g.writeStringField("lexicalCategory", LEXEME_CATEGORIES[r.nextInt(LEXEME_CATEGORIES.length)]);
    g.writeStringField("language", LEXEME_LANGUAGES[r.nextInt(LEXEME_LANGUAGES.length)]);
    g.writeObjectFieldStart("claims");
    g.writeEndObject();
    g.writeArrayFieldStart("forms");
    g.writeStartObject();
    g.writeStringField("id", id + "-F1");
    terms(g, "representations", Map.of("en", lemma + "s"));
    g.writeArrayFieldStart("grammaticalFeatures");
    g.writeString("Q146786");
    g.writeEndArray();
    g.writeObjectFieldStart("claims");
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeArrayFieldStart("senses");
    g.writeStartObject();
    g.writeStringField("id", id + "-S1");
    terms(g, "glosses", Map.of("en", "a kind of " + Vocabulary.pick(r, Vocabulary.TITLE_NOUNS).toLowerCase(Locale.ROOT)));
    g.writeObjectFieldStart("claims");
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeNumberField("lastrevid", 2_000_000_000L + r.nextInt(300_000_000));
    g.writeNumberField("pageid", 50_000_000 + r.nextInt(1_000_000));
    g.writeNumberField("ns", 146);
    g.writeStringField("title", "Lexeme:" + id);
    g.writeStringField("modified", "2024-03-15T08:30:00Z");
    g.writeEndObject();
  }

  private static void terms(JsonGenerator g, String field, Map<String, String> terms) throws IOException {
    g.writeObjectFieldStart(field);
    for (Map.Entry<String, String> e : terms.entrySet()) {
      g.writeFieldName(e.getKey());
      term(g, e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void term(JsonGenerator g, String language, String value) throws IOException {
    g.writeStartObject();
    g.writeStringField("language", language);
    g.writeStringField("value", value);
    g.writeEndObject();
  }

  private static void claims(JsonGenerator g, List<Statement> statements) throws IOException {
    Map<String, List<Statement>> byProperty = new LinkedHashMap<>();
    for (Statement s : statements) {
      byProperty.computeIfAbsent(s.property(), p -> new ArrayList<>(2)).add(s);
    }
    g.writeObjectFieldStart("claims");
    for (Map.Entry<String, List<Statement>> e : byProperty.entrySet()) {
      g.writeArrayFieldStart(e.getKey());
      for (Statement s : e.getValue()) {
        statement(g, s);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void statement(JsonGenerator g, Statement s) throws IOException {
    g.writeStartObject();
    g.writeFieldName("mainsnak");
    snak(g, s.property(), s.snaktype(), s.value(), s.datatype(), null);
    g.writeStringField("type", "statement");
    if (!s.qualifiers().isEmpty()) {
      g.writeObjectFieldStart("qualifiers");
      for (Snak q : s.qualifiers()) {
        g.writeArrayFieldStart(q.property());
        snak(g, q.property(), "value", q.value(), q.value().datatype(), hash(s.guid() + q.property()));
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeArrayFieldStart("qualifiers-order");
      for (Snak q : s.qualifiers()) {
        g.writeString(q.property());
      }
      g.writeEndArray();
    }
    g.writeStringField("id", s.guid());
    g.writeStringField("rank", s.rank());
    if (!s.references().isEmpty()) {
      g.writeArrayFieldStart("references");
      for (List<Snak> ref : s.references()) {
        g.writeStartObject();
        g.writeStringField("hash", hash(ref.toString()));
        g.writeObjectFieldStart("snaks");
        for (Snak sn : ref) {
          g.writeArrayFieldStart(sn.property());
          snak(g, sn.property(), "value", sn.value(), sn.value().datatype(), null);
          g.writeEndArray();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("snaks-order");
        for (Snak sn : ref) {
          g.writeString(sn.property());
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void snak(JsonGenerator g, String property, String snaktype, Value value, String datatype, String hash)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("snaktype", snaktype);
    g.writeStringField("property", property);
    if (hash != null) {
      g.writeStringField("hash", hash);
    }
    if (value != null) {
      g.writeObjectFieldStart("datavalue");
      writeValue(g, value);
      g.writeEndObject();
    }
    g.writeStringField("datatype", datatype);
    g.writeEndObject();
  }

  private static void writeValue(JsonGenerator g, Value value) throws IOException {
    switch (value) {
      case Value.ItemRef ref -> {
        g.writeObjectFieldStart("value");
        g.writeStringField("entity-type", "item");
        g.writeNumberField("numeric-id", Long.parseLong(ref.id().substring(1)));
        g.writeStringField("id", ref.id());
        g.writeEndObject();
        g.writeStringField("type", "wikibase-entityid");
      }
      case Value.Time t -> {
        g.writeObjectFieldStart("value");
        g.writeStringField("time", t.time());
        g.writeNumberField("timezone", 0);
        g.writeNumberField("before", 0);
        g.writeNumberField("after", 0);
        g.writeNumberField("precision", t.precision());
        g.writeStringField("calendarmodel", CALENDAR);
        g.writeEndObject();
        g.writeStringField("type", "time");
      }
      case Value.Quantity q -> {
        g.writeObjectFieldStart("value");
        g.writeStringField("amount", q.amount());
        g.writeStringField("unit", q.unit());
        g.writeEndObject();
        g.writeStringField("type", "quantity");
      }
      case Value.Text s -> {
        g.writeStringField("value", s.text());
        g.writeStringField("type", "string");
      }
      case Value.Monolingual m -> {
        g.writeObjectFieldStart("value");
        g.writeStringField("text", m.text());
        g.writeStringField("language", m.language());
        g.writeEndObject();
        g.writeStringField("type", "monolingualtext");
      }
      case Value.Coordinate c -> {
        g.writeObjectFieldStart("value");
        g.writeNumberField("latitude", c.latitude());
        g.writeNumberField("longitude", c.longitude());
        g.writeNullField("altitude");
        g.writeNumberField("precision", 0.0001);
        g.writeStringField("globe", EARTH);
        g.writeEndObject();
        g.writeStringField("type", "globecoordinate");
      }
    }
  }

  /** A 40-hex-digit stand-in for Wikibase's SHA-1 snak hashes, stable for the same input. */
  private static String hash(String s) {
    long h1 = EntityPlan.mix(s.hashCode() * 0x9E3779B97F4A7C15L);
    long h2 = EntityPlan.mix(h1 ^ s.length());
    long h3 = EntityPlan.mix(h2);
    return String.format(Locale.ROOT, "%016x%016x%08x", h1, h2, (int) h3);
  }
}
