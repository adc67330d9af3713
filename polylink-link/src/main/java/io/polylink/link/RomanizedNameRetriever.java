package io.polylink.link;

import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import java.util.List;

/** Entities whose romanized (ICU-transliterated) label has the key: "Moskva" finds Москва. */
final class RomanizedNameRetriever implements CandidateRetriever {

  private final Lookup lookup;
  private final int limit;

  RomanizedNameRetriever(Lookup lookup, int limit) {
    this.lookup = lookup;
    this.limit = limit;
  }

  @Override
  public List<NameHit> retrieve(String key) {
    return lookup.transliterated(key, limit);
  }
}
