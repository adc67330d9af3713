package io.polylink.redact.tagger;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids of {@link Features}' features for tagging, computed without building most of their strings: everything that
 * depends on one word alone (the word, its shapes, prefixes, suffixes, lexicon and gazetteer classes, and the
 * features it gives its neighbours, such as {@code w-1=<word>}) is looked up once per distinct word and cached; only
 * the features that pair two tokens are built per token. The result is the same multiset of feature ids that
 * {@code ids(Features.of(...))} gives — {@code TaggerModelTest} checks it — at a fraction of the cost.
 */
final class FeatureIds {

  /** Cached words before the cache is emptied (a bound on memory; refilling costs little). */
  private static final int MAX_CACHED_WORDS = 200_000;

  /** What one distinct word contributes. */
  private record Word(String lower, String shape, String gz, int[] own, int wm1, int wm2, int wp1, int wp2, int sm1,
      int sp1, int lexm1, int lexp1, int hdr) {}

  private final Map<String, Integer> index;
  private final Map<String, String> lexicon;
  private final Map<String, String> gazetteer;
  private final ConcurrentHashMap<String, Word> words = new ConcurrentHashMap<>();
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
    w = new Word(lower, shape, gz, Arrays.copyOf(own, n), id("w-1=" + lower), id("w-2=" + lower), id("w+1=" + lower),
        id("w+2=" + lower), id("s-1=" + shape), id("s+1=" + shape), id("lex-1=" + lex), id("lex+1=" + lex),
        id("hdr=" + lower));
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
      String prevShape = i > 0 ? w[i - 1].shape() : "<s>";
      String nextShape = i + 1 < n ? w[i + 1].shape() : "</s>";
      String prevWord = i > 0 ? w[i - 1].lower() : "<s>";
      buf[k++] = id("s-1s=" + prevShape + "|" + c.shape());
      buf[k++] = id("ss+1=" + c.shape() + "|" + nextShape);
      buf[k++] = id("w-1w=" + prevWord + "|" + c.lower());
      buf[k++] = id("ww+1=" + c.lower() + "|" + (i + 1 < n ? w[i + 1].lower() : "</s>"));
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
        String g0 = c.gz() + "|" + c.shape();
        buf[k++] = id("gz-1=" + (i > 0 ? w[i - 1].gz() : "<s>") + "|" + g0);
        buf[k++] = id("gz+1=" + g0 + "|" + (i + 1 < n ? w[i + 1].gz() : "</s>"));
        buf[k++] = id("gzw-1=" + prevWord + "|" + g0);
      }
      int m = 0;
      for (int j = 0; j < k; j++) {
        if (buf[j] >= 0) {
          buf[m++] = buf[j];
        }
      }
      out[i] = Arrays.copyOf(buf, m);
    }
    return out;
  }
}
