package io.polylink.eval;

import java.nio.file.Path;

/** A dataset or prediction file that cannot be read; the message names the file, the line and the reason. */
public final class DatasetFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final long line;

  /**
   * @param file the file
   * @param line 1-based line, 0 when the problem is not tied to one line
   * @param reason what is wrong, naming the bad value
   */
  public DatasetFormatException(Path file, long line, String reason) {
    super(file + (line > 0 ? ":" + line : "") + ": " + reason);
    this.file = file;
    this.line = line;
  }

  /** Same, keeping the underlying cause. */
  public DatasetFormatException(Path file, long line, String reason, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
    this.file = file;
    this.line = line;
  }

  /** The file that failed. */
  public Path file() {
    return file;
  }

  /** The 1-based line, or 0. */
  public long line() {
    return line;
  }
}
