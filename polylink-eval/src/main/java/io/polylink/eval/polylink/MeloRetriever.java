package io.polylink.eval.polylink;

import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import io.polylink.link.retrieve.LexicalIndex;
import io.polylink.link.xling.BilingualDictionary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Ranks MELO corpus elements for an occupation title with Polylink's name dictionary, then by token overlap.
 *
 * <p>With the corpus language and the elements' ESCO concepts known (the full constructor), it ranks concepts and
 * shows each by its best-scoring name: a name's score is its {@link LexicalIndex} score, plus
 * {@link #DICTIONARY_BONUS} when the name dictionary finds it (exact, romanized, fuzzy, as in step 1 below), so those
 * hits still come first; a concept's score is its best name's plus {@link #CONCEPT_WEIGHT} times the
 * {@link LexicalIndex} score of all its names read as one text. The second term is how a concept's other names speak
 * for it: of two concepts that both have the name "doradca podatkowy", the one whose other names say "podatków" and
 * "konsultant podatkowy" comes before the one whose other names are "doradca inwestycyjny", "doradca emerytalny".
 *
 * <p>ISCO groups (concepts {@code .../isco/C<code>}) are ranked as ESCO arranges them. Every ESCO occupation belongs to
 * an ISCO unit group (four digits), and MELO annotates a title with an occupation or with a unit group. The corpus does
 * not say which group an occupation belongs to, so each occupation is linked to the unit group whose name its names
 * match best ({@link LexicalIndex}, the occupation's names read as one text): "стратиграф", whose names include
 * "геолог, стратиграф", to "Геолози и геофизици". The unit groups of the {@link #GROUP_SOURCES} best occupations then
 * score at least {@link #GROUP_SHARE} times their occupation's score, so a title that names an occupation finds its
 * group right after it. Broader groups (one to three digits: "Специалисти в областта на науката") come after every
 * other concept.
 *
 * <p>Without them:
 *
 * <ol>
 *   <li>exact dictionary key ({@link Lookup#candidates}), then romanized ({@link Lookup#transliterated}), then fuzzy
 *       ({@link Lookup#fuzzy}: 1 edit, 2 from 10 characters, first character fixed, keys of 5 to 16 characters,
 *       only when there is no exact or romanized hit);</li>
 *   <li>then, with the corpus language known ({@link #MeloRetriever(KnowledgeBase, Map, String, String,
 *       BilingualDictionary)}), {@link LexicalIndex}: BM25 over stemmed words plus character trigram cosine, the query
 *       words' translations through the bilingual dictionary as alternatives when the query language differs;</li>
 *   <li>without it (the old constructor), every element sharing a normalized token with the query, by the sum of the
 *       shared tokens' IDF over the corpus divided by the square root of the element's token count (ties by element
 *       id). This is the fallback for queries without a dictionary hit, and it continues the list after the hits.</li>
 * </ol>
 */
public final class MeloRetriever {

  /** Ranked list length. */
  static final int DEPTH = 100;
  /** Added to a name the name dictionary finds: larger than any {@link LexicalIndex} score (at most 1 + 4). */
  static final double DICTIONARY_BONUS = 100;
  /**
   * Weight of the score of a concept's names read as one text beside its best name's; chosen among 0.5, 0.7, 1, 1.5
   * and 2 on the even-numbered queries of the MELO datasets bgr_q_bg_c_bg, est_q_et_c_et and pol_q_pl_c_pl (0.5 to 2
   * all within .004 of each other, every one above 0).
   */
  static final double CONCEPT_WEIGHT = 1.0;
  /**
   * A unit group's share of its occupation's score: below 1, so the group comes after the occupation. Chosen with
   * {@link #GROUP_SOURCES} among 0.5, 0.7, 0.9 and 1.1 (and 1, 3, 5, 10 occupations) on the even-numbered queries of
   * bgr_q_bg_c_bg, est_q_et_c_et and pol_q_pl_c_pl, by their mean MRR: at 0.9 and 3, bgr_bg .319 -> .349, est_et
   * .516 -> .520, pol_pl .600 -> .598 (0.5: .337, .520, .602; 10 occupations: .351, .520, .598, a mean .0006 higher;
   * 1 occupation: .344, .521, .599); at 1.1, groups before their occupations, bgr_bg .257, pol_pl .418 (measured with the concept texts scored after the lending). How far a group
   * should rise depends on how often a dataset's titles are annotated with groups (bgr 63%, est 24%, pol 13% of the
   * queries): no weight suits all.
   */
  static final double GROUP_SHARE = 0.9;
  /** How many of the best occupations lend their unit group a score. */
  static final int GROUP_SOURCES = 3;
  /**
   * Subtracted from broader ISCO groups (fewer than four digits), which MELO's annotations never name (none among the
   * dev queries' relevant elements): more than any score, so they come last. Dev MRR +.002 to +.004 on each dataset.
   */
  static final double BROADER_GROUP_PENALTY = 10;
  /** Longest key looked up fuzzily. */
  static final int MAX_FUZZY_KEY = 16;

  private final KnowledgeBase kb;
  private final Map<String, List<String>> postings = new HashMap<>();
  private final Map<String, Integer> length = new HashMap<>();
  private final int docs;
  private int dictionaryHits;
  private final LexicalIndex lexical;
  private final String queryLanguage;
  private final BilingualDictionary dictionary;
  private final Map<String, String> concepts;
  /** Concept to its element ids, sorted; empty without concepts or a corpus language. */
  private final Map<String, List<String>> conceptNames = new TreeMap<>();
  /** The concepts' names, each concept's joined into one text; null when {@link #conceptNames} is empty. */
  private final LexicalIndex conceptIndex;
  /** Occupation concept to the ISCO unit group its names match best. */
  private final Map<String, String> unitGroupOf = new HashMap<>();

  /** @param kb the corpus KB ({@link MeloKb}); @param corpus element id to name */
  public MeloRetriever(KnowledgeBase kb, Map<String, String> corpus) {
    this(kb, corpus, null, null, BilingualDictionary.empty());
  }

  /**
   * @param kb the corpus KB ({@link MeloKb})
   * @param corpus element id to name
   * @param corpusLanguage the names' language (stemmer of the lexical index); null for the IDF token overlap instead
   * @param queryLanguage the queries' language
   * @param dictionary word pairs for cross-lingual queries, possibly empty
   */
  public MeloRetriever(KnowledgeBase kb, Map<String, String> corpus, String corpusLanguage, String queryLanguage,
      BilingualDictionary dictionary) {
    this(kb, corpus, corpusLanguage, queryLanguage, dictionary, Map.of());
  }

  /**
   * @param kb the corpus KB ({@link MeloKb})
   * @param corpus element id to name
   * @param corpusLanguage the names' language (stemmer of the lexical index); null for the IDF token overlap instead
   * @param queryLanguage the queries' language
   * @param dictionary word pairs for cross-lingual queries, possibly empty
   * @param concepts element id to the ESCO concept it names ({@code concept_mapping.tsv}), possibly empty: the ranked
   *     list then shows each concept's best name before any concept's second name, ranking entities rather than
   *     strings
   */
  public MeloRetriever(KnowledgeBase kb, Map<String, String> corpus, String corpusLanguage, String queryLanguage,
      BilingualDictionary dictionary, Map<String, String> concepts) {
    this.kb = kb;
    this.concepts = Map.copyOf(concepts);
    this.lexical = corpusLanguage == null ? null : new LexicalIndex(corpus, corpusLanguage);
    this.queryLanguage = queryLanguage == null ? corpusLanguage : queryLanguage;
    this.dictionary = dictionary;
    if (lexical != null && !this.concepts.isEmpty()) {
      for (String id : new TreeMap<>(corpus).keySet()) {
        conceptNames.computeIfAbsent(this.concepts.getOrDefault(id, id), k -> new ArrayList<>()).add(id);
      }
      Map<String, String> texts = new HashMap<>();
      for (Map.Entry<String, List<String>> e : conceptNames.entrySet()) {
        texts.put(e.getKey(), joined(e.getValue(), corpus));
      }
      this.conceptIndex = new LexicalIndex(texts, corpusLanguage);
      Map<String, String> unitGroups = new HashMap<>();
      for (Map.Entry<String, String> e : texts.entrySet()) {
        String code = iscoCode(e.getKey());
        if (code != null && code.length() == 4) {
          unitGroups.put(e.getKey(), e.getValue());
        }
      }
      if (!unitGroups.isEmpty()) {
        LexicalIndex groups = new LexicalIndex(unitGroups, corpusLanguage);
        for (Map.Entry<String, String> e : texts.entrySet()) {
          if (iscoCode(e.getKey()) == null) {
            List<LexicalIndex.Hit> best = groups.search(e.getValue(), 1);
            if (!best.isEmpty()) {
              unitGroupOf.put(e.getKey(), best.get(0).id());
            }
          }
        }
      }
    } else {
      this.conceptIndex = null;
    }
    for (Map.Entry<String, String> e : new TreeMap<>(corpus).entrySet()) {
      Set<String> toks = tokens(e.getValue());
      length.put(e.getKey(), Math.max(1, toks.size()));
      for (String t : toks) {
        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(e.getKey());
      }
    }
    this.docs = corpus.size();
  }

  /** Element ids, best first, at most {@link #DEPTH}. */
  public List<String> rank(String query) {
    if (conceptIndex != null) {
      return rankConcepts(query);
    }
    List<String> ranked = rankNames(query);
    if (concepts.isEmpty()) {
      return ranked;
    }
    List<String> first = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (String id : ranked) {
      (seen.add(concepts.getOrDefault(id, id)) ? first : rest).add(id);
    }
    first.addAll(rest);
    return first;
  }

  /** Concepts by score, each shown by its best name (ties: the smaller id), at most {@link #DEPTH}. */
  private List<String> rankConcepts(String query) {
    Map<String, Double> nameScore = new HashMap<>();
    for (String id : dictionaryIds(query)) {
      nameScore.put(id, DICTIONARY_BONUS);
    }
    for (LexicalIndex.Hit h : lexical.search(query, queryLanguage, dictionary, DEPTH)) {
      nameScore.merge(h.id(), h.score(), Double::sum);
    }
    Map<String, Double> score = new HashMap<>();
    Map<String, String> bestName = new HashMap<>();
    for (Map.Entry<String, Double> e : new TreeMap<>(nameScore).entrySet()) {
      String c = concepts.getOrDefault(e.getKey(), e.getKey());
      if (e.getValue() > score.getOrDefault(c, Double.NEGATIVE_INFINITY)) {
        score.put(c, e.getValue());
        bestName.put(c, e.getKey());
      }
    }
    for (LexicalIndex.Hit h : conceptIndex.search(query, queryLanguage, dictionary, DEPTH)) {
      score.merge(h.id(), CONCEPT_WEIGHT * h.score(), Double::sum);
    }
    List<String> occupations = new ArrayList<>();
    for (String c : score.keySet()) {
      if (iscoCode(c) == null) {
        occupations.add(c);
      }
    }
    occupations.sort(Comparator.<String>comparingDouble(c -> -score.get(c)).thenComparing(c -> c));
    Map<String, Double> lent = new HashMap<>();
    for (String c : occupations.subList(0, Math.min(GROUP_SOURCES, occupations.size()))) {
      String group = unitGroupOf.get(c);
      if (group != null) {
        lent.merge(group, GROUP_SHARE * score.get(c), Math::max);
      }
    }
    lent.forEach((group, s) -> score.merge(group, s, Math::max));
    for (Map.Entry<String, Double> e : score.entrySet()) {
      String code = iscoCode(e.getKey());
      if (code != null && code.length() < 4) {
        e.setValue(e.getValue() - BROADER_GROUP_PENALTY);
      }
    }
    List<String> order = new ArrayList<>(score.keySet());
    order.sort(Comparator.<String>comparingDouble(c -> -score.get(c)).thenComparing(c -> c));
    List<String> out = new ArrayList<>();
    for (String c : order.subList(0, Math.min(DEPTH, order.size()))) {
      String name = bestName.get(c);
      out.add(name != null ? name : conceptNames.get(c).get(0));
    }
    return out;
  }

  /** Elements the name dictionary finds: exact key, else romanized, else fuzzy; counts the query if any. */
  private List<String> dictionaryIds(String query) {
    List<String> ids = new ArrayList<>();
    for (NameHit h : dictionaryLookup(TextNormalizer.key(query), false)) {
      ids.add(h.record().id().value());
    }
    return ids;
  }

  /**
   * The name dictionary's hits for a key: exact, then romanized (beside the exact ones, or only when there are none),
   * then fuzzy when neither found any, and only for keys short enough that 1-2 edits mean a spelling variant: building
   * the edit automaton of a long key costs more than the rest of the query. Counts the query when it finds any.
   */
  private List<NameHit> dictionaryLookup(String key, boolean romanizedBesideExact) {
    if (key.isEmpty()) {
      return List.of();
    }
    Lookup lookup = kb.lookup();
    List<NameHit> hits = new ArrayList<>(lookup.candidates(key, DEPTH));
    if (romanizedBesideExact || hits.isEmpty()) {
      hits.addAll(lookup.transliterated(key, DEPTH));
    }
    if (hits.isEmpty() && key.length() >= 5 && key.length() <= MAX_FUZZY_KEY) {
      hits.addAll(lookup.fuzzy(key, key.length() >= 10 ? 2 : 1, 1, DEPTH));
    }
    if (!hits.isEmpty()) {
      dictionaryHits++;
    }
    return hits;
  }

  /** The ISCO code of an ESCO concept URI ({@code http://data.europa.eu/esco/isco/C2114} to 2114); null if none. */
  static String iscoCode(String concept) {
    int i = concept.lastIndexOf("/isco/C");
    if (i < 0) {
      return null;
    }
    String code = concept.substring(i + 7);
    return !code.isEmpty() && code.chars().allMatch(ch -> ch >= '0' && ch <= '9') ? code : null;
  }

  private static String joined(List<String> ids, Map<String, String> corpus) {
    StringBuilder b = new StringBuilder();
    for (String id : ids) {
      if (!b.isEmpty()) {
        b.append(" ; ");
      }
      b.append(corpus.get(id));
    }
    return b.toString();
  }

  private List<String> rankNames(String query) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    add(out, dictionaryLookup(TextNormalizer.key(query), true));
    if (lexical != null) {
      for (LexicalIndex.Hit h : lexical.search(query, queryLanguage, dictionary, DEPTH)) {
        if (out.size() >= DEPTH) {
          break;
        }
        out.add(h.id());
      }
      return List.copyOf(out).subList(0, Math.min(DEPTH, out.size()));
    }
    Map<String, Double> score = new HashMap<>();
    for (String t : tokens(query)) {
      List<String> p = postings.get(t);
      if (p == null) {
        continue;
      }
      double idf = Math.log(1 + (double) docs / p.size());
      for (String id : p) {
        score.merge(id, idf, Double::sum);
      }
    }
    // Top DEPTH by score with a bounded heap: a common token scores most of the corpus.
    Comparator<Map.Entry<String, Double>> better = Map.Entry.<String, Double>comparingByValue()
        .thenComparing(Map.Entry.<String, Double>comparingByKey().reversed());
    PriorityQueue<Map.Entry<String, Double>> top = new PriorityQueue<>(better);
    for (Map.Entry<String, Double> e : score.entrySet()) {
      Map.Entry<String, Double> n = Map.entry(e.getKey(), e.getValue() / Math.sqrt(length.get(e.getKey())));
      if (top.size() < DEPTH) {
        top.add(n);
      } else if (better.compare(n, top.peek()) > 0) {
        top.poll();
        top.add(n);
      }
    }
    List<Map.Entry<String, Double>> byScore = new ArrayList<>(top);
    byScore.sort(better.reversed());
    for (Map.Entry<String, Double> e : byScore) {
      if (out.size() >= DEPTH) {
        break;
      }
      out.add(e.getKey());
    }
    return List.copyOf(out).subList(0, Math.min(DEPTH, out.size()));
  }

  /** Queries so far that had at least one dictionary hit. */
  public int dictionaryHits() {
    return dictionaryHits;
  }

  private static void add(Set<String> out, List<NameHit> hits) {
    List<String> ids = new ArrayList<>();
    for (NameHit h : hits) {
      ids.add(h.record().id().value());
    }
    // Popularity is 0 for every element, so the dictionary's order is by id already; sort anyway to be sure.
    ids.stream().sorted().forEach(out::add);
  }

  private static Set<String> tokens(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (Token t : TextNormalizer.tokenize(text)) {
      if (!t.norm().isEmpty() && !t.is(Token.NUMERIC)) {
        out.add(t.norm());
      }
    }
    return out;
  }
}
