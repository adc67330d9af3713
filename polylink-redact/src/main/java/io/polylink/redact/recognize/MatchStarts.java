package io.polylink.redact.recognize;

import java.util.regex.Matcher;

/**
 * {@code find()} tried only where a match can start: most positions of a text cannot start a match of a given
 * pattern (a digit pattern inside a word, a list of names at a lower-case letter), and trying the pattern there
 * costs far more than a char test. Used by the pattern recognizers and the name tagger's repairs.
 */
public final class MatchStarts {

  private MatchStarts() {}

  /**
   * Where a match may start. Must accept every position where some match starts (tests check that results equal a
   * plain {@code find()}).
   */
  @FunctionalInterface
  public interface Start {
    boolean at(CharSequence text, int i);
  }

  /**
   * The next match of {@code m} over {@code text}, as {@code find()} gives it: the first after the previous one, or
   * from the text's start on a matcher not used before (give each scan a fresh matcher). The pattern is tried only at
   * positions where {@code may} holds; lookbehinds and lookaheads see the whole text.
   */
  public static boolean find(Matcher m, CharSequence text, Start may) {
    int from = 0;
    if (m.hasTransparentBounds()) { // set by an earlier call: go on after its match
      from = m.end() > m.start() ? m.end() : m.start() + 1;
    } else {
      m.useTransparentBounds(true).useAnchoringBounds(false);
    }
    int n = text.length();
    for (int i = from; i < n; i++) {
      if (may.at(text, i)) {
        m.region(i, n);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code c} folded as case-insensitive Unicode matching compares chars ('ſ' and 's', 'K' (Kelvin) and 'k'). */
  public static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }
}
