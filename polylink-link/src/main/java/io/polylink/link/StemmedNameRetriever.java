package io.polylink.link;

import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import java.util.List;

/**
 * The entities of KB names with the same stem as a one-word inflected name in a language with a stemmer
 * ("Warszawie" -> "Warszawa", "Stockholms" -> "Stockholm"); none for English and undetermined text
 * ({@link StemmedNames}).
 */
record StemmedNameRetriever(Lookup lookup, String language, int limit) implements CandidateRetriever {

  @Override
  public List<NameHit> retrieve(String key) {
    return StemmedNames.hits(lookup, key, language, limit);
  }
}
