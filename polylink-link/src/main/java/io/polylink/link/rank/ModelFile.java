package io.polylink.link.rank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The text model files (a ranker model, a type classifier): tab-separated records, one per line, {@code #} comments,
 * a {@code format NAME VERSION} line and {@code meta KEY VALUE} lines. Writes them whole or not at all (the text goes
 * to a temporary file beside the target, which then replaces it in one move, so a process killed half-way leaves the
 * previous file intact), and reads them with errors that name the line.
 */
public final class ModelFile {

  /** What writes the model's text. */
  @FunctionalInterface
  public interface Body {
    void write(Writer w) throws IOException;
  }

  /** What reads a model's own records. */
  @FunctionalInterface
  public interface Records {
    /**
     * Takes one record ({@code f}: its tab-separated fields; {@code where}: "source:line: " for messages), or returns
     * false to leave it to the common ones ({@code format}, {@code meta}; anything else is an unknown record).
     */
    boolean record(String[] f, String where, String line);
  }

  /** What parses a whole model from a stream; {@code source} names it in error messages. */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(InputStream in, String source) throws IOException;
  }

  private ModelFile() {}

  /**
   * Reads a model file with {@code parser}; {@code what} names the model in the error.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public static <T> T read(Path file, String what, Parser<T> parser) {
    try (InputStream in = Files.newInputStream(file)) {
      return parser.parse(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " " + file, e);
    }
  }

  /**
   * Reads the records of a model file of format {@code format} and {@code version}: the format line is checked, meta
   * lines go to {@code meta}, every other record to {@code records}. A malformed line (missing or non-numeric field)
   * or a missing format line is an IllegalArgumentException naming the source and line.
   */
  public static void readRecords(InputStream in, String source, String format, int version, Map<String, String> meta,
      Records records) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    boolean formatSeen = false;
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = source + ":" + no + ": ";
      try {
        if (records.record(f, where, line)) {
          continue;
        }
        switch (f[0]) {
          case "format" -> {
            if (f.length < 3 || !f[1].equals(format) || Integer.parseInt(f[2]) != version) {
              throw new IllegalArgumentException(where + "not a " + format + " " + version + " file: " + line);
            }
            formatSeen = true;
          }
          case "meta" -> meta.put(f[1], f.length > 2 ? f[2] : "");
          default -> throw new IllegalArgumentException(where + "unknown record '" + f[0] + "'");
        }
      } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
        throw new IllegalArgumentException(where + "malformed line: " + line, e);
      }
    }
    if (!formatSeen) {
      throw new IllegalArgumentException(source + ": missing 'format\t" + format + "\t" + version + "' line");
    }
  }

  /**
   * Writes {@code file} (UTF-8) with {@code body}, creating its folder, whole or not at all (any text file, not only
   * a model's); {@code what} names it in the error. When {@code body} throws, the previous file stays as it was.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(Path file, String what, Body body) {
    Path abs = file.toAbsolutePath();
    Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
    try {
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        body.write(w);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new UncheckedIOException("cannot write " + what + " " + file, e);
    } catch (RuntimeException e) {
      deleteQuietly(tmp); // the body refused its input: nothing half-written stays behind
      throw e;
    }
  }

  private static void deleteQuietly(Path tmp) {
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException ignored) {
      // the error being thrown says what matters
    }
  }
}
