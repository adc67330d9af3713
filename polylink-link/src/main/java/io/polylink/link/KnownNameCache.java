package io.polylink.link;

import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dictionary probes and exact-name candidates, shared by all documents and threads of one {@link Linker}. News
 * repeats the same names across documents ("United States", "Reuters", "said"), and each probe or candidate list
 * otherwise costs a term-dictionary seek, postings and doc-values reads and record decoding in every document.
 * Both are functions of the key and of the KB as a lookup sees it: entries belong to one version of the KB
 * ({@link Lookup#version()}), and a lookup of another version (a live addition, a refresh) starts a new cache.
 * Bounded: a map that is full is emptied.
 */
final class KnownNameCache {

  /** Keys of probes kept; an entry is a short string and an integer. */
  static final int MAX_PROBES = 1 << 15;
  /** Keys of candidate lists kept; a list holds at most {@link LinkerConfig#maxCandidates()} records. */
  static final int MAX_CANDIDATES = 1 << 12;

  private record Generation(Object version, ConcurrentHashMap<String, Integer> probes,
      ConcurrentHashMap<String, List<NameHit>> candidates) {}

  private final int maxProbes;
  private final int maxCandidates;
  private volatile Generation current = new Generation(new Object(), new ConcurrentHashMap<>(),
      new ConcurrentHashMap<>());

  KnownNameCache() {
    this(MAX_PROBES, MAX_CANDIDATES);
  }

  KnownNameCache(int maxProbes, int maxCandidates) {
    if (maxProbes < 1 || maxCandidates < 1) {
      throw new IllegalArgumentException("capacities must be >= 1, got " + maxProbes + " and " + maxCandidates);
    }
    this.maxProbes = maxProbes;
    this.maxCandidates = maxCandidates;
  }

  private Generation generation(Lookup lookup) {
    Generation g = current;
    if (g.version() != lookup.version()) {
      g = new Generation(lookup.version(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
      current = g;
    }
    return g;
  }

  /** {@link Lookup#probe}, as {@code lookup} sees the KB. */
  int probe(Lookup lookup, String key, boolean noSpaceTail) {
    Generation g = generation(lookup);
    String k = noSpaceTail ? "1" + key : "0" + key;
    Integer cached = g.probes().get(k);
    if (cached == null) {
      cached = lookup.probe(key, noSpaceTail);
      if (g.probes().size() >= maxProbes) {
        g.probes().clear();
      }
      g.probes().put(k, cached);
    }
    return cached;
  }

  /** {@link Lookup#candidates} (unmodifiable), as {@code lookup} sees the KB. */
  List<NameHit> candidates(Lookup lookup, String key, int limit) {
    Generation g = generation(lookup);
    String k = limit + ":" + key;
    List<NameHit> cached = g.candidates().get(k);
    if (cached == null) {
      cached = List.copyOf(lookup.candidates(key, limit));
      if (g.candidates().size() >= maxCandidates) {
        g.candidates().clear();
      }
      g.candidates().put(k, cached);
    }
    return cached;
  }
}
