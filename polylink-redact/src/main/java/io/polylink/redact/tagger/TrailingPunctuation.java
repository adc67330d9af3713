package io.polylink.redact.tagger;

/**
 * Trailing punctuation is no part of a name, but the dot of an initial or abbreviation is ("J.", "Inc.", and in an
 * address "Ave."); see {@link TaggedText#keepsDot}.
 */
final class TrailingPunctuation implements SpanRepair {

  @Override
  public Span apply(TaggedText t, Span s) {
    return s.at(s.start(), TaggedText.withoutTrailingPunctuation(t.text(), s.start(), s.end(), s.tagged()));
  }
}
