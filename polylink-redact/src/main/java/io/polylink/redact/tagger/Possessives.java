package io.polylink.redact.tagger;

/** "Acme's": the possessive is not part of the name. */
final class Possessives implements SpanRepair {

  @Override
  public Span apply(TaggedText t, Span s) {
    String text = t.text();
    int end = s.end();
    if (end - s.start() > 3 && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2))) {
      return s.at(s.start(), end - 2);
    }
    return s;
  }
}
