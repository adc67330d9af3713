package io.polylink.link;

import io.polylink.kb.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Token-level facts about where a name may start, run on and end, shared by the {@link Spotter}, the
 * {@link DetectionScorer} and {@link NonNamePhrases}: sentence punctuation, initials and title abbreviations.
 */
final class NameTokens {

  /** More characters than this between two tokens always end a name. */
  static final int MAX_GAP_CHARS = 3;

  /** Title and name abbreviations written with a period inside names ("Mr. Smith", "St. Louis", "Jr."). */
  private static final Set<String> NAME_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st",
      "jr", "sr", "mt", "ft", "prof", "gen", "gov", "sen", "rep", "rev", "lt", "col", "capt", "sgt", "hon");

  private NameTokens() {}

  /** A name does not run across sentence punctuation, line breaks or brackets. */
  static boolean gapBreaks(CharSequence text, Token a, Token b) {
    if (b.start() - a.end() > MAX_GAP_CHARS) {
      return true;
    }
    boolean abbreviation = abbreviation(a);
    for (int i = a.end(); i < b.start(); i++) {
      char c = text.charAt(i);
      if (c == '.' && abbreviation && i == a.end()) {
        continue; // "Robert P. Anderson", "St. Mark's School": the period of an initial or a title does not end a name
      }
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '\n' || c == '(' || c == ')' || c == '"' || c == '!'
          || c == '?' || c == '。' || c == '，' || c == '、' || c == '|' || c == '/' || c == '[' || c == ']') {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} starts a sentence: the tokenizer's flag, unless it follows an initial or a title. */
  static boolean sentenceStart(List<Token> tokens, int i) {
    return tokens.get(i).is(Token.SENTENCE_START) && (i == 0 || !abbreviation(tokens.get(i - 1)));
  }

  /**
   * True for a token a period after it does not end: an initial (one capital letter of a cased script, "P." in
   * "Robert P. Anderson", "U." in "U.S.") or a capitalized title or name abbreviation ({@link #NAME_ABBREVIATIONS}).
   */
  static boolean abbreviation(Token t) {
    if (!t.is(Token.CASED_SCRIPT) || !(t.is(Token.CAPITALIZED) || t.is(Token.ALL_UPPER))) {
      return false;
    }
    String n = t.norm();
    return n.codePointCount(0, n.length()) == 1 ? Character.isLetter(n.codePointAt(0))
        : NAME_ABBREVIATIONS.contains(n);
  }

  /** A capitalized or all-capital word of a cased script, not a number: a word an unknown name is made of. */
  static boolean namePart(Token t) {
    return t.is(Token.CASED_SCRIPT) && (t.is(Token.CAPITALIZED) || t.is(Token.ALL_UPPER)) && !t.is(Token.NUMERIC);
  }
}
