package io.polylink.kb.source;

import io.polylink.model.Entity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The line loop shared by the line-oriented sources: opens the (possibly compressed) file, hands each line to
 * {@link #parseLine}, and applies the {@link ErrorPolicy} to the lines it rejects, with file and line number.
 */
abstract class LineSource implements EntitySource {

  /** Mutable counters of one {@link #read} call. */
  static final class Counts {
    long entities;
    long malformed;
    long lines;
    final Map<String, Long> skipped = new LinkedHashMap<>();

    void skip(String kind) {
      skipped.merge(kind, 1L, Long::sum);
    }

    SourceStats toStats() {
      return new SourceStats(entities, skipped, malformed, lines);
    }
  }

  final Path path;
  final String file;
  final ErrorPolicy onError;
  final Consumer<String> warnings;

  LineSource(Path path, ErrorPolicy onError, Consumer<String> warnings) {
    this(path, null, onError, warnings);
  }

  /** With {@code label} naming the input in messages instead of the path (a chunk of a file: its byte offset). */
  LineSource(Path path, String label, ErrorPolicy onError, Consumer<String> warnings) {
    this.path = Objects.requireNonNull(path, "input path must not be null");
    this.file = label != null ? label : path.toString();
    this.onError = onError == null ? ErrorPolicy.STOP : onError;
    this.warnings = warnings == null ? w -> {} : warnings;
  }

  @Override
  public String name() {
    Path name = path.getFileName();
    return name == null ? file : name.toString();
  }

  @Override
  public SourceStats read(Consumer<Entity> sink) throws IOException {
    return read(CompressedInput.open(path), sink);
  }

  /** Reads the lines of {@code in} (already decompressed), which it closes: a part of the input read in parallel. */
  SourceStats read(java.io.InputStream in, Consumer<Entity> sink) throws IOException {
    Objects.requireNonNull(sink, "sink must not be null");
    Counts counts = new Counts();
    try (LineReader lines = new LineReader(in, file)) {
      start();
      while (nextLine(lines)) {
        counts.lines++;
        int bad = lines.invalidUtf8At();
        try {
          if (bad >= 0) {
            throw new MalformedRecordException("invalid UTF-8 at byte " + (bad + 1) + " of the line");
          }
          parseLine(lines, sink, counts);
        } catch (MalformedRecordException e) {
          reject(lines.lineNumber(), e, counts);
        }
      }
      try {
        finish(sink, counts);
      } catch (MalformedRecordException e) {
        reject(lines.lineNumber(), e, counts);
      }
    }
    return counts.toStats();
  }

  private boolean nextLine(LineReader lines) throws IOException {
    try {
      return lines.next();
    } catch (SourceException e) {
      // Decompression failed while reading the next line: say which one; the rest of the file is unreadable.
      String prefix = file + ": ";
      String reason = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
      throw new SourceException(file, lines.lineNumber() + 1, reason, e.getCause() == null ? e : e.getCause());
    }
  }

  private void reject(long line, MalformedRecordException e, Counts counts) throws SourceException {
    if (onError == ErrorPolicy.STOP) {
      throw new SourceException(file, line, e.getMessage(), e.getCause());
    }
    counts.malformed++;
    warnings.accept(file + ":" + line + ": " + e.getMessage());
  }

  /** Called before the first line; resets per-read state. */
  void start() {}

  /**
   * Handles one line (valid UTF-8, terminator stripped): emits entities to {@code sink}, counting them in
   * {@code counts}.
   *
   * @throws MalformedRecordException when the line is malformed
   */
  abstract void parseLine(LineReader line, Consumer<Entity> sink, Counts counts)
      throws IOException, MalformedRecordException;

  /** Called after the last line, e.g. to emit a record still being merged. */
  void finish(Consumer<Entity> sink, Counts counts) throws MalformedRecordException {}
}
