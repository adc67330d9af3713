package io.polylink.kb.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes entities as lines of a Wikidata JSON dump, in the real dump's shape (term objects, statements with mainsnak,
 * rank, qualifiers and references, sitelinks with badges), for fixtures, round trips and throughput runs.
 */
final class DumpWriter {

  private static final JsonFactory JSON = new JsonFactory();

  /** One statement of a fake item. */
  record Statement(String property, String target, String rank, String snaktype, boolean numericOnly) {
    static Statement of(String property, String target) {
      return new Statement(property, target, "normal", "value", false);
    }
  }

  /** The dump-side description of an item. */
  record Item(
      String id,
      Map<String, String> labels,
      Map<String, List<String>> aliases,
      Map<String, String> descriptions,
      List<Statement> statements,
      List<String> sitelinks) {}

  private DumpWriter() {}

  /** The item as one dump line, without the trailing comma. */
  static String line(Item item) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("type", "item");
      g.writeStringField("id", item.id());
      g.writeObjectFieldStart("labels");
      for (var e : item.labels().entrySet()) {
        term(g, e.getKey(), e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("descriptions");
      for (var e : item.descriptions().entrySet()) {
        term(g, e.getKey(), e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("aliases");
      for (var e : item.aliases().entrySet()) {
        g.writeArrayFieldStart(e.getKey());
        for (String a : e.getValue()) {
          g.writeStartObject();
          g.writeStringField("language", e.getKey());
          g.writeStringField("value", a);
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("claims");
      String open = null;
      int n = 0;
      for (Statement s : item.statements()) {
        if (!s.property().equals(open)) {
          if (open != null) {
            g.writeEndArray();
          }
          g.writeArrayFieldStart(s.property());
          open = s.property();
        }
        statement(g, item.id(), s, n++);
      }
      if (open != null) {
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("sitelinks");
      for (String site : item.sitelinks()) {
        g.writeObjectFieldStart(site);
        g.writeStringField("site", site);
        g.writeStringField("title", "Title of " + item.id() + " on " + site);
        g.writeArrayFieldStart("badges");
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeNumberField("lastrevid", 123456789L + n);
      g.writeStringField("modified", "2024-01-01T00:00:00Z");
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void term(JsonGenerator g, String field, String language, String value) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("language", language);
    g.writeStringField("value", value);
    g.writeEndObject();
  }

  private static void statement(JsonGenerator g, String subject, Statement s, int n) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("mainsnak");
    g.writeStringField("snaktype", s.snaktype());
    g.writeStringField("property", s.property());
    if ("value".equals(s.snaktype())) {
      datavalue(g, "wikibase-entityid",
          v -> item(v, Long.parseLong(s.target().substring(1)), s.numericOnly() ? null : s.target()));
    }
    g.writeStringField("datatype", "wikibase-item");
    g.writeEndObject();
    g.writeStringField("type", "statement");
    g.writeObjectFieldStart("qualifiers");
    valueSnaks(g, "P580", "time", v -> {
      v.writeStringField("time", "+2001-01-01T00:00:00Z");
      v.writeNumberField("precision", 11);
      v.writeStringField("calendarmodel", "http://www.wikidata.org/entity/Q1985727");
    });
    g.writeEndObject();
    g.writeStringField("id", subject + "$" + n + "-ABCDEF");
    g.writeStringField("rank", s.rank());
    g.writeArrayFieldStart("references");
    g.writeStartObject();
    g.writeStringField("hash", "fa278ebfc458360e5aed63d5058cca83c46134f1");
    g.writeObjectFieldStart("snaks");
    valueSnaks(g, "P143", "wikibase-entityid", v -> item(v, 328, "Q328"));
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes the fields of a datavalue's value. */
  @FunctionalInterface
  private interface Value {
    void write(JsonGenerator g) throws IOException;
  }

  /** A snaks map's entry: {@code property} with one value snak. */
  private static void valueSnaks(JsonGenerator g, String property, String type, Value value) throws IOException {
    g.writeArrayFieldStart(property);
    g.writeStartObject();
    g.writeStringField("snaktype", "value");
    g.writeStringField("property", property);
    datavalue(g, type, value);
    g.writeEndObject();
    g.writeEndArray();
  }

  private static void datavalue(JsonGenerator g, String type, Value value) throws IOException {
    g.writeObjectFieldStart("datavalue");
    g.writeObjectFieldStart("value");
    value.write(g);
    g.writeEndObject();
    g.writeStringField("type", type);
    g.writeEndObject();
  }

  /** An item value; {@code id} null writes the numeric id alone, as old dumps do. */
  private static void item(JsonGenerator g, long numericId, String id) throws IOException {
    g.writeStringField("entity-type", "item");
    g.writeNumberField("numeric-id", numericId);
    if (id != null) {
      g.writeStringField("id", id);
    }
  }

  /** A dump file body: "[", the lines with trailing commas except the last, "]". */
  static String dump(List<String> lines) {
    StringBuilder sb = new StringBuilder("[\n");
    for (int i = 0; i < lines.size(); i++) {
      sb.append(lines.get(i)).append(i + 1 < lines.size() ? ",\n" : "\n");
    }
    return sb.append("]\n").toString();
  }
}
