package io.polylink.kb.text;

/**
 * One token of a text: its UTF-16 range in the text, its normalized matching form and shape cues.
 *
 * @param start UTF-16 start index, inclusive
 * @param end UTF-16 end index, exclusive
 * @param norm normalized form used in name keys (case-folded, diacritics removed where the script allows)
 * @param flags shape bits, see the constants
 */
public record Token(int start, int end, String norm, int flags) {

  /** The first letter is upper case or title case. */
  public static final int CAPITALIZED = 1;
  /** Every cased letter is upper case and there are at least two letters. */
  public static final int ALL_UPPER = 2;
  /** Contains a digit. */
  public static final int HAS_DIGIT = 4;
  /** A single character of a script written without spaces (Han, kana, Thai, ...). */
  public static final int NO_SPACE = 8;
  /** The script has letter case (Latin, Cyrillic, Greek, Armenian, ...). */
  public static final int CASED_SCRIPT = 16;
  /** Only digits. */
  public static final int NUMERIC = 32;
  /** The token is preceded by sentence-ending punctuation or starts the text. */
  public static final int SENTENCE_START = 64;

  public boolean is(int flag) {
    return (flags & flag) != 0;
  }
}
