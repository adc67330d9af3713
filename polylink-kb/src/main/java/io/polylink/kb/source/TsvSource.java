package io.polylink.kb.source;

import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a name list: one {@code id<TAB>name[<TAB>language[<TAB>popularity]]} line per name (UTF-8; plain, gzip or
 * bzip2), no header, blank lines ignored.
 *
 * <ul>
 *   <li>{@code id}: the entity id (non-blank, no whitespace).
 *   <li>{@code name}: a name; may be empty, which still yields the entity (without that name).
 *   <li>{@code language}: optional language code, default {@code en}; an empty column also means {@code en}.
 *   <li>{@code popularity}: optional non-negative integer, default 0.
 * </ul>
 *
 * <p>Consecutive lines with the same id are merged into one entity: its first name in a language is the label, later
 * ones aliases, and its popularity is the largest given. Lines for one id must be consecutive (sort the file by id);
 * an id that comes back after another id starts a second entity with the same id. Entities have no relations, so
 * their type is {@code OTHER}. A line without a tab, with an invalid id, language or popularity, or with more than four
 * columns is malformed.
 *
 * <p>A source may be read many times, but not from two threads at once.
 */
public final class TsvSource extends LineSource {

  private static final String DEFAULT_LANGUAGE = "en";

  // The entity being merged from consecutive lines.
  private String pendingId;
  private Map<String, String> labels;
  private Map<String, List<String>> aliases;
  private long popularity;

  /** A source reading {@code path}, reacting to malformed lines per {@code onError}, warnings to {@code warnings}. */
  public TsvSource(Path path, ErrorPolicy onError, Consumer<String> warnings) {
    super(path, onError, warnings);
  }

  /** A source that stops at the first malformed line. */
  public TsvSource(Path path) {
    this(path, ErrorPolicy.STOP, null);
  }

  @Override
  void start() {
    pendingId = null;
  }

  @Override
  void parseLine(LineReader line, Consumer<Entity> sink, Counts counts) throws IOException, MalformedRecordException {
    if (line.isBlank()) {
      return;
    }
    String text = line.text();
    String[] cols = text.split("\t", -1);
    if (cols.length < 2) {
      throw new MalformedRecordException("expected id<TAB>name[<TAB>language[<TAB>popularity]], found no tab");
    }
    if (cols.length > 4) {
      throw new MalformedRecordException("expected at most 4 tab-separated columns, found " + cols.length);
    }
    String id = cols[0];
    try {
      EntityId.of(id);
    } catch (IllegalArgumentException e) {
      throw new MalformedRecordException("invalid id: " + e.getMessage());
    }
    String language = DEFAULT_LANGUAGE;
    if (cols.length > 2 && !cols[2].isEmpty()) {
      try {
        language = Language.of(cols[2]).code();
      } catch (IllegalArgumentException e) {
        throw new MalformedRecordException("invalid language in column 3: " + e.getMessage());
      }
    }
    long pop = 0;
    if (cols.length > 3 && !cols[3].isEmpty()) {
      try {
        pop = Long.parseLong(cols[3]);
      } catch (NumberFormatException e) {
        pop = -1;
      }
      if (pop < 0) {
        throw new MalformedRecordException("popularity in column 4 must be a non-negative integer, got '" + cols[3] + "'");
      }
    }
    if (!id.equals(pendingId)) {
      flush(sink, counts);
      pendingId = id;
      labels = new LinkedHashMap<>();
      aliases = new LinkedHashMap<>();
      popularity = 0;
    }
    popularity = Math.max(popularity, pop);
    String name = cols[1].strip();
    if (name.isEmpty()) {
      return;
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

  @Override
  void finish(Consumer<Entity> sink, Counts counts) {
    flush(sink, counts);
  }

  private void flush(Consumer<Entity> sink, Counts counts) {
    if (pendingId == null) {
      return;
    }
    Entity e = new Entity(EntityId.of(pendingId), labels, aliases, Map.of(), Map.of(), popularity,
        TypeMapper.typeOf(Map.of()));
    pendingId = null;
    counts.entities++;
    sink.accept(e);
  }
}
