package io.polylink.link.rank;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * String evidence between a mention and a candidate title: folded tokens (case, accents and punctuation removed),
 * exact and partial matches, acronyms, Jaro-Winkler, and the "title signature" (the title's words that are not the
 * mention's, e.g. "national football team" for "Turkey" vs "Turkey national football team").
 */
final class NameMatch {

  private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "de", "la", "le", "du", "des", "for",
      "in", "on", "at", "a", "an", "von", "van", "der", "den", "di", "da", "del", "y", "e", "et");

  private NameMatch() {}

  /** Lower case, accents removed, apostrophes dropped; Locale.ROOT. */
  static String fold(String s) {
    boolean plain = true;
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = c < 128 && c != '\'';
    }
    if (plain) {
      return s.toLowerCase(Locale.ROOT);
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      int t = Character.getType(cp);
      if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      if (cp == '\'' || cp == '\u2019') {
        continue;
      }
      b.appendCodePoint(cp);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** Folded tokens: maximal runs of letters and digits. */
  static List<String> tokens(String s) {
    String f = fold(s);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < f.length(); ) {
      int cp = f.codePointAt(i);
      boolean word = Character.isLetterOrDigit(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(f.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(f.substring(start));
    }
    return out;
  }

  /** The title without a trailing "(qualifier)". */
  static String stripQualifier(String title) {
    String t = title.strip();
    if (t.endsWith(")")) {
      int open = t.lastIndexOf('(');
      if (open > 0) {
        return t.substring(0, open).strip();
      }
    }
    return t;
  }

  /** The title before its first comma ("Troy, New York" -> "Troy"), without qualifier. */
  static String beforeComma(String title) {
    String t = stripQualifier(title);
    int c = t.indexOf(',');
    return c > 0 ? t.substring(0, c).strip() : t;
  }

  /** True when the mention is written in capitals and is an acronym of the title's words. */
  static boolean acronym(String surface, List<String> titleTokens) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters.append(Character.toLowerCase(c));
      }
    }
    if (letters.length() < 2 || titleTokens.size() < 2) {
      return false;
    }
    StringBuilder all = new StringBuilder();
    StringBuilder content = new StringBuilder();
    for (String t : titleTokens) {
      all.append(t.charAt(0));
      if (!FUNCTION_WORDS.contains(t)) {
        content.append(t.charAt(0));
      }
    }
    String l = letters.toString();
    return l.contentEquals(all) || l.contentEquals(content);
  }

  /** True when the surface's letters are all capitals (at least two letters). */
  static boolean allCaps(String surface) {
    int letters = 0;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** Jaro-Winkler similarity in [0, 1]. */
  static double jaroWinkler(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return 0;
    }
    int range = Math.max(0, Math.max(la, lb) / 2 - 1);
    boolean[] ma = new boolean[la];
    boolean[] mb = new boolean[lb];
    int m = 0;
    for (int i = 0; i < la; i++) {
      int lo = Math.max(0, i - range);
      int hi = Math.min(lb, i + range + 1);
      for (int j = lo; j < hi; j++) {
        if (!mb[j] && a.charAt(i) == b.charAt(j)) {
          ma[i] = true;
          mb[j] = true;
          m++;
          break;
        }
      }
    }
    if (m == 0) {
      return 0;
    }
    int t = 0;
    int k = 0;
    for (int i = 0; i < la; i++) {
      if (ma[i]) {
        while (!mb[k]) {
          k++;
        }
        if (a.charAt(i) != b.charAt(k)) {
          t++;
        }
        k++;
      }
    }
    double jaro = (m / (double) la + m / (double) lb + (m - t / 2.0) / m) / 3;
    int p = 0;
    for (int i = 0; i < Math.min(4, Math.min(la, lb)) && a.charAt(i) == b.charAt(i); i++) {
      p++;
    }
    return jaro + p * 0.1 * (1 - jaro);
  }

  /** Two word forms of one stem ("germans" / "germany", "belgian" / "belgium"): a shared prefix of 4+ letters. */
  static boolean sameStem(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.length() < 4 || b.length() < 4) {
      return false;
    }
    int need = Math.max(4, Math.min(a.length(), b.length()) - 3);
    int p = 0;
    while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
      p++;
    }
    return p >= need;
  }

  /**
   * The title's words that are not the mention's (digits as '#', sorted, distinct, space-joined): "" when the title
   * is the mention, null when the title shares no word with it.
   */
  static String signature(List<String> mentionTokens, List<String> titleTokens) {
    if (mentionTokens.isEmpty()) {
      return null;
    }
    boolean matched = false;
    java.util.TreeSet<String> rest = new java.util.TreeSet<>();
    for (String t : titleTokens) {
      boolean hit = false;
      for (String m : mentionTokens) {
        if (sameStem(t, m)) {
          hit = true;
          break;
        }
      }
      if (hit) {
        matched = true;
      } else {
        rest.add(digitsAsHash(t));
      }
    }
    return matched ? String.join(" ", rest) : null;
  }

  /** {@code t.replaceAll("\\d", "#")} without a regex: the ASCII digits (all that {@code \\d} matches) as '#'. */
  static String digitsAsHash(String t) {
    int i = 0;
    while (i < t.length() && (t.charAt(i) < '0' || t.charAt(i) > '9')) {
      i++;
    }
    if (i == t.length()) {
      return t;
    }
    char[] c = t.toCharArray();
    for (; i < c.length; i++) {
      if (c[i] >= '0' && c[i] <= '9') {
        c[i] = '#';
      }
    }
    return new String(c);
  }

  static Set<String> set(List<String> l) {
    return new HashSet<>(l);
  }
}
