package io.polylink.link;

import io.polylink.kb.store.NameHit;
import java.util.List;

/**
 * Stage 2 of linking: the KB entities a name key may refer to. One implementation per kind of match:
 * {@link ExactNameRetriever} (the names dictionary), {@link RomanizedNameRetriever} (ICU-romanized labels),
 * {@link FuzzyNameRetriever} (one or two edits), {@link LongerFormRetriever} (the one name written out in full);
 * {@link UnknownNameRetriever} tries the kinds for names the dictionary does not hold, in order.
 *
 * <p>To add a kind (stemmed, dictionary-translated, ...): implement this interface in a class of its own and list it
 * in {@link UnknownNameRetriever#kinds} at the place its matches rank among the others.
 */
@FunctionalInterface
interface CandidateRetriever {

  /** The candidates of a name key ({@link io.polylink.kb.text.TextNormalizer#key}); empty when this kind finds none. */
  List<NameHit> retrieve(String key);

  /** The candidates of the first of {@code kinds} that finds any, else none. */
  static CandidateRetriever firstFound(List<CandidateRetriever> kinds) {
    List<CandidateRetriever> in = List.copyOf(kinds);
    return key -> {
      List<NameHit> hits = List.of();
      for (CandidateRetriever kind : in) {
        hits = kind.retrieve(key);
        if (!hits.isEmpty()) {
          break;
        }
      }
      return hits;
    };
  }
}
