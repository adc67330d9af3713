package io.polylink.model;

/**
 * A span of text that may name an entity, as found by a detector or given by a dataset.
 *
 * @param span code point offsets
 * @param surface the covered text
 * @param score detection confidence in [0, 1]
 */
public record Mention(Span span, String surface, double score) {

  public Mention {
    if (span == null || surface == null) {
      throw new IllegalArgumentException("mention needs a span and a surface");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("mention score must be in [0,1], got " + score + " for '" + surface + "'");
    }
  }
}
