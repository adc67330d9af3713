package io.polylink.link;

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
    if (end >= limit || end - start < 3 || text.charAt(end) != '.' || text.charAt(end - 2) != '.'
        || !Character.isLetter(text.charAt(end - 1)) || !Character.isLetter(text.charAt(end - 3))) {
      return end;
    }
    // the letter before the period must be a word of its own ("U.S", not "Ph.D" or "St.Louis")
    return end - 4 < start || !Character.isLetterOrDigit(text.charAt(end - 4)) ? end + 1 : end;
  }

  /** The spot with its initialism's last period, or the spot itself. */
  static Spot withPeriod(CharSequence text, Spot s, int limit) {
    int end = end(text, s.start, s.end, limit);
    return end == s.end ? s : s.widened(text, s.endToken, end);
  }
}
