package io.polylink.link;

import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import java.util.List;

/**
 * The entities of the one KB name that writes a multi-word name out in full: the name followed by a joiner and at
 * most {@link #MAX_FULL_FORM_REST} words in all ("London School of Economics" for "... and Political Science").
 * None when no name or several do ("United States of America", "United States of Europe").
 */
record LongerFormRetriever(Lookup lookup, int limit) implements CandidateRetriever {

  /** Words that join a name to the rest of its full form ("Oberlin Conservatory of Music", "Mills College at X"). */
  private static final List<String> FULL_FORM_JOINERS = List.of("of", "at", "and", "for", "in", "on", "de", "du",
      "des", "del", "di");
  /** Longest rest of a full form, in words, joiner included ("and Political Science"). */
  static final int MAX_FULL_FORM_REST = 4;
  /** Full forms read per joiner: two are enough to tell one from several. */
  private static final int FORMS_READ = 2;

  @Override
  public List<NameHit> retrieve(String key) {
    String longer = onlyLongerForm(key);
    return longer == null ? List.of() : lookup.candidates(longer, limit);
  }

  /** The key of the one KB name that writes {@code key} out in full, or null. */
  String onlyLongerForm(String key) {
    if (key.indexOf(' ') < 0) {
      return null; // one word is too short a start: "Oberlin" begins "Oberlin College" and "Oberlin, Ohio"
    }
    String found = null;
    for (String joiner : FULL_FORM_JOINERS) {
      for (String k : lookup.keysStartingWith(key + " " + joiner + " ", FORMS_READ)) {
        if (k.chars().filter(c -> c == ' ').count() - key.chars().filter(c -> c == ' ').count() > MAX_FULL_FORM_REST) {
          continue;
        }
        if (found != null && !found.equals(k)) {
          return null;
        }
        found = k;
      }
    }
    return found;
  }
}
