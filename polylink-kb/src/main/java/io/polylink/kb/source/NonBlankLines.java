package io.polylink.kb.source;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * The non-blank lines of a reader with their 1-based line numbers, for the line-per-record formats (JSONL corpora,
 * proposals, HIPE TSV) whose errors name {@code file:line}. Read errors reach the caller as they are.
 *
 * <pre>{@code
 * NonBlankLines lines = new NonBlankLines(reader);
 * while (lines.next()) {
 *   parse(lines.text(), lines.number());
 * }
 * }</pre>
 */
public final class NonBlankLines {

  private final BufferedReader reader;
  private long number;
  private String text;

  /** The lines of {@code reader} from its current position, numbered from 1. */
  public NonBlankLines(BufferedReader reader) {
    this(reader, 0);
  }

  /**
   * The lines of {@code reader} from its current position, numbered after the {@code linesBefore} lines the caller
   * has already read (a header).
   */
  public NonBlankLines(BufferedReader reader, long linesBefore) {
    if (reader == null) {
      throw new IllegalArgumentException("reader must not be null");
    }
    if (linesBefore < 0) {
      throw new IllegalArgumentException("linesBefore must not be negative, got " + linesBefore);
    }
    this.reader = reader;
    this.number = linesBefore;
  }

  /** Moves to the next non-blank line; false at the end of the input. */
  public boolean next() throws IOException {
    String line;
    while ((line = reader.readLine()) != null) {
      number++;
      if (!line.isBlank()) {
        text = line;
        return true;
      }
    }
    text = null;
    return false;
  }

  /** The current line, without its line terminator. */
  public String text() {
    if (text == null) {
      throw new IllegalStateException("no current line: call next() first, and only while it returns true");
    }
    return text;
  }

  /** The current line's 1-based number in the input, blank lines counted. */
  public long number() {
    return number;
  }
}
