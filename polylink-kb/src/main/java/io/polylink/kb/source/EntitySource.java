package io.polylink.kb.source;

import io.polylink.model.Entity;
import java.io.IOException;
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
}
