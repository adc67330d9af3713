package io.polylink.redact.recognize;

import io.polylink.redact.Detection;
import io.polylink.redact.Recognizer;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression whose matches are scored by a validator: the validator returns the score, or a negative
 * number to reject the match (a failed checksum, an impossible date).
 */
final class PatternRecognizer implements Recognizer {

  private final String name;
  private final String type;
  private final Pattern pattern;
  private final ToDoubleFunction<String> scorer;
  private final char trigger;
  private final Start start;

  /**
   * Where a match may start ({@link MatchStarts}), with the shapes the recognizers need. Checked at each position
   * before the pattern is tried there: most positions of a text are letters inside words, where no digit pattern can
   * start. Must accept every position where some match starts (tests check that results equal a plain find()).
   */
  @FunctionalInterface
  interface Start extends MatchStarts.Start {

    /** At a char of {@code set}. */
    static Start anyOf(String set) {
      return (t, i) -> set.indexOf(t.charAt(i)) >= 0;
    }

    /** At an ASCII digit ({@code \d} without UNICODE_CHARACTER_CLASS). */
    static Start digit() {
      return (t, i) -> {
        char c = t.charAt(i);
        return c >= '0' && c <= '9';
      };
    }

    /** Where the previous char is not a word char ({@code \w}: ASCII letters, digits, '_'). */
    static Start wordStart() {
      return (t, i) -> i == 0 || !isAsciiWordChar(t.charAt(i - 1));
    }

    /**
     * At a char whose case-insensitive form (Unicode case) begins one of the {@code |}-separated words, or at a
     * digit when {@code digits}.
     */
    static Start firstLetterOf(String alternation, boolean digits) {
      StringBuilder firsts = new StringBuilder();
      for (String w : alternation.split("\\|")) {
        if (!w.isEmpty()) {
          firsts.append(Character.toLowerCase(w.charAt(0)));
        }
      }
      String set = firsts.toString();
      return (t, i) -> {
        char c = t.charAt(i);
        if (digits && c >= '0' && c <= '9') {
          return true;
        }
        return set.indexOf(Character.toLowerCase(c)) >= 0
            || set.indexOf(Character.toLowerCase(Character.toUpperCase(c))) >= 0;
      };
    }

    /**
     * At a digit when {@code digits}, or where one of the {@code |}-separated words begins, compared as the
     * pattern's case-insensitive Unicode matching compares chars, and ends before a char that is not an ASCII word
     * char (as {@code (?![\\w])} or {@code \\b}-like endings need): "March" in "March 3" and in "Marché", not in
     * "Marching". Far cheaper than trying an alternation of many words at every word start.
     */
    static Start wordOf(String alternation, boolean digits) {
      java.util.Set<String> words = new java.util.HashSet<>();
      int longest = 0;
      for (String w : alternation.split("\\|")) {
        if (!w.isEmpty()) {
          words.add(fold(w));
          longest = Math.max(longest, w.length());
        }
      }
      int max = longest;
      return (t, i) -> {
        char c = t.charAt(i);
        if (digits && c >= '0' && c <= '9') {
          return true;
        }
        StringBuilder sb = new StringBuilder(max);
        for (int j = i; j < t.length() && j - i < max && Character.isLetter(t.charAt(j)); j++) {
          sb.append(MatchStarts.fold(t.charAt(j)));
          if ((j + 1 == t.length() || !isAsciiWordChar(t.charAt(j + 1))) && words.contains(sb.toString())) {
            return true;
          }
        }
        return false;
      };
    }

    private static String fold(String w) {
      StringBuilder sb = new StringBuilder(w.length());
      for (int k = 0; k < w.length(); k++) {
        sb.append(MatchStarts.fold(w.charAt(k)));
      }
      return sb.toString();
    }

    default Start and(Start other) {
      return (t, i) -> at(t, i) && other.at(t, i);
    }
  }

  static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * @param trigger a char every match contains, checked before running the pattern so texts without it cost one
   *     scan; 0 for none
   */
  PatternRecognizer(String name, String type, Pattern pattern, char trigger, ToDoubleFunction<String> scorer) {
    this(name, type, pattern, trigger, null, scorer);
  }

  /**
   * @param start where a match may start (see {@link Start}); null to try every position
   */
  PatternRecognizer(String name, String type, Pattern pattern, char trigger, Start start,
      ToDoubleFunction<String> scorer) {
    this.start = start;
    this.name = name;
    this.type = type;
    this.pattern = pattern;
    this.trigger = trigger;
    this.scorer = scorer;
  }

  /** This recognizer trying every position: the reference its start filter must agree with. */
  PatternRecognizer everyPosition() {
    return new PatternRecognizer(name, type, pattern, trigger, null, scorer);
  }

  @Override
  public java.util.Set<String> types() {
    return java.util.Set.of(type);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void recognize(String text, String language, List<Detection> out) {
    if (trigger != 0 && text.indexOf(trigger) < 0) {
      return;
    }
    Matcher m = pattern.matcher(text);
    if (start == null) {
      while (m.find()) {
        emit(m, out);
      }
      return;
    }
    // find() tried at the positions a match may start only: the same leftmost, non-overlapping matches
    while (MatchStarts.find(m, text, start)) {
      emit(m, out);
    }
  }

  private void emit(Matcher m, List<Detection> out) {
    String value = m.group();
    double score = scorer.applyAsDouble(value);
    if (score > 0) {
      out.add(new Detection(type, m.start(), m.end(), Math.min(1, score), name));
    }
  }
}
