package io.polylink.eval.elevant;

import io.polylink.model.Span;
import java.util.List;

/**
 * A predicted mention from an ELEVANT {@code linked_articles.jsonl} file.
 *
 * @param span code point span
 * @param entityId predicted QID, {@code <NIL>}, or null when the file gives no id (detected but not linked)
 * @param candidates the candidate QIDs the system considered, in file order
 */
public record ElevantMention(Span span, String entityId, List<String> candidates) {

  public ElevantMention {
    if (span == null) {
      throw new IllegalArgumentException("predicted mention needs a span");
    }
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
  }
}
