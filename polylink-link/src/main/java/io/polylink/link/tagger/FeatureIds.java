package io.polylink.link.tagger;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids of {@link Features}' features for tagging, computed without building most of their strings: everything that
 * depends on one word alone (the word, its shapes, prefixes, suffixes, lexicon and gazetteer classes, and the
 * features it gives its neighbours, such as {@code w-1=<word>}) is looked up once per distinct word and cached, and
 * the features that pair two neighbouring words once per distinct pair; only the line-level ones are built per line.
 * The result is the same multiset of feature ids that {@code ids(Features.of(...))} gives — {@code BuiltInNamesTest}
 * checks it — at a fraction of the cost.
 */
final class FeatureIds {

  /** Cached words before the cache is emptied (a bound on memory; refilling costs little). */
  private static final int MAX_CACHED_WORDS = 200_000;

  /** Cached pairs of neighbouring words before that cache is emptied. */
  private static final int MAX_CACHED_PAIRS = 200_000;

  /**
   * What one distinct word contributes; {@code first} and {@code last} its pair features at a line's start
   * ({@code s-1s}, {@code w-1w}, {@code gz-1}, {@code gzw-1} with {@code <s>}) and end ({@code ss+1}, {@code ww+1},
   * {@code gz+1} with {@code </s>}); {@code serial} names it in the pair cache.
   */
  private record Word(int serial, String lower, String shape, String gz, int[] own, int wm1, int wm2, int wp1,
      int wp2, int sm1, int sp1, int lexm1, int lexp1, int hdr, int[] first, int[] last) {}

  private final Map<String, Integer> index;
  private final Map<String, String> lexicon;
  private final Map<String, String> gazetteer;
  private final ConcurrentHashMap<String, Word> words = new ConcurrentHashMap<>();
  /** The features of a pair of neighbouring words, by their serials: the same pairs recur through a text. */
  private final ConcurrentHashMap<Long, int[]> pairs = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger serials = new java.util.concurrent.atomic.AtomicInteger();
  private final int bias;
  private final int[] position = new int[7];
  private final int gap0;
  private final int gap1;
  private final int wm1Start;
  private final int wm2Start;
  private final int wp1End;
  private final int wp2End;
  private final int sm1Start;
  private final int sp1End;
  private final int lexm1Start;
  private final int lexp1End;

  FeatureIds(Map<String, Integer> index, Map<String, String> lexicon, Map<String, String> gazetteer) {
    this.index = index;
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    bias = id("b");
    for (int i = 0; i < position.length; i++) {
      position[i] = id("i=" + i);
    }
    gap0 = id("gap=0");
    gap1 = id("gap=1");
    wm1Start = id("w-1=<s>");
    wm2Start = id("w-2=<s>");
    wp1End = id("w+1=</s>");
    wp2End = id("w+2=</s>");
    sm1Start = id("s-1=<s>");
    sp1End = id("s+1=</s>");
    lexm1Start = id("lex-1=<s>");
    lexp1End = id("lex+1=</s>");
  }

  private int id(String feature) {
    Integer i = index.get(feature);
    return i == null ? -1 : i;
  }

  private Word word(String token) {
    Word w = words.get(token);
    if (w != null) {
      return w;
    }
    if (words.size() > MAX_CACHED_WORDS) {
      words.clear();
      pairs.clear(); // their words are gone
    }
    String lower = token.toLowerCase(Locale.ROOT);
    String shape = Features.shape(token);
    String lex = lexicon.getOrDefault(lower, "-");
    String gz = gazetteer.isEmpty() ? null : gazetteer.getOrDefault(lower, "-");
    int[] own = new int[16];
    int n = 0;
    n = add(own, n, "w=" + lower);
    n = add(own, n, "s=" + shape);
    n = add(own, n, "S=" + Features.longShape(token));
    int len = lower.length();
    for (int k = 1; k <= 3 && k <= len; k++) {
      n = add(own, n, "p" + k + "=" + lower.substring(0, k));
    }
    for (int k = 1; k <= 4 && k <= len; k++) {
      n = add(own, n, "x" + k + "=" + lower.substring(len - k));
    }
    n = add(own, n, "len=" + Math.min(len, 12));
    n = add(own, n, "lex=" + lex);
    if (gz != null) {
      n = add(own, n, "gz=" + gz + "|" + shape);
    }
    String g0 = gz == null ? null : gz + "|" + shape;
    int[] first = {id("s-1s=<s>|" + shape), id("w-1w=<s>|" + lower), g0 == null ? -1 : id("gz-1=<s>|" + g0),
        g0 == null ? -1 : id("gzw-1=<s>|" + g0)};
    int[] last = {id("ss+1=" + shape + "|</s>"), id("ww+1=" + lower + "|</s>"),
        g0 == null ? -1 : id("gz+1=" + g0 + "|</s>")};
    w = new Word(serials.getAndIncrement(), lower, shape, gz, Arrays.copyOf(own, n), id("w-1=" + lower),
        id("w-2=" + lower), id("w+1=" + lower), id("w+2=" + lower), id("s-1=" + shape), id("s+1=" + shape),
        id("lex-1=" + lex), id("lex+1=" + lex), id("hdr=" + lower), first, last);
    words.put(token, w);
    return w;
  }

