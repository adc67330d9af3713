package io.polylink.kb.source;

/** What a source does with a malformed record. */
public enum ErrorPolicy {
  /** Throw a {@link SourceException} naming the file and line; the build fails and the previous KB stays. */
  STOP,
  /** Count it, report it (file, line, reason) through the source's warning callback, and go on. */
  SKIP
}
