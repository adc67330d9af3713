package io.polylink.link;

import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Dictionary probes and exact-name candidates, shared by all documents and threads of one {@link Linker}. News
 * repeats the same names across documents ("United States", "Reuters", "said"), and each probe or candidate list
 * otherwise costs a term-dictionary seek, postings and doc-values reads and record decoding in every document (and
 * the filter of unrelated anchors over the candidates, which reads their names). All are functions of the key and
 * of the KB as a lookup sees it: entries belong to one version of the KB ({@link Lookup#version()}), and a lookup of
 * another version (a live addition, a refresh) starts a new cache.
 * Bounded: a map that is full is emptied.
 */
final class KnownNameCache {

  /** Keys of probes kept; an entry is a short string and an integer. */
  static final int MAX_PROBES = 1 << 15;
  /** Keys of candidate lists kept; a list holds at most {@link LinkerConfig#maxCandidates()} records. */
  static final int MAX_CANDIDATES = 1 << 12;

  // the key alone is the map key (no prefix to concatenate and hash again): one map per probe kind and per limit
  private final VersionedCache<Integer> probes;
  private final VersionedCache<Integer> noSpaceTailProbes;
  private final int maxCandidates;
  private final ConcurrentHashMap<Integer, VersionedCache<List<NameHit>>> candidates =
      new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Integer, VersionedCache<List<NameHit>>> related =
      new ConcurrentHashMap<>();

  /**
   * Name evidence of candidate lists kept (see {@link #nameEvidence}): a key of ~100 bytes and two arrays of at most
   * {@link LinkerConfig#maxCandidates()} doubles, under 0.6 KB each, so at most ~5 MB, plus the candidate lists it
   * holds on to (most are the candidate maps' own). On the Wikipedia KB the live heap after a full GC while linking
   * went from 34 to 35 MB with this and the title forms of {@code DocumentRanker}.
   */
  static final int MAX_EVIDENCE = 1 << 13;

  /**
   * What a mention's name says of each of its candidates: the link-statistics prior ({@link NamePriors}) and how well
   * one of the candidate's names matches the mention ({@link SpotRanker#matchQuality}). Both read every name of every
   * candidate, and the same names recur with the same candidates across documents.
   *
   * @param hits the candidates these belong to (compared by identity: another list, even an equal one, is recomputed)
   */
  record NameEvidence(List<NameHit> hits, double[] priors, double[] match) {}

  private final ConcurrentHashMap<String, NameEvidence> evidence =
      new ConcurrentHashMap<>();
  private final int maxEvidence;

  KnownNameCache() {
    this(MAX_PROBES, MAX_CANDIDATES, MAX_EVIDENCE);
  }

  KnownNameCache(int maxProbes, int maxCandidates) {
    this(maxProbes, maxCandidates, MAX_EVIDENCE);
  }

  /**
   * @param maxProbes keys of each kind of probe kept
   * @param maxCandidates keys of candidate lists kept, for each limit asked for (a linker asks for one,
   *     {@link LinkerConfig#maxCandidates()}), and as many of filtered lists
   * @param maxEvidence name evidence kept, by key, surface and language
   */
  KnownNameCache(int maxProbes, int maxCandidates, int maxEvidence) {
    if (maxProbes < 1 || maxCandidates < 1 || maxEvidence < 1) {
      throw new IllegalArgumentException("capacities must be >= 1, got " + maxProbes + ", " + maxCandidates + " and "
          + maxEvidence);
    }
    this.maxEvidence = maxEvidence;
    this.probes = new VersionedCache<>(maxProbes);
    this.noSpaceTailProbes = new VersionedCache<>(maxProbes);
    this.maxCandidates = maxCandidates;
  }

  /** {@link Lookup#probe}, as {@code lookup} sees the KB. */
  int probe(Lookup lookup, String key, boolean noSpaceTail) {
    return (noSpaceTail ? noSpaceTailProbes : probes).get(lookup, key, k -> lookup.probe(k, noSpaceTail));
  }

  /** {@link Lookup#candidates} (unmodifiable), as {@code lookup} sees the KB. */
  List<NameHit> candidates(Lookup lookup, String key, int limit) {
    return forLimit(candidates, limit).get(lookup, key, k -> List.copyOf(lookup.candidates(k, limit)));
  }

  /**
   * {@link #candidates} without {@link ExactNameRetriever#withoutUnrelatedAnchors unrelated anchors} (unmodifiable):
   * that filter reads every candidate's names and labels, and is a function of the key and the candidates alone.
   * Its lists hold the same hits as {@link #candidates}' lists, so they add little memory.
   */
  List<NameHit> related(Lookup lookup, String key, int limit) {
    return forLimit(related, limit).get(lookup, key,
        k -> List.copyOf(ExactNameRetriever.withoutUnrelatedAnchors(candidates(lookup, k, limit), k)));
  }

  private VersionedCache<List<NameHit>> forLimit(
      ConcurrentHashMap<Integer, VersionedCache<List<NameHit>>> byLimit, int limit) {
    VersionedCache<List<NameHit>> c = byLimit.get(limit);
    return c != null ? c : byLimit.computeIfAbsent(limit, l -> new VersionedCache<>(maxCandidates));
  }

  /**
   * The name evidence of {@code hits} for a mention written {@code surface}, looked up as {@code key}, in a text of
   * {@code language}: the one kept when it was computed for this very list (a KB update or a type filter makes
   * another list, which is computed anew), else {@code compute}'s. The arrays are shared: callers must not write them.
   */
  NameEvidence nameEvidence(List<NameHit> hits, String key, String surface, String language,
      Supplier<NameEvidence> compute) {
    String k = key + '\u0000' + surface + '\u0000' + language;
    NameEvidence e = evidence.get(k);
    if (e != null && e.hits() == hits) {
      return e;
    }
    e = compute.get();
    if (e.hits() != hits) {
      throw new IllegalArgumentException("evidence computed for another candidate list");
    }
    if (evidence.size() >= maxEvidence) {
      evidence.clear();
    }
    evidence.put(k, e);
    return e;
  }
}
