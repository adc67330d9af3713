package io.polylink.link;

import io.polylink.kb.text.TextNormalizer;

/**
 * Initialisms written with periods ("U.S.", "D.C.", "U.K."): the tokenizer reads every period as punctuation, so a
 * spot over one ends before its last period; the mention keeps it, as the name is written and as Wikipedia's and the
 * benchmarks' spans have it ("in Washington, D.C." ends with "D.C.", whose period also ends the sentence).
 */
final class Initialisms {

  private Initialisms() {}

  /**
   * {@code end + 1} when text[start, end) ends with an initialism of single letters joined by periods ("U.S",
   * "Washington, D.C") and a period follows at {@code end} before {@code limit}; else {@code end}.
   */
  static int end(CharSequence text, int start, int end, int limit) {
    return end < limit && text.charAt(end) == '.' && TextNormalizer.endsInitialism(text, start, end) ? end + 1 : end;
  }

  /** The spot with its initialism's last period, or the spot itself. */
  static Spot withPeriod(CharSequence text, Spot s, int limit) {
    int end = end(text, s.start, s.end, limit);
    return end == s.end ? s : s.widened(text, s.endToken, end);
  }
}
