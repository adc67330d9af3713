package io.polylink.kb.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a Wikidata JSON dump ({@code latest-all.json.bz2} and the like; plain, gzip or bzip2, detected from the magic
 * bytes): a JSON array with one entity per line, each line ending in a comma. A file of one entity per line without the
 * enclosing brackets is read too.
 *
 * <p>Only items become entities. For each item it keeps the id, labels, aliases and descriptions (in every language,
 * or in {@link Options#languages()} and their regional variants), the item-valued targets of
 * {@link Options#properties()} from statements that are not deprecated and have a value (not {@code novalue} or
 * {@code somevalue}), the number of sitelinks as popularity, and the coarse type from {@link TypeMapper}. Properties,
 * lexemes, media-info entities and redirects are counted in {@link SourceStats#skipped()} by kind.
 *
 * <p>Lines are parsed one at a time with Jackson's streaming parser, skipping the subtrees that are not kept, so memory
 * is bounded by the longest line. Old-dump quirks are accepted: {@code "labels":[]} and {@code "claims":[]} (empty
 * arrays for empty objects), missing fields, numeric-only entity ids in values.
 *
 * <p>A source may be read many times, but not from two threads at once.
 */
public final class WikidataDumpSource extends LineSource {

  /** Properties kept as relations when none are configured. */
  public static final Set<String> DEFAULT_PROPERTIES = Set.of(
      "P31", "P279", "P106", "P17", "P131", "P27", "P361", "P463", "P108", "P159", "P495",
      "P30", "P36", "P150", "P527", "P1376");

  // One factory for every line: it owns the field-name symbol table that makes repeated keys cheap.
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /**
   * What to keep and how to react to bad lines.
   *
   * @param languages language codes to keep names and descriptions in; empty keeps every language. A code also keeps
   *     its regional and script variants ({@code zh} keeps {@code zh-hans}).
   * @param properties property ids whose item-valued targets become relations
   * @param onError what to do with a malformed line
   * @param warnings receives {@code file:line: reason} for each line skipped under {@link ErrorPolicy#SKIP}
   */
  public record Options(Set<String> languages, Set<String> properties, ErrorPolicy onError, Consumer<String> warnings) {

    public Options {
      Set<String> langs = new LinkedHashSet<>();
      if (languages != null) {
        for (String l : languages) {
          langs.add(Language.of(l).code());
        }
      }
      languages = Set.copyOf(langs);
      if (properties == null) {
        properties = DEFAULT_PROPERTIES;
      }
      for (String p : properties) {
        if (p == null || !p.matches("P[1-9][0-9]*")) {
          throw new IllegalArgumentException("property ids must look like P31, got '" + p + "'");
        }
      }
      properties = Set.copyOf(properties);
      if (onError == null) {
        onError = ErrorPolicy.STOP;
      }
      if (warnings == null) {
        warnings = w -> {};
      }
    }

    /** Every language, {@link #DEFAULT_PROPERTIES}, stop on the first malformed line, no warnings. */
    public static Options defaults() {
      return new Options(Set.of(), DEFAULT_PROPERTIES, ErrorPolicy.STOP, null);
    }

    /** A copy keeping only these languages (empty: all). */
    public Options withLanguages(Set<String> languages) {
      return new Options(languages, properties, onError, warnings);
    }

    /** A copy keeping these properties as relations. */
    public Options withProperties(Set<String> properties) {
      return new Options(languages, properties, onError, warnings);
    }

    /** A copy with another error policy. */
    public Options withOnError(ErrorPolicy onError) {
      return new Options(languages, properties, onError, warnings);
    }

    /** A copy reporting skipped lines to {@code warnings}. */
    public Options withWarnings(Consumer<String> warnings) {
      return new Options(languages, properties, onError, warnings);
    }

    /** True when names in {@code code} are kept: all languages, the code itself, or its primary subtag. */
    public boolean keepsLanguage(String code) {
      if (languages.isEmpty() || languages.contains(code)) {
        return true;
      }
      int dash = code.indexOf('-');
      return dash > 0 && languages.contains(code.substring(0, dash));
    }
  }

  private final Options options;
  // Language decisions by code; dumps have a few hundred codes, so this stays small.
  private final Map<String, Boolean> keepLanguage = new HashMap<>();

  /** A source reading {@code path} with {@code options}. */
  public WikidataDumpSource(Path path, Options options) {
    super(path, (options == null ? Options.defaults() : options).onError(),
        (options == null ? Options.defaults() : options).warnings());
    this.options = options == null ? Options.defaults() : options;
  }

  /** A reader of one part of {@code path}, named {@code label} in messages ({@link MultistreamWikidataSource}). */
  WikidataDumpSource(Path path, String label, Options options) {
    super(path, label, options.onError(), options.warnings());
    this.options = options;
  }

  /** A source reading {@code path} with {@link Options#defaults()}. */
  public WikidataDumpSource(Path path) {
    this(path, Options.defaults());
  }

  /** The options this source reads with. */
  public Options options() {
    return options;
  }

  @Override
  void parseLine(LineReader line, Consumer<Entity> sink, Counts counts) throws IOException, MalformedRecordException {
    byte[] b = line.buffer();
    int from = line.start();
    int to = from + line.length();
    while (from < to && isSpace(b[from])) {
      from++;
    }
    while (to > from && isSpace(b[to - 1])) {
      to--;
    }
    if (to > from && b[to - 1] == ',') {
      to--;
      while (to > from && isSpace(b[to - 1])) {
        to--;
      }
    }
    if (to == from) {
      return; // blank line
    }
    if (to - from <= 2 && (b[from] == '[' || b[from] == ']') && (to - from == 1 || b[from + 1] == ']')) {
      return; // "[", "]" or "[]" around the entities
    }
    Object result;
    try (JsonParser p = JSON.createParser(b, from, to - from)) {
      result = parseEntity(p);
    } catch (JsonProcessingException e) {
      throw new MalformedRecordException("invalid JSON: " + JsonErrors.plain(e)
          + " (column " + e.getLocation().getColumnNr() + ")", e);
    }
    if (result instanceof Entity entity) {
      counts.entities++;
      sink.accept(entity);
    } else {
      counts.skip((String) result);
    }
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\r';
  }

  /** Parses one entity object; returns the {@link Entity}, or the kind of entity skipped. */
  private Object parseEntity(JsonParser p) throws IOException, MalformedRecordException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new MalformedRecordException("expected an entity object");
    }
    String id = null;
    String type = null;
    Map<String, String> labels = null;
    Map<String, String> descriptions = null;
    Map<String, List<String>> aliases = null;
    Map<String, List<String>> relations = null;
    long sitelinks = 0;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      switch (field) {
        case "id" -> id = string(p, v, "id");
        case "type" -> {
          type = string(p, v, "type");
          if (!"item".equals(type)) {
            return skipKind(type);
          }
        }
        case "redirect" -> {
          return "redirect";
        }
        case "labels" -> labels = terms(p, v, "labels");
        case "descriptions" -> descriptions = terms(p, v, "descriptions");
        case "aliases" -> aliases = aliases(p, v);
        case "claims" -> relations = claims(p, v);
        case "sitelinks" -> sitelinks = sitelinks(p, v);
        default -> p.skipChildren();
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new MalformedRecordException("entity object is not closed");
    }
    if (p.nextToken() != null) {
      throw new MalformedRecordException("unexpected content after the entity object");
    }
    if (id == null) {
      throw new MalformedRecordException("entity has no \"id\"");
    }
    if (type == null) {
      String kind = kindFromId(id);
      if (kind != null) {
        return kind;
      }
    }
    EntityId entityId;
    try {
      entityId = EntityId.of(id);
    } catch (IllegalArgumentException e) {
      throw new MalformedRecordException(e.getMessage());
    }
    Map<String, List<String>> rel = relations == null ? Map.of() : relations;
    return new Entity(entityId, labels, aliases, descriptions, rel, sitelinks, TypeMapper.typeOf(rel));
  }

  private static String skipKind(String type) {
    return switch (type) {
      case "property", "lexeme", "mediainfo" -> type;
      default -> "other";
    };
  }

  /** For entities without a "type": the skipped kind their id implies, or null for an item. */
  private static String kindFromId(String id) {
    char c = id.isEmpty() ? 0 : id.charAt(0);
    return switch (c) {
      case 'Q' -> null;
      case 'P' -> "property";
      case 'L' -> "lexeme";
      case 'M' -> "mediainfo";
      default -> "other";
    };
  }

  private static String string(JsonParser p, JsonToken v, String what) throws IOException, MalformedRecordException {
    if (v != JsonToken.VALUE_STRING) {
      throw new MalformedRecordException("\"" + what + "\" must be a string, got " + describe(v));
    }
    return p.getText();
  }

  private static String describe(JsonToken t) {
    return t == null ? "end of input" : t.name().toLowerCase(Locale.ROOT);
  }

  private boolean keeps(String language) {
    if (options.languages().isEmpty()) {
      return true;
    }
    Boolean keep = keepLanguage.get(language);
    if (keep == null) {
      keep = options.keepsLanguage(language);
      keepLanguage.put(language, keep);
    }
    return keep;
  }

  /** {@code {"en":{"language":"en","value":"..."}, ...}}; an empty array stands for an empty object in old dumps. */
  private Map<String, String> terms(JsonParser p, JsonToken v, String what) throws IOException, MalformedRecordException {
    if (v == JsonToken.START_ARRAY || v == JsonToken.VALUE_NULL) {
      p.skipChildren();
      return null;
    }
    if (v != JsonToken.START_OBJECT) {
      throw new MalformedRecordException("\"" + what + "\" must be an object, got " + describe(v));
    }
    Map<String, String> out = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String language = p.currentName();
      JsonToken term = p.nextToken();
      if (term != JsonToken.START_OBJECT || !keeps(language)) {
        p.skipChildren();
        continue;
      }
      String value = termValue(p);
      if (value != null) {
        if (out == null) {
          out = new LinkedHashMap<>();
        }
        out.put(language, value);
      }
    }
    return out;
  }

  /** The "value" of a term object; the parser is on its START_OBJECT and ends on its END_OBJECT. */
  private static String termValue(JsonParser p) throws IOException {
    String value = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      JsonToken t = p.nextToken();
      if (t == JsonToken.VALUE_STRING && "value".equals(f)) {
        value = p.getText();
      } else {
        p.skipChildren();
      }
    }
    return value;
  }

  /** {@code {"en":[{"language":"en","value":"..."}, ...], ...}}. */
  private Map<String, List<String>> aliases(JsonParser p, JsonToken v) throws IOException, MalformedRecordException {
    if (v == JsonToken.START_ARRAY || v == JsonToken.VALUE_NULL) {
      p.skipChildren();
      return null;
    }
    if (v != JsonToken.START_OBJECT) {
      throw new MalformedRecordException("\"aliases\" must be an object, got " + describe(v));
    }
    Map<String, List<String>> out = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String language = p.currentName();
      JsonToken list = p.nextToken();
      if (!keeps(language) || (list != JsonToken.START_ARRAY && list != JsonToken.START_OBJECT)) {
        p.skipChildren();
        continue;
      }
      // Very old dumps keyed alias lists by position ({"0":{...}}) instead of using an array.
      boolean keyed = list == JsonToken.START_OBJECT;
      List<String> names = new ArrayList<>(4);
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != JsonToken.END_OBJECT) {
        if (t == null) {
          throw new MalformedRecordException("aliases of " + language + " are not closed");
        }
        if (keyed) {
          t = p.nextToken(); // past the positional key
        }
        if (t == JsonToken.START_OBJECT) {
          String value = termValue(p);
          if (value != null) {
            names.add(value);
          }
        } else {
          p.skipChildren();
        }
      }
      if (!names.isEmpty()) {
        if (out == null) {
          out = new LinkedHashMap<>();
        }
        out.put(language, names);
      }
    }
    return out;
  }

  /** Number of fields of the sitelinks object. */
  private static long sitelinks(JsonParser p, JsonToken v) throws IOException, MalformedRecordException {
    if (v == JsonToken.START_ARRAY || v == JsonToken.VALUE_NULL) {
      p.skipChildren();
      return 0;
    }
    if (v != JsonToken.START_OBJECT) {
      throw new MalformedRecordException("\"sitelinks\" must be an object, got " + describe(v));
    }
    long n = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      p.nextToken();
      p.skipChildren();
      n++;
    }
    return n;
  }

  /** {@code {"P31":[statement, ...], ...}}: item targets of the kept properties. */
  private Map<String, List<String>> claims(JsonParser p, JsonToken v) throws IOException, MalformedRecordException {
    if (v == JsonToken.START_ARRAY || v == JsonToken.VALUE_NULL) {
      p.skipChildren();
      return null;
    }
    if (v != JsonToken.START_OBJECT) {
      throw new MalformedRecordException("\"claims\" must be an object, got " + describe(v));
    }
    Set<String> wanted = options.properties();
    Map<String, List<String>> out = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String property = p.currentName();
      JsonToken list = p.nextToken();
      if (list != JsonToken.START_ARRAY || !wanted.contains(property)) {
        p.skipChildren();
        continue;
      }
      List<String> targets = null;
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new MalformedRecordException("statements of " + property + " are not closed");
        }
        String target = t == JsonToken.START_OBJECT ? statement(p) : skip(p);
        if (target != null) {
          if (targets == null) {
            targets = new ArrayList<>(2);
          }
          if (!targets.contains(target)) {
            targets.add(target);
          }
        }
      }
      if (targets != null) {
        if (out == null) {
          out = new LinkedHashMap<>();
        }
        out.put(property, targets);
      }
    }
    return out;
  }

  private static String skip(JsonParser p) throws IOException {
    p.skipChildren();
    return null;
  }

  /** The item target of a statement, or null when it is deprecated, has no value, or is not item-valued. */
  private static String statement(JsonParser p) throws IOException {
    String target = null;
    boolean deprecated = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      JsonToken t = p.nextToken();
      if ("mainsnak".equals(f) && t == JsonToken.START_OBJECT) {
        target = snak(p);
      } else if ("rank".equals(f) && t == JsonToken.VALUE_STRING) {
        deprecated = "deprecated".equals(p.getText());
      } else {
        p.skipChildren();
      }
    }
    return deprecated ? null : target;
  }

  private static String snak(JsonParser p) throws IOException {
    String target = null;
    boolean hasValue = true;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      JsonToken t = p.nextToken();
      if ("datavalue".equals(f) && t == JsonToken.START_OBJECT) {
        target = datavalue(p);
      } else if ("snaktype".equals(f) && t == JsonToken.VALUE_STRING) {
        hasValue = "value".equals(p.getText());
      } else {
        p.skipChildren();
      }
    }
    return hasValue ? target : null;
  }

  private static String datavalue(JsonParser p) throws IOException {
    String type = null;
    String id = null;
    String entityType = null;
    long numeric = -1;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      JsonToken t = p.nextToken();
      if ("type".equals(f) && t == JsonToken.VALUE_STRING) {
        type = p.getText();
      } else if ("value".equals(f) && t == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String g = p.currentName();
          JsonToken u = p.nextToken();
          if ("id".equals(g) && u == JsonToken.VALUE_STRING) {
            id = p.getText();
          } else if ("numeric-id".equals(g) && u == JsonToken.VALUE_NUMBER_INT) {
            numeric = p.getLongValue();
          } else if ("entity-type".equals(g) && u == JsonToken.VALUE_STRING) {
            entityType = p.getText();
          } else {
            p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
    }
    if (type != null && !"wikibase-entityid".equals(type)) {
      return null;
    }
    if (id != null) {
      return id;
    }
    if (numeric < 0) {
      return null;
    }
    String prefix = entityType == null ? "Q" : switch (entityType) {
      case "item" -> "Q";
      case "property" -> "P";
      case "lexeme" -> "L";
      default -> null;
    };
    return prefix == null ? null : prefix + numeric;
  }
}
