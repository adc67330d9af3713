package io.polylink.link;

import io.polylink.kb.store.Lookup;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stage 1 of linking: finds the spans that may be names. Two sources: a walk over the tokens that probes the names
 * dictionary for every run of up to {@link LinkerConfig#maxNameTokens} tokens ({@link #dictionarySpans}), and runs
 * of capitalized words the dictionary did not cover ({@link #unknownRuns}). Dates and degrees ({@link
 * NonNamePhrases}) are no part of a name. How name-like a span is, is the {@link DetectionScorer}'s to say, and what
 * it may name the {@link CandidateRetriever}'s. One instance per document: it caches the document's probes.
 */
final class Spotter {

  static final int MAX_CACHED_PROBES = 8192;
  /** A name in a script written without spaces may run to this many times {@link LinkerConfig#maxNameTokens}. */
  static final int NO_SPACE_TOKEN_FACTOR = 3;
  /** Shortest one-word unknown name, in chars (it is looked up romanized and fuzzily, not kept on its own). */
  static final int MIN_UNKNOWN_WORD_CHARS = 4;
  /** From this many words on, a capitalized sentence opener before an unknown name is taken for an ordinary word. */
  static final int OPENER_DROPPED_FROM = 3;

  /**
   * Lower-case words that join the capitalized words of one name ("Bank of England", "Universidad de Chile"); not
   * "and", which more often joins two names ("Chile y Portugal") than it sits inside one.
   */
  private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "the", "de", "del",
      "della", "di", "da", "du", "des", "la", "le", "van", "von", "der", "den");

  private final LinkerConfig config;
  private final Lookup lookup;
  private final KnownNameCache knownNames;
  private final String language;
  private final DocumentCache<Integer> probes = new DocumentCache<>(1024, MAX_CACHED_PROBES);

  Spotter(LinkerConfig config, Lookup lookup, KnownNameCache knownNames, String language) {
    this.config = config;
    this.lookup = lookup;
    this.knownNames = knownNames;
    this.language = language;
  }

  /** Empties the per-document cache when it is full; called between windows. */
  void trimCache() {
    probes.trim();
  }

  /** Per token, whether it belongs to a phrase that is no name (a date, a degree). */
  boolean[] nonNames(CharSequence text, List<Token> tokens) {
    return NonNamePhrases.mark(text, tokens, language);
  }

  /**
   * Every run of tokens whose key the dictionary holds, by first token and then length: a name does not start at a
   * number or a non-name, and does not run across {@link NameTokens#gapBreaks punctuation} or a non-name.
   */
  List<Spot> dictionarySpans(CharSequence text, List<Token> tokens, boolean[] nonName) {
    List<Spot> spans = new ArrayList<>();
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      Token first = tokens.get(i);
      if (first.is(Token.NUMERIC) || nonName[i]) {
        continue;
      }
      StringBuilder key = new StringBuilder();
      int maxTokens = first.is(Token.NO_SPACE) ? config.maxNameTokens() * NO_SPACE_TOKEN_FACTOR
          : config.maxNameTokens();
      for (int j = i; j < n && j - i < maxTokens; j++) {
        Token t = tokens.get(j);
        if (j > i && NameTokens.gapBreaks(text, tokens.get(j - 1), t)) {
          break;
        }
        if (nonName[j]) {
          break; // a date or a degree is no part of a name
        }
        TextNormalizer.appendToKey(key, j == i ? null : tokens.get(j - 1), t);
        String k = key.toString();
        int probe = probe(k, t.is(Token.NO_SPACE));
        if ((probe & Lookup.EXACT) != 0) {
          spans.add(new Spot(text, i, j + 1, first.start(), t.end(), k, false));
        }
        if ((probe & Lookup.CONTINUES) == 0) {
          break;
        }
      }
    }
    return spans;
  }

  private int probe(String key, boolean noSpaceTail) {
    return probes.get(key, k -> knownNames.probe(lookup, k, noSpaceTail));
  }

  /**
   * Runs of two or more capitalized content tokens, not sentence-initial function words, that the dictionary spots
   * kept ({@code found}, those detected at least {@link LinkerConfig#minDetectionScore}) did not cover: unknown names
   * (and single capitalized words of at least {@link #MIN_UNKNOWN_WORD_CHARS} chars, to be tried romanized and
   * fuzzily). A run the dictionary matched only word by word ("United States" where the KB knows "United" and
   * "States" but not the pair) and runs joined by lower-case connectors ("School of Oriental Studies") count as one
   * unknown name too, except in languages that capitalize every noun.
   */
  List<Spot> unknownRuns(CharSequence text, List<Token> tokens, List<Spot> found, boolean[] nonName) {
    List<Spot> runs = new ArrayList<>();
    boolean[] covered = nonName.clone(); // dates and degrees are no names either
    boolean[] single = new boolean[tokens.size()];
    // German capitalizes every noun: there a capitalized run is no sign of one name, and the dictionary's single words
    // stand ("Regierung Frankreichs"); so they do when the language is not known, for the text may be German
    // ("Kanzlerin Merkel": no run swallows "Merkel")
    boolean joinRuns = !LanguageRules.capitalizesNouns(language);
    boolean wordsJoinRuns = joinRuns && !LanguageRules.undetermined(language);
    for (Spot s : found) {
      if (s.detection >= config.minDetectionScore()) {
        for (int i = s.firstToken; i < s.endToken; i++) {
          if (wordsJoinRuns && s.tokenCount() == 1 && !tokens.get(i).is(Token.ALL_UPPER)) {
            single[i] = true;
          } else {
            covered[i] = true;
          }
        }
      }
    }
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      while (j < tokens.size() && !covered[j] && NameTokens.namePart(tokens.get(j))
          && (j == i || !NameTokens.gapBreaks(text, tokens.get(j - 1), tokens.get(j)))) {
        j++;
        // a lower-case connector between capitalized words stays inside the name ("Louis IX of Hesse-Darmstadt")
        if (joinRuns && j + 1 < tokens.size() && !covered[j] && NAME_CONNECTORS.contains(tokens.get(j).norm())
            && !tokens.get(j).is(Token.CAPITALIZED) && NameTokens.namePart(tokens.get(j + 1)) && !covered[j + 1]
            && !NameTokens.gapBreaks(text, tokens.get(j - 1), tokens.get(j))
            && !NameTokens.gapBreaks(text, tokens.get(j), tokens.get(j + 1))) {
          j++;
        }
      }
      // drop a leading sentence-initial function word ("The Weberling Group" -> "Weberling Group")
      int start = i;
      while (start < j && CommonWords.isCommon(tokens.get(start).norm(), language)) {
        start++;
      }
      // a capitalized sentence opener before a name ("Yesterday Johann Weberling") is most often an ordinary word
      if (j - start >= OPENER_DROPPED_FROM && tokens.get(start).is(Token.SENTENCE_START)) {
        start++;
      }
      boolean singleWord = j - start == 1 && !tokens.get(start).is(Token.SENTENCE_START)
          && tokens.get(start).norm().length() >= MIN_UNKNOWN_WORD_CHARS && !single[start];
      if (j - start >= 2 || singleWord) {
        Token a = tokens.get(start);
        Token b = tokens.get(j - 1);
        String key = TextNormalizer.join(tokens, start, j);
        runs.add(new Spot(text, start, j, a.start(), b.end(), key, true));
      }
      i = Math.max(j, i + 1);
    }
    return runs;
  }
}
