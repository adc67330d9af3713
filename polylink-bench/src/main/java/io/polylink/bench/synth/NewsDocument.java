package io.polylink.bench.synth;

import io.polylink.model.EntityId;
import io.polylink.model.Span;
import java.util.List;

/**
 * A synthetic news-like document with the entity names it mentions.
 *
 * @param text the text
 * @param mentions the inserted names in text order, spans in code points
 */
public record NewsDocument(String text, List<Mention> mentions) {

  public NewsDocument {
    if (text == null) {
      throw new IllegalArgumentException("news document text must not be null");
    }
    mentions = List.copyOf(mentions);
  }

  /**
   * One inserted name.
   *
   * @param span code point offsets in the text
   * @param surface the name as inserted
   * @param entity the dump entity it names
   */
  public record Mention(Span span, String surface, EntityId entity) {}
}
