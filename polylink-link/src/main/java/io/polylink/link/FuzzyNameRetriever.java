package io.polylink.link;

import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import java.util.List;

/**
 * Entities with a name within one edit of the key, two from {@link #TWO_EDITS_FROM} chars: misspelled and
 * OCR-damaged names. Only keys of at least {@code minLength} chars that {@link #mayMatch may match} are looked up.
 */
record FuzzyNameRetriever(Lookup lookup, KnownNameCache knownNames, LinkerConfig config, int minLength)
    implements CandidateRetriever {

  /** Keys this long or longer are matched within two edits, shorter ones within one. */
  static final int TWO_EDITS_FROM = 10;
  /** Leading characters that must match exactly (the automaton's prefix). */
  static final int EXACT_PREFIX = 1;

  @Override
  public List<NameHit> retrieve(String key) {
    if (key.length() < minLength || !mayMatch(key)) {
      return List.of();
    }
    return lookup.fuzzy(key, key.length() >= TWO_EDITS_FROM ? 2 : 1, EXACT_PREFIX, config.maxCandidates());
  }

  /**
   * Whether to look a key up fuzzily: always for one word, and for several unless {@link
   * LinkerConfig#fuzzyUnknownNames} is off; then only when some name of the KB starts with the first word, so a
   * misspelling of a known multi-word name is still found when its first word is intact.
   */
  private boolean mayMatch(String key) {
    int space = key.indexOf(' ');
    if (space < 0 && NonNamePhrases.CalendarWords.SET.contains(key)) {
      return false; // "Sunday" is one edit from a name of Sudan ("Sundân") and means neither
    }
    return space < 0 || config.fuzzyUnknownNames()
        || (knownNames.probe(lookup, key.substring(0, space), false) & Lookup.CONTINUES) != 0;
  }
}
