package io.polylink.eval;

import io.polylink.model.Span;

/**
 * One gold or predicted mention of a dataset: a span, the entity it links to (null for NIL), a type and a score.
 *
 * @param span code point offsets
 * @param entity entity id ({@code Q42}, a URI, a namespaced id), or null for NIL / not in the KB
 * @param type a type label ({@code PER}, {@code EMAIL_ADDRESS}, QIDs joined by {@code |}), or "" when unknown
 * @param score the system's confidence in [0, 1]; 1 for gold
 */
public record Annotation(Span span, String entity, String type, double score) {

  public Annotation {
    if (span == null) {
      throw new IllegalArgumentException("annotation needs a span");
    }
    if (entity != null && (entity.isBlank() || entity.chars().anyMatch(Character::isWhitespace))) {
      throw new IllegalArgumentException("annotation entity must be null (NIL) or a non-blank id without spaces, got '"
          + entity + "'");
    }
    if (type == null) {
      type = "";
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("annotation score must be in [0,1], got " + score + " at " + span);
    }
  }

  /** A gold annotation (score 1). */
  public static Annotation gold(Span span, String entity, String type) {
    return new Annotation(span, entity, type, 1.0);
  }

  /** True when the mention links to no KB entity. */
  public boolean isNil() {
    return entity == null;
  }
}
