package io.polylink.link.tagger;

import java.util.ArrayList;
import java.util.List;

/**
 * The tagger's tokens: runs of letters and digits, and every other non-space char alone, so entity boundaries in
 * annotated data ("03/03/1946", "c/ del Abedul 5-7") fall on token boundaries. Sequences are lines or sentences
 * ({@link SequenceTagger.Sequences}).
 */
final class TaggerTokens {

  private TaggerTokens() {}

  /** Token boundaries of {@code text[from, to)} as pairs start, end (UTF-16). */
  static int[] tokenize(String text, int from, int to) {
    return tokenize(text, from, to, SequenceTagger.Sequences.LINES);
  }

  /**
   * Token boundaries of {@code text[from, to)} as pairs start, end (UTF-16). For {@link SequenceTagger.Sequences#SENTENCES}
   * (running text, often OCR'd) a run of letters and digits also splits where a lower-case letter meets a capital
   * and where letters meet digits: OCR glues the last word of a line to the first of the next ("JanuariHUFVUDSTADSBLADET1898"),
   * and a name there must still start at a token.
   */
  static int[] tokenize(String text, int from, int to, SequenceTagger.Sequences kind) {
    boolean splitGlued = kind == SequenceTagger.Sequences.SENTENCES;
    List<int[]> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i += n;
        continue;
      }
      int s = i;
      if (Character.isLetterOrDigit(cp)) {
        int prev = -1;
        while (i < to) {
          int c = text.codePointAt(i);
          if (!Character.isLetterOrDigit(c)) {
            break;
          }
          if (splitGlued && prev >= 0 && (Character.isLowerCase(prev) && Character.isUpperCase(c)
              || Character.isDigit(prev) != Character.isDigit(c))) {
            break;
          }
          prev = c;
          i += Character.charCount(c);
        }
      } else {
        i += n;
      }
      out.add(new int[] {s, i});
    }
    int[] flat = new int[out.size() * 2];
    for (int k = 0; k < out.size(); k++) {
      flat[2 * k] = out.get(k)[0];
      flat[2 * k + 1] = out.get(k)[1];
    }
    return flat;
  }

  /**
   * The token boundaries ({@link #tokenize}) of each non-empty sequence of {@code text[from, to)}: each line, or
   * each sentence. A sentence ends at a {@code . ! ?} token followed by a token that starts with a capital or a
   * digit, unless the word before the mark is a likely abbreviation (one to three letters starting with a capital:
   * "Dr.", "St.", "M."), which most often runs on into a name; a long one is cut (see {@link #LONG_SENTENCE}).
   */
  static List<int[]> sequences(String text, int from, int to, SequenceTagger.Sequences kind) {
    List<int[]> out = new ArrayList<>();
    if (kind == SequenceTagger.Sequences.LINES) {
      for (int[] line : lines(text, from, to)) {
        int[] tok = tokenize(text, line[0], line[1]);
        if (tok.length > 0) {
          out.add(tok);
        }
      }
      return out;
    }
    int[] tok = tokenize(text, from, to, kind);
    int n = tok.length / 2;
    int s = 0;
    for (int i = 0; i < n; i++) {
      if (i + 1 < n && (endsSentence(text, tok, i) || i + 1 - s >= LONG_SENTENCE && breaksLong(text, tok, i, s))) {
        out.add(java.util.Arrays.copyOfRange(tok, 2 * s, 2 * i + 2));
        s = i + 1;
      }
    }
    if (s < n) {
      out.add(java.util.Arrays.copyOfRange(tok, 2 * s, 2 * n));
    }
    return out;
  }

  /**
   * A sentence this long (in tokens) is cut at the next comma, semicolon or colon, or between two lower-case words:
   * OCR'd text often has no sentence marks a reader could trust, and a perceptron learns from a few long sequences
   * (a whole newspaper page) hardly anything, for it updates once per sequence.
   */
  static final int LONG_SENTENCE = 40;
  /** A sentence is cut at this many tokens wherever it is. */
  static final int MAX_SENTENCE = 120;

  private static boolean breaksLong(String text, int[] tok, int i, int s) {
    if (i + 1 - s >= MAX_SENTENCE) {
      return true;
    }
    int c = text.codePointAt(tok[2 * i]);
    if (tok[2 * i + 1] - tok[2 * i] == 1 && (c == ',' || c == ';' || c == ':' || c == '.')) {
      return true;
    }
    return Character.isLowerCase(c) && Character.isLowerCase(text.codePointAt(tok[2 * i + 2]));
  }

  private static boolean endsSentence(String text, int[] tok, int i) {
    char mark = text.charAt(tok[2 * i]);
    if (tok[2 * i + 1] - tok[2 * i] != 1 || (mark != '.' && mark != '!' && mark != '?')) {
      return false;
    }
    int next = text.codePointAt(tok[2 * i + 2]);
    if (!Character.isUpperCase(next) && !Character.isDigit(next)) {
      return false;
    }
    if (mark == '.' && i > 0 && tok[2 * i - 1] == tok[2 * i]) {
      int len = tok[2 * i - 1] - tok[2 * i - 2];
      if (len <= 3 && Character.isUpperCase(text.codePointAt(tok[2 * i - 2]))) {
        return false; // "Dr. Weber", "M. Dupont"
      }
    }
    return true;
  }

  /** Line ranges [start, end) of the text, without the line breaks. */
  static List<int[]> lines(String text) {
    return lines(text, 0, text.length());
  }

  /** Line ranges [start, end) of {@code text[from, to)}, without the line breaks. */
  static List<int[]> lines(String text, int from, int to) {
    List<int[]> lines = new ArrayList<>();
    int s = from;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        lines.add(new int[] {s, i});
        s = i + 1;
      }
    }
    lines.add(new int[] {s, to});
    return lines;
  }
}
