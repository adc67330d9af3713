package io.polylink.discover;

import io.polylink.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One group of NIL mentions taken for one unknown entity: the aggregate that becomes its single representation. */
final class Cluster {
  final String id;
  final int createdBatch;
  int ordinal; // position in creation order
  int loadedSize; // mentions it had when loaded from a state file (0 for a cluster of this batch)
  int updatedBatch;
  int size;
  int documents;
  String lastDoc;
  /** Surface forms with their mention counts, in first-seen order. */
  final Map<String, Integer> names = new LinkedHashMap<>();
  /** Normalized names with their mention counts. */
  final Map<String, Integer> keys = new LinkedHashMap<>();
  /** Per normalized name: its content tokens and character trigrams, computed once (see {@link Discoverer}). */
  final Map<String, Discoverer.NameShape> shapes = new HashMap<>();
  final Map<String, Integer> languages = new LinkedHashMap<>();
  final int[] typeVotes = new int[EntityType.values().length];
  /** Context words with the number of mentions they occur around, capped (most frequent kept). */
  final Map<String, Integer> context = new HashMap<>();
  double contextNorm; // sqrt of the sum of squared counts
  final List<String> examples = new ArrayList<>();

  Cluster(String id, int createdBatch) {
    this.id = id;
    this.createdBatch = createdBatch;
    this.updatedBatch = createdBatch;
  }

  void add(NilMention m, int batch, DiscoveryConfig config) {
    size++;
    updatedBatch = batch;
    if (!m.docId().equals(lastDoc)) {
      documents++;
      lastDoc = m.docId();
    }
    names.merge(m.surface(), 1, Integer::sum);
    keys.merge(m.key(), 1, Integer::sum);
    languages.merge(m.language(), 1, Integer::sum);
    if (m.typeGuess() != null) {
      typeVotes[m.typeGuess().ordinal()]++;
    }
    for (String w : m.contextWords()) {
      context.merge(w, 1, Integer::sum);
    }
    if (context.size() > 2 * config.clusterContextWords()) {
      trim(config.clusterContextWords());
    }
    updateNorm();
    if (examples.size() < config.examples()) {
      examples.add(m.snippet());
    }
  }

  /** Keeps the {@code keep} most frequent context words (ties: alphabetical, so the result is deterministic). */
  void trim(int keep) {
    List<Map.Entry<String, Integer>> sorted = topContext(keep);
    context.clear();
    sorted.forEach(e -> context.put(e.getKey(), e.getValue()));
  }

  List<Map.Entry<String, Integer>> topContext(int n) {
    List<Map.Entry<String, Integer>> all = new ArrayList<>(context.entrySet());
    all.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    return new ArrayList<>(all.subList(0, Math.min(n, all.size())));
  }

  void updateNorm() {
    double sq = 0;
    for (int c : context.values()) {
      sq += (double) c * c;
    }
    contextNorm = Math.sqrt(sq);
  }

  /** The majority type guess of the mentions, or null when none had one. */
  EntityType type() {
    int best = -1;
    for (int i = 0; i < typeVotes.length; i++) {
      if (typeVotes[i] > 0 && (best < 0 || typeVotes[i] > typeVotes[best])) {
        best = i;
      }
    }
    return best < 0 ? null : EntityType.values()[best];
  }

  /** Surface forms, most frequent first (ties: first seen). */
  List<String> namesByFrequency() {
    List<String> out = new ArrayList<>(names.keySet());
    out.sort(Comparator.comparingInt((String n) -> -names.get(n)));
    return out;
  }

  /** The language most mentions were in. */
  String language() {
    String best = "und";
    int n = -1;
    for (Map.Entry<String, Integer> e : languages.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }
}
