package io.polylink.kb.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens and normalizes them into the matching form of the name dictionary. The KB build and the
 * linker both go through this class, so a name and its mention in running text get the same key.
 *
 * <p>Rules: letters, digits and combining marks form words; any other character separates. Each character of a script
 * written without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar, Tibetan) is a token of its own, so a
 * dictionary walk finds names in Chinese or Thai text without a word segmenter. Words are NFKC-case-folded; in
 * Latin, Greek, Cyrillic, Arabic and Hebrew words combining marks are removed (diacritics, harakat, niqqud), and a few
 * letters without decomposition are folded (ø, æ, œ, ł, đ, ı, þ). Keys join tokens with one space, except between two
 * no-space tokens. Stateless and thread-safe.
 */
public final class TextNormalizer {

  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private TextNormalizer() {}

  /** Tokenizes {@code text} whole. */
  public static List<Token> tokenize(CharSequence text) {
    return tokenize(text, 0, text.length());
  }

  /** Tokenizes {@code text[from, to)}; token offsets are indexes into {@code text}. */
  public static List<Token> tokenize(CharSequence text, int from, int to) {
    List<Token> out = new ArrayList<>(Math.max(8, (to - from) / 5));
    int i = from;
    boolean sentenceStart = true;
    while (i < to) {
      int cp = Character.codePointAt(text, i);
      int n = Character.charCount(cp);
      if (!isWordChar(cp)) {
        if ((cp == '.' && !endsInitialism(text, from, i)) || cp == '!' || cp == '?' || cp == '\n' || cp == '。'
            || cp == '！' || cp == '？' || cp == '؟' || cp == '।') {
          sentenceStart = true;
        }
        i += n;
        continue;
      }
      int script = UScript.getScript(cp);
      if (isNoSpaceScript(script)) {
        int end = marksEnd(text, i + n, to); // with its combining marks (Thai vowels and tones)
        String norm = dropSpaces(NFKC_CF.normalize(text.subSequence(i, end)));
        if (!norm.isEmpty()) {
          int flags = Token.NO_SPACE | (sentenceStart ? Token.SENTENCE_START : 0);
          out.add(new Token(i, end, norm, flags));
          sentenceStart = false;
        }
        i = end;
        continue;
      }
      int start = i;
      long word = wordEnd(text, start, to);
      int end = (int) (word >>> 1);
      boolean ascii = (word & 1) != 0;
      String norm = ascii ? asciiLower(text, start, end) : normalizeWord(text.subSequence(start, end));
      if (!norm.isEmpty()) { // a lone mark or a compatibility form can normalize to nothing
        out.add(new Token(start, end, norm, shape(text, start, end) | (sentenceStart ? Token.SENTENCE_START : 0)));
        sentenceStart = false;
      }
      i = end;
    }
    return out;
  }

  /**
   * Whether the period at {@code dot} closes an initialism of single letters joined by periods ("U.S.", "D.C.",
   * "U.S.A."): the word after it rather goes on the sentence ("the U.S. Army") than opens a new one. Only text from
   * {@code from} on is read.
   */
  public static boolean endsInitialism(CharSequence text, int from, int dot) {
    return dot - 3 >= from && Character.isLetter(text.charAt(dot - 1)) && text.charAt(dot - 2) == '.'
        && Character.isLetter(text.charAt(dot - 3))
        && (dot - 4 < from || !Character.isLetterOrDigit(text.charAt(dot - 4)));
  }

  /**
   * The dictionary key of a name: its tokens' normalized forms joined by the key rules. Returns "" when the name
   * has no word characters.
   */
  public static String key(CharSequence name) {
    // The same key as join(tokenize(name)), without building tokens: a KB build computes millions of these.
    int to = name.length();
    if (isAscii(name, to)) {
      return asciiKey(name, to);
    }
    StringBuilder key = new StringBuilder(name.length());
    int i = 0;
    boolean lastNoSpace = false;
    while (i < to) {
      int cp = Character.codePointAt(name, i);
      int n = Character.charCount(cp);
      if (!isWordChar(cp)) {
        i += n;
        continue;
      }
      int script = cp < 0x80 ? UScript.LATIN : UScript.getScript(cp);
      if (isNoSpaceScript(script)) {
        int end = marksEnd(name, i + n, to);
        String norm = dropSpaces(NFKC_CF.normalize(name.subSequence(i, end)));
        if (!norm.isEmpty()) {
          if (key.length() > 0 && !lastNoSpace) {
            key.append(' ');
          }
          key.append(norm);
          lastNoSpace = true;
        }
        i = end;
        continue;
      }
      int start = i;
      long word = wordEnd(name, start, to);
      int end = (int) (word >>> 1);
      boolean ascii = (word & 1) != 0;
      int before = key.length();
      if (before > 0) {
        key.append(' ');
      }
      if (ascii) {
        for (int k = start; k < end; k++) {
          char c = name.charAt(k);
          key.append((c >= 'A' && c <= 'Z') ? (char) (c + 32) : c);
        }
      } else {
        String norm = normalizeWord(name.subSequence(start, end));
        if (norm.isEmpty()) {
          key.setLength(before); // nothing to join
        } else {
          key.append(norm);
        }
      }
      if (key.length() > before) {
        lastNoSpace = false;
      }
      i = end;
    }
    return key.toString();
  }

