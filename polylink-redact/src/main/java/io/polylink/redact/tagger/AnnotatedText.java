package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import java.util.List;

/**
 * A training document: its text and the gold spans (UTF-16 offsets) with their types.
 *
 * @param id the document id (file name without extension)
 * @param text the text
 * @param spans gold spans; the recognizer name is the source file
 */
public record AnnotatedText(String id, String text, List<Detection> spans) {

  public AnnotatedText {
    if (id == null || text == null) {
      throw new IllegalArgumentException("annotated text needs an id and a text, got id=" + id);
    }
    spans = List.copyOf(spans);
    for (Detection d : spans) {
      if (d.end() > text.length()) {
        throw new IllegalArgumentException("document '" + id + "': span [" + d.start() + ", " + d.end()
            + ") ends after the text (" + text.length() + " chars)");
      }
    }
  }
}
