package io.polylink.link.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The feature strings of each token of a line: the word, its shape, prefixes and suffixes, case and digit cues,
 * neighbouring words and shapes, the line's first words (form headers such as "Nombre:" or "NHC:"), punctuation
 * before it, and membership in the lexicon learned from the training data.
 */
final class Features {

  private Features() {}

  static List<List<String>> of(String text, int[] tok, Map<String, String> lexicon) {
    return of(text, tok, lexicon, Map.of());
  }

  /** As above, with the classes of an outside word list ({@link Gazetteer}) when it is not empty. */
  static List<List<String>> of(String text, int[] tok, Map<String, String> lexicon, Map<String, String> gazetteer) {
    int n = tok.length / 2;
    String[] w = new String[n];
    String[] shape = new String[n];
    String[] lex = new String[n];
    for (int i = 0; i < n; i++) {
      String s = text.substring(tok[2 * i], tok[2 * i + 1]);
      w[i] = s.toLowerCase(Locale.ROOT);
      shape[i] = shape(s);
      lex[i] = lexicon.getOrDefault(w[i], "-");
    }
    String[] gz = null;
    if (!gazetteer.isEmpty()) {
      gz = new String[n];
      for (int i = 0; i < n; i++) {
        gz[i] = gazetteer.getOrDefault(w[i], "-");
      }
    }
    String first = n > 0 ? w[0] : "";
    String second = n > 1 ? w[1] : "";
    List<List<String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> f = new ArrayList<>(40);
      String word = text.substring(tok[2 * i], tok[2 * i + 1]);
      f.add("b");
      f.add("w=" + w[i]);
      f.add("s=" + shape[i]);
      f.add("S=" + longShape(word));
      int len = w[i].length();
      for (int k = 1; k <= 3 && k <= len; k++) {
        f.add("p" + k + "=" + w[i].substring(0, k));
      }
      for (int k = 1; k <= 4 && k <= len; k++) {
        f.add("x" + k + "=" + w[i].substring(len - k));
      }
      f.add("len=" + Math.min(len, 12));
      f.add("w-1=" + (i > 0 ? w[i - 1] : "<s>"));
      f.add("w-2=" + (i > 1 ? w[i - 2] : "<s>"));
      f.add("w+1=" + (i + 1 < n ? w[i + 1] : "</s>"));
      f.add("w+2=" + (i + 2 < n ? w[i + 2] : "</s>"));
      f.add("s-1=" + (i > 0 ? shape[i - 1] : "<s>"));
      f.add("s+1=" + (i + 1 < n ? shape[i + 1] : "</s>"));
      f.add("s-1s=" + (i > 0 ? shape[i - 1] : "<s>") + "|" + shape[i]);
      f.add("ss+1=" + shape[i] + "|" + (i + 1 < n ? shape[i + 1] : "</s>"));
      f.add("w-1w=" + (i > 0 ? w[i - 1] : "<s>") + "|" + w[i]);
      f.add("ww+1=" + w[i] + "|" + (i + 1 < n ? w[i + 1] : "</s>"));
      f.add("l1=" + first);
      f.add("l12=" + first + "|" + second);
      f.add("i=" + Math.min(i, 6));
      f.add("lex=" + lex[i]);
      f.add("lex-1=" + (i > 0 ? lex[i - 1] : "<s>"));
      f.add("lex+1=" + (i + 1 < n ? lex[i + 1] : "</s>"));
      // the nearest preceding colon-ended header word: "Nombre: X Y" tags both X and Y
      for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
        if (w[k].equals(":") && k > 0) {
          f.add("hdr=" + w[k - 1]);
          break;
        }
      }
      f.add("gap=" + (i > 0 && tok[2 * i] == tok[2 * i - 1] ? "0" : "1"));
      if (gz != null) {
        String g0 = gz[i] + "|" + shape[i];
        f.add("gz=" + g0);
        f.add("gz-1=" + (i > 0 ? gz[i - 1] : "<s>") + "|" + g0);
        f.add("gz+1=" + g0 + "|" + (i + 1 < n ? gz[i + 1] : "</s>"));
        f.add("gzw-1=" + (i > 0 ? w[i - 1] : "<s>") + "|" + g0);
      }
      out.add(f);
    }
    return out;
  }

  /** Short shape: runs of the same class collapsed (Xx, d, x.x). */
  static String shape(String s) {
    StringBuilder b = new StringBuilder();
    char last = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (k != last) {
        b.append(k);
        last = k;
      }
    }
    return b.toString();
  }

  /** Long shape, every char mapped, capped at 8. */
  static String longShape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && i < 8; i++) {
      char c = s.charAt(i);
      b.append(Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c);
    }
    if (s.length() > 8) {
      b.append('+');
    }
    return b.toString();
  }
}
