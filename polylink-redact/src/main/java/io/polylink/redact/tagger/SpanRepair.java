package io.polylink.redact.tagger;

/**
 * One repair of a single detection of the name tagger: it narrows the span, changes its type or drops it (null).
 * {@link NameRepairs#SPANS} holds them in the order they run, on each detection before the {@link NameRepair}s.
 */
interface SpanRepair {

  /** The repaired span, or null to drop it. */
  Span apply(TaggedText t, Span s);

  /**
   * A detection being repaired: it may become empty ({@code end <= start}) on the way, and is dropped then.
   *
   * @param tagged the type the tagger gave it; the repairs before retyping look at this one
   */
  record Span(int start, int end, String type, String tagged, double score) {

    Span at(int newStart, int newEnd) {
      return new Span(newStart, newEnd, type, tagged, score);
    }

    Span typed(String newType) {
      return new Span(start, end, newType, tagged, score);
    }

    boolean address() {
      return tagged.equals(io.polylink.redact.PiiTypes.STREET_ADDRESS);
    }

    String text(TaggedText t) {
      return t.text().substring(start, end);
    }
  }
}
