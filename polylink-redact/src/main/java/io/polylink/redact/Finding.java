package io.polylink.redact;

import io.polylink.model.Span;

/**
 * One redacted value in a report.
 *
 * @param type its PII type
 * @param span where it was, in code points of the original text
 * @param score the detection's score
 * @param recognizer which recognizer found it
 * @param operator which operator redacted it
 * @param original the original value, or null unless the caller asked for originals
 */
public record Finding(String type, Span span, double score, String recognizer, String operator, String original) {

  public Finding {
    if (type == null || span == null || operator == null) {
      throw new IllegalArgumentException("finding needs a type, a span and an operator, got " + type + " " + span);
    }
  }
}
