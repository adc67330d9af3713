package io.polylink.redact.tagger;

/** Leading quote marks and bullets are no part of a name ("> Name" in quoted mail). */
final class QuoteMarks implements SpanRepair {

  @Override
  public Span apply(TaggedText t, Span s) {
    int start = s.start();
    while (start < s.end() && !Character.isLetterOrDigit(t.text().charAt(start))) {
      start++;
    }
    return s.at(start, s.end());
  }
}
