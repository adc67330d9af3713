package io.polylink.link;

import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Candidates of names the dictionary does not hold (romanized and fuzzy lookups), shared by all documents and
 * threads of one {@link Linker}. A fuzzy lookup builds a Levenshtein automaton, about 1 ms for one edit and 6 ms for
 * two, and text about people repeats the same unknown names across documents. Entries belong to one version of the
 * KB ({@link Lookup#version()}): a lookup of another version starts a new cache. Bounded: when full it is emptied.
 */
final class UnknownNameCache {

  private record Generation(Object version, ConcurrentHashMap<String, List<NameHit>> hits) {}

  private final int capacity;
  private volatile Generation current = new Generation(new Object(), new ConcurrentHashMap<>());

  UnknownNameCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
    }
    this.capacity = capacity;
  }

  /** The cached candidates of {@code key} as {@code lookup} sees the KB, computed by {@code compute} when absent. */
  List<NameHit> get(Lookup lookup, String key, Function<String, List<NameHit>> compute) {
    Generation g = current;
    if (g.version() != lookup.version()) {
      g = new Generation(lookup.version(), new ConcurrentHashMap<>());
      current = g;
    }
    List<NameHit> hits = g.hits().get(key);
    if (hits == null) {
      hits = List.copyOf(compute.apply(key));
      if (g.hits().size() >= capacity) {
        g.hits().clear();
      }
      g.hits().put(key, hits);
    }
    return hits;
  }
}
