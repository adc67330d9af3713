package io.polylink.kb.text;

/**
 * Edit distance of two strings over UTF-16 units with a swap of two neighbours as one edit (optimal string alignment),
 * as Lucene's fuzzy automata count it: "merkle" is one edit from "merkel". Shared by the linker's fuzzy name filter
 * and the MCP tools' choice of a candidate's closest name.
 */
public final class EditDistance {

  private EditDistance() {}

  /** The distance of {@code a} and {@code b}. */
  public static int of(String a, String b) {
    return of(a, b, Math.max(a.length(), b.length()));
  }

  /** The distance of {@code a} and {@code b}, or {@code max + 1} as soon as it is sure to exceed {@code max} (>= 0). */
  public static int of(String a, String b, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must be >= 0, got " + max);
    }
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[] before = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          cur[j] = Math.min(cur[j], before[j - 2] + 1);
        }
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[b.length()], max + 1);
  }
}
