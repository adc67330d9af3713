package io.polylink.kb.source;

import io.polylink.model.Entity;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * A stream of KB entities read from somewhere (a Wikidata dump, a JSONL or TSV file, CLDR data, ...). The KB builder
 * pulls every entity through {@link #read(Consumer)} once; implementations stream in bounded memory.
 */
public interface EntitySource {

  /** A short name for summaries and errors, e.g. the file name. */
  String name();

  /**
   * Reads every entity and hands it to {@code sink}, in source order.
   *
   * @return counts of what was read and skipped
   * @throws SourceException for malformed input that the {@link ErrorPolicy} says to stop on; names file and line
   * @throws IOException when the input cannot be read
   */
  SourceStats read(Consumer<Entity> sink) throws IOException;

  /** The entities of a list, in list order: a KB built in memory, by a program or a test. */
  static EntitySource of(String name, List<Entity> entities) {
    List<Entity> copy = List.copyOf(entities);
    return new EntitySource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public SourceStats read(Consumer<Entity> sink) {
        copy.forEach(sink);
        return new SourceStats(copy.size(), java.util.Map.of(), 0, copy.size());
      }
    };
  }
}