  private static boolean isAscii(CharSequence s, int to) {
    for (int i = 0; i < to; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@link #key} of an all-ASCII name: its runs of letters and digits, lower-cased, joined by one space. */
  private static String asciiKey(CharSequence name, int to) {
    char[] out = new char[to];
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < to; i++) {
      char c = name.charAt(i);
      if (isWordChar(c)) {
        if (!inWord && n > 0) {
          out[n++] = ' ';
        }
        out[n++] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        inWord = true;
      } else {
        inWord = false;
      }
    }
    return new String(out, 0, n);
  }

  /**
   * The tokens a char span {@code [start, end)} covers: {@code {first, last}}, the first token not ending before
   * the span and one past the last token starting inside it ({@code first == last} when it covers none).
   */
  public static int[] tokenRange(List<Token> tokens, int start, int end) {
    int first = 0;
    while (first < tokens.size() && tokens.get(first).end() <= start) {
      first++;
    }
    int last = first;
    while (last < tokens.size() && tokens.get(last).start() < end) {
      last++;
    }
    return new int[] {first, last};
  }

  /** Joins tokens {@code [from, to)} (to = -1 for all) into a key. */
  public static String join(List<Token> tokens, int from, int to) {
    if (to < 0) {
      to = tokens.size();
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      appendToKey(sb, i == from ? null : tokens.get(i - 1), tokens.get(i));
    }
    return sb.toString();
  }

  /** Appends {@code token} to a key whose last token is {@code previous} (null for the first). */
  public static void appendToKey(StringBuilder key, Token previous, Token token) {
    if (previous != null && !(previous.is(Token.NO_SPACE) && token.is(Token.NO_SPACE))) {
      key.append(' ');
    }
    key.append(token.norm());
  }

  /** True if the code point belongs to a word: a letter, a digit or a combining mark. */
  public static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return Character.isLetterOrDigit(cp) || isMark(cp);
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  /**
   * Where the word that starts at {@code start} ends: at the first character that is no word character, or at a
   * character of a script written without spaces (its characters make tokens of their own). Returned packed with
   * whether the word is all ASCII, as {@code end << 1 | ascii}, for the tokenizer's and the key's hot loops.
   */
  private static long wordEnd(CharSequence text, int start, int to) {
    int end = start;
    boolean ascii = true;
    while (end < to) {
      int c = Character.codePointAt(text, end);
      if (!isWordChar(c) || (end > start && c >= 0x80 && isNoSpaceScript(UScript.getScript(c)))) {
        break; // no ASCII character is of a script written without spaces
      }
      if (c >= 0x80) {
        ascii = false;
      }
      end += Character.charCount(c);
    }
    return (long) end << 1 | (ascii ? 1 : 0);
  }

  /** Scripts written without spaces between words, matched character by character. */
  public static boolean isNoSpaceScript(int script) {
    return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA || script == UScript.THAI
        || script == UScript.LAO || script == UScript.KHMER || script == UScript.MYANMAR || script == UScript.TIBETAN
        || script == UScript.YI;
  }

  private static String asciiLower(CharSequence text, int start, int end) {
    char[] buf = new char[end - start];
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      buf[i - start] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
    }
    return new String(buf);
  }

