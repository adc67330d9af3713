package io.polylink.link.retrieve;

import io.polylink.kb.text.TextNormalizer;
import io.polylink.link.lang.Stemmers;
import io.polylink.link.xling.BilingualDictionary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Retrieves names by their words, for queries that match no name whole: BM25 over stemmed words (Lucene's analyzer
 * for the names' language, so inflected forms meet), plus the cosine of character trigram TF-IDF vectors (spelling
 * variants, compounds, words the stemmer misses), plus, when a {@link BilingualDictionary} is given, the query words'
 * translations as alternatives of each word (cross-lingual retrieval).
 *
 * <p>A name's score is {@code words / max(words) + w * trigram cosine}; each query word counts once, with the best
 * BM25 of its stem and its translations' stems. Ties go to the smaller id. BM25 keeps its customary k1 = 1.2,
 * b = 0.75; the trigram weight w (4 within one language, 0.5 across) was chosen among 0.25 to 100 on the even-numbered
 * queries of the MELO datasets est_q_et_c_et, pol_q_pl_c_pl and pol_q_pl_c_en only.
 *
 * <p>In languages that write compounds as one word ({@link #COMPOUNDING}: Estonian, Finnish, German, Dutch, the
 * Scandinavian languages, Hungarian...), compounds are split through the names' own vocabulary
 * ({@link #compoundParts}): a word written as a modifier and a head that both occur as words of some name ("tarkvara" +
 * "arendaja" in "tarkvaraarendaja") is indexed with the stems of both parts beside its own, and a query word in the
 * names' language adds its parts as words of weight {@link #COMPOUND_PART_WEIGHT}, so "jahindusjuht" meets "jahinduse
 * juht" and "arst" meets "eriarst", which the stemmers keep whole. Elsewhere such splits are mostly wrong: English
 * names split "workshop" into "work" + "shop" (MELO est_q_et_c_en dev MRR .191 -> .185 when English names were split).
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class LexicalIndex {

  /** BM25 term-frequency saturation. */
  static final double K1 = 1.2;
  /** BM25 length normalization. */
  static final double B = 0.75;
  /**
   * Weight of the trigram cosine beside the normalized word score, query and names in one language: trigrams carry
   * most of the signal where words compound (Estonian "tarkvaraarendaja") or the stemmer misses.
   */
  static final double NGRAM_WEIGHT = 4.0;
  /** The same when the query is in another language: its trigrams only catch cognates and names. */
  static final double CROSS_LINGUAL_NGRAM_WEIGHT = 0.5;
  /** Character n-gram length. */
  static final int N = 3;
  /**
   * Weight of a query compound's parts beside the compound itself; chosen among 0.25, 0.5 and 1 on the even-numbered
   * queries of the MELO dataset est_q_et_c_et (the one visible dataset in a compounding language), with MELO's
   * concept ranking: MRR .520 without splitting, .529 at 0.25, .528 at 0.5, .524 at 1. Splitting the names as well as
   * the queries gives most of it (queries only: .521 -> .523 in an earlier arrangement of that ranking).
   */
  static final double COMPOUND_PART_WEIGHT = 0.25;
  /** Shortest part of a compound, in characters ("õde", nurse, in "koduõde"). */
  static final int MIN_PART = 3;
  /** Languages that write compounds as one word, by ISO 639-1 code: their names and queries are split. */
  static final Set<String> COMPOUNDING = Set.of("af", "da", "de", "et", "fi", "fy", "hu", "is", "lb", "nb", "nl", "nn",
      "no", "sv");

  private final String language;
  private final String[] ids;
  private final Map<String, int[]> stemPostings = new HashMap<>();
  private final Map<String, int[]> stemTf = new HashMap<>();
  private final int[] stemLength;
  private final double avgLength;
  private final Map<String, int[]> gramPostings = new HashMap<>();
  private final Map<String, float[]> gramWeights = new HashMap<>();
  /** Lower-cased words of the names, {@link #MIN_PART} characters or longer: the parts a compound may split into. */
  private final Set<String> vocabulary = new HashSet<>();

  /**
   * @param names id to name (one name per id; call with the names joined or index the id once per name)
   * @param language the names' language, for the stemmer
   */
  public LexicalIndex(Map<String, String> names, String language) {
    this.language = Objects.requireNonNull(language, "language");
    TreeMap<String, String> sorted = new TreeMap<>(names);
    this.ids = sorted.keySet().toArray(String[]::new);
    this.stemLength = new int[ids.length];
    Map<String, List<int[]>> stems = new HashMap<>();
    Map<String, List<int[]>> grams = new HashMap<>();
    long total = 0;
    int d = 0;
    for (String name : COMPOUNDING.contains(primary(language)) ? sorted.values() : List.<String>of()) {
      for (String w : rawWords(name)) {
        String lower = w.toLowerCase(Locale.ROOT);
        // Stopwords are no parts: "the" + "rapist" is not what "therapist" means.
        if (lower.length() >= MIN_PART && !vocabulary.contains(lower) && !Stemmers.stems(lower, language).isEmpty()) {
          vocabulary.add(lower);
        }
      }
    }
    for (String name : sorted.values()) {
      List<String> s = new ArrayList<>(Stemmers.stems(name, language));
      for (String w : rawWords(name)) {
        String[] parts = compoundParts(w);
        if (parts != null) {
          s.addAll(Stemmers.stems(parts[0], language));
          s.addAll(Stemmers.stems(parts[1], language));
        }
      }
      stemLength[d] = s.size();
      total += s.size();
      Map<String, Integer> tf = new LinkedHashMap<>();
      for (String t : s) {
        tf.merge(t, 1, Integer::sum);
      }
      for (Map.Entry<String, Integer> e : tf.entrySet()) {
        stems.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {d, e.getValue()});
      }
      for (Map.Entry<String, Integer> e : trigrams(name).entrySet()) {
        grams.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {d, e.getValue()});
      }
      d++;
    }
    this.avgLength = ids.length == 0 ? 1 : Math.max(1.0, (double) total / ids.length);
    for (Map.Entry<String, List<int[]>> e : stems.entrySet()) {
      stemPostings.put(e.getKey(), e.getValue().stream().mapToInt(p -> p[0]).toArray());
      stemTf.put(e.getKey(), e.getValue().stream().mapToInt(p -> p[1]).toArray());
    }
    // TF-IDF trigram vectors, L2-normalized per name.
    double[] norm = new double[ids.length];
    Map<String, Double> idf = new HashMap<>();
    for (Map.Entry<String, List<int[]>> e : grams.entrySet()) {
      double w = Math.log(1.0 + (double) ids.length / e.getValue().size());
      idf.put(e.getKey(), w);
      for (int[] p : e.getValue()) {
        norm[p[0]] += (p[1] * w) * (p[1] * w);
      }
    }
    for (Map.Entry<String, List<int[]>> e : grams.entrySet()) {
      double w = idf.get(e.getKey());
      int[] docs = new int[e.getValue().size()];
      float[] weights = new float[docs.length];
      for (int i = 0; i < docs.length; i++) {
        int[] p = e.getValue().get(i);
        docs[i] = p[0];
        weights[i] = (float) (p[1] * w / Math.sqrt(norm[p[0]]));
      }
      gramPostings.put(e.getKey(), docs);
      gramWeights.put(e.getKey(), weights);
    }
  }

  /** Number of names indexed. */
  public int size() {
    return ids.length;
  }

  /**
   * The best names for a query in the index's language.
   *
   * @param query the query text
   * @param depth how many to return at most
   * @return ids with scores, best first
   */
  public List<Hit> search(String query, int depth) {
    return search(query, language, BilingualDictionary.empty(), depth);
  }

  /**
   * The best names for a query, its words translated through {@code dictionary} when the query's language differs
   * from the index's (or always, when the dictionary has the words: a translation only adds alternatives).
   *
   * @param query the query text
   * @param queryLanguage the query's language, for its stemmer and the dictionary lookup
   * @param dictionary word pairs, possibly empty
   * @param depth how many to return at most
   * @return ids with scores, best first
   */
  public List<Hit> search(String query, String queryLanguage, BilingualDictionary dictionary, int depth) {
    double[] words = new double[ids.length];
    boolean crossLingual = !queryLanguage.equals(language);
    List<String> queryWords = new ArrayList<>();
    List<Double> wordWeights = new ArrayList<>();
    for (String word : rawWords(query)) {
      queryWords.add(word);
      wordWeights.add(1.0);
      // The vocabulary is the names' language: a word in another language is not split by it.
      String[] parts = crossLingual ? null : compoundParts(word);
      if (parts != null) {
        for (String part : parts) {
          queryWords.add(part);
          wordWeights.add(COMPOUND_PART_WEIGHT);
        }
      }
    }
    for (int qi = 0; qi < queryWords.size(); qi++) {
      String word = queryWords.get(qi);
      double weight = wordWeights.get(qi);
      Set<String> alternatives = new LinkedHashSet<>(Stemmers.stems(word, language));
      if (crossLingual || alternatives.isEmpty()) {
        for (String t : dictionary.translate(word, queryLanguage)) {
          alternatives.addAll(Stemmers.stems(t, language));
        }
      }
      if (alternatives.isEmpty()) {
        continue;
      }
      Map<Integer, Double> best = new HashMap<>();
      for (String stem : alternatives) {
        int[] docs = stemPostings.get(stem);
        if (docs == null) {
          continue;
        }
        int[] tf = stemTf.get(stem);
        double idf = Math.log(1.0 + (ids.length - docs.length + 0.5) / (docs.length + 0.5));
        for (int i = 0; i < docs.length; i++) {
          double len = stemLength[docs[i]];
          double s = idf * tf[i] * (K1 + 1) / (tf[i] + K1 * (1 - B + B * len / avgLength));
          best.merge(docs[i], s, Math::max);
        }
      }
      for (Map.Entry<Integer, Double> e : best.entrySet()) {
        words[e.getKey()] += weight * e.getValue();
      }
    }
    double maxWords = Arrays.stream(words).max().orElse(0);
    double[] score = new double[ids.length];
    boolean[] touched = new boolean[ids.length];
    for (int d = 0; d < ids.length; d++) {
      if (words[d] > 0) {
        score[d] = words[d] / maxWords;
        touched[d] = true;
      }
    }
    Map<String, Integer> q = trigrams(query);
    double qnorm = 0;
    Map<String, Double> qw = new HashMap<>();
    for (Map.Entry<String, Integer> e : q.entrySet()) {
      int[] docs = gramPostings.get(e.getKey());
      if (docs == null) {
        continue;
      }
      double w = e.getValue() * Math.log(1.0 + (double) ids.length / docs.length);
      qw.put(e.getKey(), w);
      qnorm += w * w;
    }
    if (qnorm > 0) {
      double inv = 1.0 / Math.sqrt(qnorm);
      for (Map.Entry<String, Double> e : qw.entrySet()) {
        int[] docs = gramPostings.get(e.getKey());
        float[] weights = gramWeights.get(e.getKey());
        double w = e.getValue() * inv * (crossLingual ? CROSS_LINGUAL_NGRAM_WEIGHT : NGRAM_WEIGHT);
        for (int i = 0; i < docs.length; i++) {
          score[docs[i]] += w * weights[i];
          touched[docs[i]] = true;
        }
      }
    }
    List<Hit> out = new ArrayList<>();
    // Bounded selection: the arrays are small (tens of thousands of names), a full sort of the touched ones is fine.
    List<Integer> cand = new ArrayList<>();
    for (int d = 0; d < ids.length; d++) {
      if (touched[d]) {
        cand.add(d);
      }
    }
    cand.sort(Comparator.<Integer>comparingDouble(d -> -score[d]).thenComparing(d -> ids[d]));
    for (int i = 0; i < Math.min(depth, cand.size()); i++) {
      int d = cand.get(i);
      out.add(new Hit(ids[d], score[d]));
    }
    return out;
  }

  /**
   * A compound's modifier and head when both are words of the names (each {@link #MIN_PART} characters or longer, no
   * stopword), the longest such head first: "tarkvaraarendaja" to ["tarkvara", "arendaja"] when names hold both
   * words. Always null when the names' language is not in {@link #COMPOUNDING}.
   *
   * @param word one word, any case
   * @return the lower-cased parts, or null when the word splits into no two known words
   */
  String[] compoundParts(String word) {
    if (vocabulary.isEmpty()) {
      return null;
    }
    String w = word.toLowerCase(Locale.ROOT);
    for (int i = MIN_PART; i <= w.length() - MIN_PART; i++) {
      String head = w.substring(i);
      if (vocabulary.contains(head)) {
        String modifier = w.substring(0, i);
        if (vocabulary.contains(modifier)) {
          return new String[] {modifier, head};
        }
      }
    }
    return null;
  }

  private static String primary(String language) {
    String code = language.toLowerCase(Locale.ROOT);
    int dash = code.indexOf('-');
    return dash < 0 ? code : code.substring(0, dash);
  }

  private static List<String> rawWords(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.split("[^\\p{L}\\p{M}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Character trigrams of the normalized text with a space on either side of each word. */
  static Map<String, Integer> trigrams(String text) {
    String key = " " + TextNormalizer.key(text) + " ";
    Map<String, Integer> out = new HashMap<>();
    int[] cps = key.codePoints().toArray();
    for (int i = 0; i + N <= cps.length; i++) {
      out.merge(new String(cps, i, N), 1, Integer::sum);
    }
    return out;
  }

  /**
   * One retrieved name.
   *
   * @param id the name's id
   * @param score the fused score, larger is better
   */
  public record Hit(String id, double score) {}
}
