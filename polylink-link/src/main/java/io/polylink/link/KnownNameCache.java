package io.polylink.link;

import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import java.util.List;

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

  private final VersionedCache<Integer> probes;
  private final VersionedCache<List<NameHit>> candidates;

  KnownNameCache() {
    this(MAX_PROBES, MAX_CANDIDATES);
  }

  KnownNameCache(int maxProbes, int maxCandidates) {
    if (maxProbes < 1 || maxCandidates < 1) {
      throw new IllegalArgumentException("capacities must be >= 1, got " + maxProbes + " and " + maxCandidates);
    }
    this.probes = new VersionedCache<>(maxProbes);
    this.candidates = new VersionedCache<>(maxCandidates);
  }

  /** {@link Lookup#probe}, as {@code lookup} sees the KB. */
  int probe(Lookup lookup, String key, boolean noSpaceTail) {
    return probes.get(lookup, noSpaceTail ? "1" + key : "0" + key, k -> lookup.probe(key, noSpaceTail));
  }

  /** {@link Lookup#candidates} (unmodifiable), as {@code lookup} sees the KB. */
  List<NameHit> candidates(Lookup lookup, String key, int limit) {
    return candidates.get(lookup, limit + ":" + key, k -> List.copyOf(lookup.candidates(key, limit)));
  }
}
