package io.polylink.link.tagger;

import java.util.List;

/**
 * A training document of a {@link SequenceTagger}: its text and the gold spans (UTF-16 offsets) with their types.
 *
 * @param id the document id, for messages
 * @param text the text
 * @param spans gold spans
 */
public record TrainingText(String id, String text, List<TaggedSpan> spans) {

  public TrainingText {
    if (id == null || text == null) {
      throw new IllegalArgumentException("training text needs an id and a text, got id=" + id);
    }
    spans = List.copyOf(spans);
    for (TaggedSpan s : spans) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException("document '" + id + "': span [" + s.start() + ", " + s.end()
            + ") ends after the text (" + text.length() + " chars)");
      }
    }
  }
}