  /** Removes whitespace that compatibility decompositions can introduce (e.g. Arabic presentation forms). */
  private static String dropSpaces(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i))) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(sb::appendCodePoint);
        return sb.toString();
      }
    }
    return s;
  }

  /** Case-folds one word and strips diacritics where the script allows it. */
  static String normalizeWord(CharSequence word) {
    String fast = normalizeWordByCodePoint(word);
    return fast != null ? fast : normalizeWordWhole(word);
  }

  /**
   * {@link #normalizeWord} put together from each code point's own normalization, or null when the word has a code
   * point for which that is not exact. It is exact when every code point has a normalization boundary before it in
   * NFKC_Casefold, whatever precedes it (no composition or reordering across code points: no combining marks, no
   * conjoining jamo), and its folded form starts with a boundary for NFD too; the folding and the stripping of marks
   * are then per code point, and the script is the first one found. Saves ICU's per-word passes in a KB build.
   */
  static String normalizeWordByCodePoint(CharSequence word) {
    int length = word.length();
    int script = UScript.INVALID_CODE;
    for (int i = 0; i < length; i++) {
      char c = word.charAt(i);
      if (Character.isSurrogate(c)) {
        return null;
      }
      WordChar w = wordChar(c);
      if (w == null) {
        return null;
      }
      if (script == UScript.INVALID_CODE) {
        script = w.script;
      }
    }
    boolean strip = script == UScript.LATIN || script == UScript.GREEK || script == UScript.CYRILLIC
        || script == UScript.ARABIC || script == UScript.HEBREW;
    StringBuilder sb = new StringBuilder(length + 4);
    for (int i = 0; i < length; i++) {
      WordChar w = WORD_CHARS[word.charAt(i)];
      sb.append(strip ? w.stripped : w.folded);
    }
    return sb.toString();
  }

  /** One BMP code point's part in {@link #normalizeWord}. */
  private record WordChar(String folded, String stripped, int script) {}

  private static final WordChar NOT_PER_CODE_POINT = new WordChar("", "", UScript.INVALID_CODE);
  /** Filled as code points are met; entries are immutable and computed the same by any thread. */
  private static final WordChar[] WORD_CHARS = new WordChar[0x10000];

  private static WordChar wordChar(char c) {
    WordChar w = WORD_CHARS[c];
    if (w == null) {
      w = computeWordChar(c);
      WORD_CHARS[c] = w;
    }
    return w == NOT_PER_CODE_POINT ? null : w;
  }

  private static WordChar computeWordChar(char c) {
    if (!NFKC_CF.hasBoundaryBefore(c)) { // then the code point before has a boundary after it, too
      return NOT_PER_CODE_POINT;
    }
    String folded = dropSpaces(NFKC_CF.normalize(String.valueOf(c)));
    if (!folded.isEmpty() && !NFD.hasBoundaryBefore(folded.codePointAt(0))) {
      return NOT_PER_CODE_POINT;
    }
    return new WordChar(folded, stripMarks(NFD.normalize(folded)), firstScript(folded));
  }

  /** {@link #normalizeWord} by ICU over the whole word. */
  static String normalizeWordWhole(CharSequence word) {
    String folded = dropSpaces(NFKC_CF.normalize(word));
    int script = firstScript(folded);
    if (script != UScript.LATIN && script != UScript.GREEK && script != UScript.CYRILLIC && script != UScript.ARABIC
        && script != UScript.HEBREW) {
      return folded;
    }
    return stripMarks(NFD.normalize(folded));
  }

  /** The script of the first letter of {@code folded} that is neither common nor inherited; INVALID_CODE if none. */
  private static int firstScript(String folded) {
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      int s = UScript.getScript(cp);
      if (s != UScript.COMMON && s != UScript.INHERITED) {
        return s;
      }
      i += Character.charCount(cp);
    }
    return UScript.INVALID_CODE;
  }

  /** The end of the run of combining marks starting at {@code from} (before {@code to}). */
  private static int marksEnd(CharSequence text, int from, int to) {
    int end = from;
    while (end < to) {
      int next = Character.codePointAt(text, end);
      if (!isMark(next)) {
        break;
      }
      end += Character.charCount(next);
    }
    return end;
  }

  /** Drops combining marks and tatweel from a decomposed word and folds the letters without a decomposition. */
  private static String stripMarks(String decomposed) {
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (isMark(cp) || cp == 0x0640 /* Arabic tatweel */) {
        continue;
      }
      switch (cp) {
        case 'ø' -> sb.append('o');
        case 'æ' -> sb.append("ae");
        case 'œ' -> sb.append("oe");
        case 'ł' -> sb.append('l');
        case 'đ' -> sb.append('d');
        case 'ı' -> sb.append('i');
        case 'þ' -> sb.append("th");
        case 'ð' -> sb.append('d');
        default -> sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  private static int shape(CharSequence text, int start, int end) {
    int letters = 0;
    int upper = 0;
    int digits = 0;
    boolean cased = false;
    boolean firstUpper = false;
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      if (Character.isDigit(cp)) {
        digits++;
      } else if (Character.isLetter(cp)) {
        letters++;
        boolean up = UCharacter.isUUppercase(cp) || Character.isTitleCase(cp);
        if (up || Character.isLowerCase(cp)) {
          cased = true;
        }
        if (up) {
          upper++;
          if (letters == 1) {
            firstUpper = true;
          }
        }
      }
      i += Character.charCount(cp);
    }
    int flags = 0;
    if (cased) {
      flags |= Token.CASED_SCRIPT;
    }
    if (firstUpper) {
      flags |= Token.CAPITALIZED;
    }
    if (letters >= 2 && upper == letters) {
      flags |= Token.ALL_UPPER;
    }
    if (digits > 0) {
      flags |= Token.HAS_DIGIT;
      if (letters == 0) {
        flags |= Token.NUMERIC;
      }
    }
    return flags;
  }
}
