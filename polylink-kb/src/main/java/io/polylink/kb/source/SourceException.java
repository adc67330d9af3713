package io.polylink.kb.source;

import java.io.IOException;

/** Malformed or unreadable source input; the message names the file, the line (when known) and the reason. */
public class SourceException extends IOException {
  private final String file;
  private final long line;

  public SourceException(String file, long line, String reason, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
    this.file = file;
    this.line = line;
  }

  public SourceException(String file, long line, String reason) {
    this(file, line, reason, null);
  }

  public String file() {
    return file;
  }

  /** 1-based line number, or 0 when not known. */
  public long line() {
    return line;
  }
}
