package io.polylink.kb.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import io.polylink.model.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads Polylink's own entity format: one JSON object per line (UTF-8; plain, gzip or bzip2), blank lines ignored.
 *
 * <pre>{@code
 * {"id":"kb:acme-1","names":{"en":["Acme","Acme Corp"],"de":["Acme GmbH"]},"descriptions":{"en":"maker of anvils"},
 *  "types":["Q43229"],"relations":{"P17":["Q183"]},"popularity":12,"type":"ORG"}
 * }</pre>
 *
 * <ul>
 *   <li>{@code id} (string, required): the entity id, non-blank, no whitespace; Wikidata ids ({@code Q42}) or
 *       namespaced ones ({@code kb:acme-1}).
 *   <li>{@code names} (object, optional): language code to a list of names (a single string is read as a list of one);
 *       the first name of a language is its label, the others its aliases. Names must not be blank.
 *   <li>{@code descriptions} (object, optional): language code to one string.
 *   <li>{@code types} (list of strings, optional): class ids, stored as the entity's {@code P31} relation ahead of any
 *       {@code relations.P31}.
 *   <li>{@code relations} (object, optional): property id to a list of target ids.
 *   <li>{@code popularity} (non-negative integer, optional, default 0): the prior, e.g. a link count.
 *   <li>{@code type} (string, optional): the coarse type, a code ({@code PER LOC ORG LANG CUR WORK EVENT MISC}) or
 *       name ({@code PERSON}, ...); when absent it is derived from {@code types} and {@code relations} by
 *       {@link TypeMapper}.
 * </ul>
 *
 * <p>{@code null} values count as absent. Other fields are ignored with one warning per field name. Language codes
 * are lower-cased ({@code en_GB} becomes {@code en-gb}). A line that breaks these rules is malformed: under
 * {@link ErrorPolicy#STOP} reading fails with a {@link SourceException} naming file, line and field; under
 * {@link ErrorPolicy#SKIP} the line is reported and skipped. The same schema is described in {@code SOURCES.md}.
 *
 * <p>A source may be read many times, but not from two threads at once.
 */
public final class JsonlSource extends LineSource {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final Set<String> warnedFields = new HashSet<>();

  /** A source reading {@code path}, reacting to malformed lines per {@code onError}, warnings to {@code warnings}. */
  public JsonlSource(Path path, ErrorPolicy onError, Consumer<String> warnings) {
    super(path, onError, warnings);
  }

  /** A source that stops at the first malformed line. */
  public JsonlSource(Path path) {
    this(path, ErrorPolicy.STOP, null);
  }

  @Override
  void start() {
    warnedFields.clear();
  }

  @Override
  void parseLine(LineReader line, Consumer<Entity> sink, Counts counts) throws IOException, MalformedRecordException {
    if (line.isBlank()) {
      return;
    }
    Entity entity;
    try (JsonParser p = JSON.createParser(line.buffer(), line.start(), line.length())) {
      entity = parse(p, line.lineNumber());
    } catch (JsonProcessingException e) {
      throw new MalformedRecordException("invalid JSON: " + JsonErrors.plain(e)
          + " (column " + e.getLocation().getColumnNr() + ")", e);
    }
    counts.entities++;
    sink.accept(entity);
  }

  private Entity parse(JsonParser p, long lineNumber) throws IOException, MalformedRecordException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new MalformedRecordException("expected a JSON object per line");
    }
    EntityId id = null;
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    Map<String, String> descriptions = new LinkedHashMap<>();
    List<String> types = List.of();
    Map<String, List<String>> relations = new LinkedHashMap<>();
    long popularity = 0;
    EntityType type = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      if (v == JsonToken.VALUE_NULL) {
        continue;
      }
      switch (field) {
        case "id" -> {
          String s = string(p, v, "id");
          try {
            id = EntityId.of(s);
          } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("invalid \"id\": " + e.getMessage());
          }
        }
        case "names" -> names(p, v, labels, aliases);
        case "descriptions" -> {
          expect(v, JsonToken.START_OBJECT, "descriptions", "an object of language code to string");
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String language = language(p.currentName(), "descriptions");
            String d = string(p, p.nextToken(), "descriptions." + language);
            descriptions.put(language, d);
          }
        }
        case "types" -> types = ids(p, v, "types");
        case "relations" -> {
          expect(v, JsonToken.START_OBJECT, "relations", "an object of property id to a list of ids");
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String property = p.currentName();
            if (property.isBlank()) {
              throw new MalformedRecordException("\"relations\" has a blank property id");
            }
            relations.put(property, ids(p, p.nextToken(), "relations." + property));
          }
        }
        case "popularity" -> {
          if (v != JsonToken.VALUE_NUMBER_INT) {
            throw new MalformedRecordException("\"popularity\" must be a non-negative integer, got " + describe(p, v));
          }
          popularity = p.getLongValue();
          if (popularity < 0) {
            throw new MalformedRecordException("\"popularity\" must be >= 0, got " + popularity);
          }
        }
        case "type" -> {
          String s = string(p, v, "type");
          try {
            type = EntityType.parse(s);
          } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("invalid \"type\": " + e.getMessage());
          }
        }
        default -> {
          if (warnedFields.add(field)) {
            warnings.accept(file + ":" + lineNumber + ": unknown field \"" + field + "\" ignored (reported once)");
          }
          p.skipChildren();
        }
      }
    }
    if (p.nextToken() != null) {
      throw new MalformedRecordException("unexpected content after the JSON object");
    }
    if (id == null) {
      throw new MalformedRecordException("missing \"id\"");
    }
    if (!types.isEmpty()) {
      List<String> p31 = new ArrayList<>(types);
      for (String c : relations.getOrDefault("P31", List.of())) {
        if (!p31.contains(c)) {
          p31.add(c);
        }
      }
      relations.put("P31", p31);
    }
    if (type == null) {
      type = TypeMapper.typeOf(relations);
    }
    return new Entity(id, labels, aliases, descriptions, relations, popularity, type);
  }

  private void names(JsonParser p, JsonToken v, Map<String, String> labels, Map<String, List<String>> aliases)
      throws IOException, MalformedRecordException {
    expect(v, JsonToken.START_OBJECT, "names", "an object of language code to a list of names");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String language = language(p.currentName(), "names");
      JsonToken t = p.nextToken();
      List<String> names = t == JsonToken.VALUE_STRING ? List.of(p.getText()) : strings(p, t, "names." + language);
      for (String name : names) {
        if (name.isBlank()) {
          throw new MalformedRecordException("\"names." + language + "\" has a blank name");
        }
        String label = labels.get(language);
        if (label == null) {
          labels.put(language, name);
        } else if (!label.equals(name)) {
          List<String> list = aliases.computeIfAbsent(language, k -> new ArrayList<>());
          if (!list.contains(name)) {
            list.add(name);
          }
        }
      }
    }
  }

  private static String language(String code, String field) throws MalformedRecordException {
    try {
      return Language.of(code).code();
    } catch (IllegalArgumentException e) {
      throw new MalformedRecordException("\"" + field + "\" has an invalid language code: " + e.getMessage());
    }
  }

  private static List<String> strings(JsonParser p, JsonToken v, String field)
      throws IOException, MalformedRecordException {
    expect(v, JsonToken.START_ARRAY, field, "a list of strings");
    List<String> out = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      out.add(string(p, t, field + "[" + out.size() + "]"));
    }
    return out;
  }

  /** A list of strings that must each be a valid {@link EntityId}. */
  private static List<String> ids(JsonParser p, JsonToken v, String field) throws IOException, MalformedRecordException {
    List<String> ids = strings(p, v, field);
    for (int i = 0; i < ids.size(); i++) {
      try {
        EntityId.of(ids.get(i));
      } catch (IllegalArgumentException e) {
        throw new MalformedRecordException("invalid id in \"" + field + "[" + i + "]\": " + e.getMessage());
      }
    }
    return ids;
  }

  private static void expect(JsonToken actual, JsonToken expected, String field, String what)
      throws MalformedRecordException {
    if (actual != expected) {
      throw new MalformedRecordException("\"" + field + "\" must be " + what + ", got "
          + (actual == null ? "end of input" : actual.name().toLowerCase(Locale.ROOT)));
    }
  }

  private static String string(JsonParser p, JsonToken v, String field) throws IOException, MalformedRecordException {
    if (v != JsonToken.VALUE_STRING) {
      throw new MalformedRecordException("\"" + field + "\" must be a string, got " + describe(p, v));
    }
    return p.getText();
  }

  private static String describe(JsonParser p, JsonToken v) throws IOException {
    if (v == null) {
      return "end of input";
    }
    return switch (v) {
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> p.getText();
      default -> v.name().toLowerCase(Locale.ROOT);
    };
  }
}
