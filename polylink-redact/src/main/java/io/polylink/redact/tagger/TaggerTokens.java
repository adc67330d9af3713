package io.polylink.redact.tagger;

import java.util.ArrayList;
import java.util.List;

/**
 * The tagger's tokens: runs of letters and digits, and every other non-space char alone, so entity boundaries in
 * annotated data ("03/03/1946", "c/ del Abedul 5-7") fall on token boundaries. Sequences are lines.
 */
final class TaggerTokens {

  private TaggerTokens() {}

  /** Token boundaries of {@code text[from, to)} as pairs start, end (UTF-16). */
  static int[] tokenize(String text, int from, int to) {
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
        while (i < to) {
          int c = text.codePointAt(i);
          if (!Character.isLetterOrDigit(c)) {
            break;
          }
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

  /** Line ranges [start, end) of the text, without the line breaks. */
  static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int s = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(new int[] {s, i});
        s = i + 1;
      }
    }
    lines.add(new int[] {s, text.length()});
    return lines;
  }
}
