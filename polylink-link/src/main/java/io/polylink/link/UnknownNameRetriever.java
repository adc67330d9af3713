package io.polylink.link;

import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import io.polylink.link.xling.BilingualDictionary;
import java.util.ArrayList;
import java.util.List;

/**
 * Candidates of a name the dictionary does not hold: the first kind in {@link #kinds} that finds any. Cached across
 * documents in the linker's {@link UnknownNameCache}: the fuzzy lookups build automata and cost a millisecond or more.
 */
final class UnknownNameRetriever implements CandidateRetriever {

  private final Lookup lookup;
  private final UnknownNameCache cache;
  private final String cachePrefix;
  private final CandidateRetriever firstFound;

  /**
   * @param language the window's language (the stemmed kind depends on it, so it is part of the cache key)
   * @param minFuzzyLength the shortest key looked up fuzzily (spotted names 6, spans a caller gives 5)
   * @param dictionary bilingual dictionary for the translated kind, empty for none (the same for all of a linker's
   *     calls, so not part of the cache key)
   */
  UnknownNameRetriever(Lookup lookup, KnownNameCache knownNames, LinkerConfig config, UnknownNameCache cache,
      String language, int minFuzzyLength, BilingualDictionary dictionary) {
    this.lookup = lookup;
    this.cache = cache;
    this.cachePrefix = minFuzzyLength + ":" + language + ":";
    this.firstFound = CandidateRetriever.firstFound(kinds(lookup, knownNames, config, language, minFuzzyLength,
        dictionary));
  }

  /** The kinds of match tried for an unknown name, in the order tried: the first that finds any candidate wins. */
  static List<CandidateRetriever> kinds(Lookup lookup, KnownNameCache knownNames, LinkerConfig config,
      String language, int minFuzzyLength, BilingualDictionary dictionary) {
    List<CandidateRetriever> kinds = new ArrayList<>(List.of(
        new RomanizedNameRetriever(lookup, config.maxCandidates()),
        new FuzzyNameRetriever(lookup, knownNames, config, minFuzzyLength),
        new LongerFormRetriever(lookup, config.maxCandidates()),
        // after the name's own forms, so exact, romanized, fuzzy and full-form matches keep winning:
        // "Warszawie" -> "Warszawa"
        new StemmedNameRetriever(lookup, language, config.maxCandidates())));
    if (!dictionary.isEmpty()) {
      // last: a translation is the weakest evidence that the name means the entity
      kinds.add(new TranslatedNameRetriever(lookup, dictionary, language, config.maxCandidates()));
    }
    return List.copyOf(kinds);
  }

  @Override
  public List<NameHit> retrieve(String key) {
    return cache.get(lookup, cachePrefix + key, k -> firstFound.retrieve(key));
  }
}
