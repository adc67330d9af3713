package io.polylink.link.lang;

/**
 * Folds code points of words before stopword lookup, the same way for list entries and for text, so that spelling
 * variants that carry no language signal (case, Hebrew points, Arabic vowel marks, Arabic vs Persian yeh and kaf)
 * do not hide a match.
 */
final class TokenFold {

  /** Returned by {@link #fold(int)} for code points that are dropped from the word. */
  static final int DROP = -1;

  private TokenFold() {}

  /** Whether the code point belongs inside a word: a letter or a combining mark (Indic vowel signs are marks). */
  static boolean isWordPart(int cp) {
    if (cp < 0x80) {
      return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** The folded form of one code point of a word, or {@link #DROP}. */
  static int fold(int cp) {
    if (cp < 0x80) {
      return cp >= 'A' && cp <= 'Z' ? cp + 0x20 : cp;
    }
    if (cp >= 0x0591 && cp <= 0x05C7) {
      // Hebrew cantillation and vowel points: pointed and unpointed spellings are the same word.
      return Character.getType(cp) == Character.NON_SPACING_MARK ? DROP : cp;
    }
    if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640) {
      return DROP; // Arabic harakat and tatweel
    }
    switch (cp) {
      case 0x06CC, 0x0649 -> {
        // Persian text is often typed with Arabic yeh; Lucene's Persian list is stored in Arabic letters.
        return 0x064A;
      }
      case 0x06A9 -> {
        return 0x0643;
      }
      case 0x06C0 -> {
        return 0x0647;
      }
      case 0x015F -> {
        return 0x0219; // Romanian ş written with cedilla instead of comma below
      }
      case 0x0163 -> {
        return 0x021B;
      }
      case 0x0451 -> {
        return 0x0435; // ё is usually written е in Russian
      }
      default -> {
        return Character.toLowerCase(cp);
      }
    }
  }

  /** Folds a whole word, e.g. a stopword list entry. */
  static String fold(String word) {
    StringBuilder out = new StringBuilder(word.length());
    // Code point by code point, not String.toLowerCase: that turns Turkish İ into two code points.
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      i += Character.charCount(cp);
      int folded = fold(cp);
      if (folded != DROP) {
        out.appendCodePoint(folded);
      }
    }
    return out.toString();
  }
}
