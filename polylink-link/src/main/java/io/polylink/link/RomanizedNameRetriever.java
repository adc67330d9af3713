package io.polylink.link;

import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import java.util.List;

/** Entities whose romanized (ICU-transliterated) label has the key: "Moskva" finds Москва. */
record RomanizedNameRetriever(Lookup lookup, int limit) implements CandidateRetriever {

  @Override
  public List<NameHit> retrieve(String key) {
    return lookup.transliterated(key, limit);
  }
}
