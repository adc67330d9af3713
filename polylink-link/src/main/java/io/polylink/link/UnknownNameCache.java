package io.polylink.link;

import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import java.util.List;
import java.util.function.Function;

/**
 * Candidates of names the dictionary does not hold (romanized and fuzzy lookups), shared by all documents and
 * threads of one {@link Linker}. A fuzzy lookup builds a Levenshtein automaton, about 1 ms for one edit and 6 ms for
 * two, and text about people repeats the same unknown names across documents. Entries belong to one version of the
 * KB ({@link Lookup#version()}): a lookup of another version starts a new cache. Bounded: when full it is emptied.
 */
final class UnknownNameCache {

  private final VersionedCache<List<NameHit>> hits;

  UnknownNameCache(int capacity) {
    this.hits = new VersionedCache<>(capacity);
  }

  /** The cached candidates of {@code key} as {@code lookup} sees the KB, computed by {@code compute} when absent. */
  List<NameHit> get(Lookup lookup, String key, Function<String, List<NameHit>> compute) {
    return hits.get(lookup, key, k -> List.copyOf(compute.apply(k)));
  }
}
