package io.polylink.spark;

import io.polylink.model.Document;
import io.polylink.model.Language;
import java.util.Locale;
import org.apache.spark.sql.Row;

/** Turning an input row of {@link Corpus} into a {@link Document}, or into the one-line reason it cannot be one. */
final class Documents {
  private Documents() {}

  /** The row's id, never null: what the errors output names a document by. */
  static String id(Row row) {
    String id = row.getString(0);
    return id == null ? "" : id;
  }

  /**
   * The document of an input row.
   *
   * @throws IllegalArgumentException with a one-line reason: a line that is not JSON, no text, an unknown language
   */
  static Document of(Row row) {
    String bad = row.getString(3);
    if (bad != null) {
      throw new IllegalArgumentException("malformed JSON: " + shorten(bad));
    }
    String text = row.getString(1);
    if (text == null) {
      throw new IllegalArgumentException("expected an object with a string field \"text\"");
    }
    String code = row.getString(2);
    Language lang = Language.UNDETERMINED;
    if (code != null) {
      lang = Language.of(code); // its message names the bad code
    }
    return new Document(id(row), text, lang);
  }

  /** A failure as one line for the errors output: its message, no stack trace, no class names of libraries. */
  static String oneLine(Throwable t) {
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      m = t instanceof StackOverflowError ? "the document is nested too deeply to process"
          : "failed (" + t.getClass().getSimpleName().toLowerCase(Locale.ROOT) + ")";
    }
    return shorten(m.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
  }

  private static String shorten(String s) {
    String one = s.replaceAll("[\\r\\n]+", " ");
    return one.length() <= 200 ? one : one.substring(0, 200) + "...";
  }
}
