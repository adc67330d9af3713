package io.polylink.redact.tagger;

/** A name without a capital letter is dropped unless a name list knows it: lower-case text is mostly not a name. */
final class LowerCaseSpans implements SpanRepair {

  @Override
  public Span apply(TaggedText t, Span s) {
    if (!s.address() && !TaggedText.hasUpper(t.text(), s.start(), s.end()) && !t.model().inGazetteer(s.text(t))) {
      return null;
    }
    return s;
  }
}
