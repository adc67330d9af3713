package io.polylink.model;

/** Conversions between UTF-16 char indexes (Java strings) and Unicode code point offsets (external formats). */
public final class TextOffsets {

  private TextOffsets() {}

  /** Code point offset of the UTF-16 index {@code charIndex} in {@code text}. */
  public static int toCodePoint(CharSequence text, int charIndex) {
    return Character.codePointCount(text, 0, charIndex);
  }

  /** UTF-16 index of code point offset {@code codePoint} in {@code text}. */
  public static int toCharIndex(CharSequence text, int codePoint) {
    return Character.offsetByCodePoints(text, 0, codePoint);
  }

  /** The substring of {@code text} covered by a code point span. */
  public static String substring(String text, Span span) {
    int begin = text.offsetByCodePoints(0, span.start());
    int end = text.offsetByCodePoints(begin, span.length());
    return text.substring(begin, end);
  }

  /**
   * A table from UTF-16 index to code point offset for texts read many times; O(1) per lookup, built in one pass.
   * For texts without surrogates (the usual case) it stores nothing.
   */
  public static final class Index {
    private final int[] charToCp; // null when the text has no supplementary characters

    public Index(CharSequence text) {
      int[] table = null;
      int cp = 0;
      for (int i = 0; i < text.length(); i++) {
        if (Character.isHighSurrogate(text.charAt(i)) && table == null) {
          table = new int[text.length() + 1];
          for (int j = 0; j < i; j++) {
            table[j] = j;
          }
          cp = i;
        }
        if (table != null) {
          table[i] = cp;
          if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1)))) {
            cp++;
          }
        }
      }
      if (table != null) {
        table[text.length()] = cp;
      }
      this.charToCp = table;
    }

    public int codePointAt(int charIndex) {
      return charToCp == null ? charIndex : charToCp[charIndex];
    }
  }
}
