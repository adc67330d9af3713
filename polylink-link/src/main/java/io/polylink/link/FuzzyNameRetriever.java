package io.polylink.link;

import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import io.polylink.kb.text.EditDistance;
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
    return lookup.fuzzy(key, key.length() >= TWO_EDITS_FROM ? 2 : 1, EXACT_PREFIX, config.maxCandidates(),
        k -> wordByWord(key, k));
  }

  /**
   * Whether a name's key within the automaton's edits of {@code key} is a misspelling of it word by word: with as
   * many words, each within the edits its own length allows ({@link #editsFor}). Two edits over a whole name may
   * rewrite a short word entirely: "Thomas Pole" is two edits from "Thomas More" and "Thomas Gold", and is neither.
   * A key with a space more or less ("Stock holm", OCR's joined words) keeps the automaton's bound alone: requiring
   * as many words cost HIPE's OCR-damaged names their seen entities (newseye-dev-sv relink accuracy 1.0 -> .95).
   */
  static boolean wordByWord(String key, String name) {
    String[] a = key.split(" ");
    String[] b = name.split(" ");
    if (a.length != b.length) {
      return true; // a space added or lost ("Stock holm"): the automaton's bound alone
    }
    for (int i = 0; i < a.length; i++) {
      int allowed = editsFor(a[i]);
      if (!a[i].equals(b[i]) && EditDistance.of(a[i], b[i], allowed) > allowed) {
        return false;
      }
    }
    return true;
  }

  /** Edits a misspelled word of this length may hold: none under 5 code points, one under 10, else two. */
  static int editsFor(String word) {
    int n = word.codePointCount(0, word.length());
    return n < 5 ? 0 : n < TWO_EDITS_FROM ? 1 : 2;
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
