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

  private List<String> rankNames(String query) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    String key = TextNormalizer.key(query);
    if (!key.isEmpty()) {
      Lookup lookup = kb.lookup();
      add(out, lookup.candidates(key, DEPTH));
      add(out, lookup.transliterated(key, DEPTH));
      // Fuzzy only without an exact or romanized hit, and only for keys short enough that 1-2 edits mean a
      // spelling variant: building the edit automaton of a long key costs more than the rest of the query.
      if (out.isEmpty() && key.length() >= 5 && key.length() <= MAX_FUZZY_KEY) {
        add(out, lookup.fuzzy(key, key.length() >= 10 ? 2 : 1, 1, DEPTH));
      }
    }
    if (!out.isEmpty()) {
      dictionaryHits++;
    }
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