  private int add(int[] ids, int n, String feature) {
    int i = id(feature);
    if (i >= 0) {
      ids[n++] = i;
    }
    return n;
  }

  /**
   * The features that the pair {@code a b} of neighbouring words gives: for {@code b} {@code s-1s}, {@code w-1w},
   * {@code gz-1}, {@code gzw-1} (indices 0, 2, 4, 6), for {@code a} {@code ss+1}, {@code ww+1}, {@code gz+1} (1, 3,
   * 5); -1 for an unknown feature or no gazetteer.
   */
  private int[] pair(Word a, Word b) {
    Long key = ((long) a.serial() << 32) | (b.serial() & 0xffffffffL);
    int[] p = pairs.get(key);
    if (p != null) {
      return p;
    }
    if (pairs.size() > MAX_CACHED_PAIRS) {
      pairs.clear();
    }
    String gb = b.gz() == null ? null : b.gz() + "|" + b.shape();
    String ga = a.gz() == null ? null : a.gz() + "|" + a.shape();
    p = new int[] {id("s-1s=" + a.shape() + "|" + b.shape()), id("ss+1=" + a.shape() + "|" + b.shape()),
        id("w-1w=" + a.lower() + "|" + b.lower()), id("ww+1=" + a.lower() + "|" + b.lower()),
        gb == null ? -1 : id("gz-1=" + a.gz() + "|" + gb), ga == null ? -1 : id("gz+1=" + ga + "|" + b.gz()),
        gb == null ? -1 : id("gzw-1=" + a.lower() + "|" + gb)};
    pairs.put(key, p);
    return p;
  }

  /** Feature ids of each token of a line; {@code tok} as {@link TaggerTokens#tokenize} gives them. */
  int[][] of(String text, int[] tok) {
    int n = tok.length / 2;
    Word[] w = new Word[n];
    for (int i = 0; i < n; i++) {
      w[i] = word(text.substring(tok[2 * i], tok[2 * i + 1]));
    }
    String first = n > 0 ? w[0].lower() : "";
    String second = n > 1 ? w[1].lower() : "";
    int l1 = id("l1=" + first);
    int l12 = id("l12=" + first + "|" + second);
    int[][] out = new int[n][];
    int[] buf = new int[48];
    int[] before = null; // the pair of this token and the one before it, as the second word
    for (int i = 0; i < n; i++) {
      Word c = w[i];
      int k = 0;
      buf[k++] = bias;
      for (int o : c.own()) {
        buf[k++] = o;
      }
      buf[k++] = i > 0 ? w[i - 1].wm1() : wm1Start;
      buf[k++] = i > 1 ? w[i - 2].wm2() : wm2Start;
      buf[k++] = i + 1 < n ? w[i + 1].wp1() : wp1End;
      buf[k++] = i + 2 < n ? w[i + 2].wp2() : wp2End;
      buf[k++] = i > 0 ? w[i - 1].sm1() : sm1Start;
      buf[k++] = i + 1 < n ? w[i + 1].sp1() : sp1End;
      int[] after = i + 1 < n ? pair(w[i], w[i + 1]) : null; // and with the one after it, as the first
      buf[k++] = before != null ? before[0] : c.first()[0];
      buf[k++] = after != null ? after[1] : c.last()[0];
      buf[k++] = before != null ? before[2] : c.first()[1];
      buf[k++] = after != null ? after[3] : c.last()[1];
      buf[k++] = l1;
      buf[k++] = l12;
      buf[k++] = position[Math.min(i, 6)];
      buf[k++] = i > 0 ? w[i - 1].lexm1() : lexm1Start;
      buf[k++] = i + 1 < n ? w[i + 1].lexp1() : lexp1End;
      for (int b = i - 1; b >= 0 && b >= i - 8; b--) {
        if (w[b].lower().equals(":") && b > 0) {
          buf[k++] = w[b - 1].hdr();
          break;
        }
      }
      buf[k++] = i > 0 && tok[2 * i] == tok[2 * i - 1] ? gap0 : gap1;
      if (c.gz() != null) {
        buf[k++] = before != null ? before[4] : c.first()[2];
        buf[k++] = after != null ? after[5] : c.last()[2];
        buf[k++] = before != null ? before[6] : c.first()[3];
      }
      int m = 0;
      for (int j = 0; j < k; j++) {
        if (buf[j] >= 0) {
          buf[m++] = buf[j];
        }
      }
      out[i] = Arrays.copyOf(buf, m);
      before = after;
    }
    return out;
  }
}
