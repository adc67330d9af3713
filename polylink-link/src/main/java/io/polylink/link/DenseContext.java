package io.polylink.link;

import io.polylink.kb.store.EntityRecord;
import io.polylink.kb.store.NameHit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code dense} ranking evidence: per spot and candidate, the cosine of a {@link TextEncoder}'s vectors for the
 * spot's context and the entity's text (its label and description in the document's language, as the KB has them).
 * Contexts are the window's text cut into chunks of whole sentences (about {@link #CHUNK_CHARS} chars), so mentions of
 * one chunk share one encoding; only chunks holding a spot with candidates are encoded, in one batch per window.
 * Entity vectors are cached across documents and threads, keyed by their text (bounded: cleared when full, like the
 * linker's other caches). Thread-safe.
 */
final class DenseContext {

  /** Chunks end at the first sentence or line break past this many chars (hard cut at twice as many). */
  static final int CHUNK_CHARS = 320;
  static final int MAX_CACHED_ENTITIES = 100_000;

  private final TextEncoder encoder;
  private final Map<String, float[]> entityVectors = new ConcurrentHashMap<>();

  DenseContext(TextEncoder encoder) {
    this.encoder = encoder;
  }

  TextEncoder encoder() {
    return encoder;
  }

  /** The text an entity is encoded by: its label, and its description when the KB has one. */
  static String entityText(EntityRecord r, String language) {
    String label = r.label(language);
    String d = r.description(language);
    return d == null || d.isBlank() ? label : label + ", " + d;
  }

  /**
   * Per spot (in the order given), per hit: the cosine of the spot's context in {@code text[from, to)} and the hit's
   * entity text; null for a spot without hits.
   */
  double[][] similarities(CharSequence text, int from, int to, List<Spot> spots, String language) {
    int[] bounds = chunks(text, from, to);
    Map<Integer, Integer> chunkSlot = new LinkedHashMap<>();
    List<String> chunkTexts = new ArrayList<>();
    int[] slotOf = new int[spots.size()];
    Map<String, float[]> fresh = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < spots.size(); i++) {
      Spot s = spots.get(i);
      slotOf[i] = -1;
      if (s.hits.isEmpty()) {
        continue;
      }
      int c = chunkOf(bounds, s.start);
      Integer slot = chunkSlot.get(c);
      if (slot == null) {
        slot = chunkTexts.size();
        chunkSlot.put(c, slot);
        chunkTexts.add(text.subSequence(bounds[c], bounds[c + 1]).toString());
      }
      slotOf[i] = slot;
      for (NameHit h : s.hits) {
        String t = entityText(h.record(), language);
        if (!entityVectors.containsKey(t) && !fresh.containsKey(t)) {
          fresh.put(t, null);
          missing.add(t);
        }
      }
    }
    if (chunkTexts.isEmpty()) {
      return new double[spots.size()][];
    }
    List<String> batch = new ArrayList<>(chunkTexts);
    batch.addAll(missing);
    float[][] v = encoder.encode(batch);
    if (v.length != batch.size()) {
      throw new IllegalStateException("encoder " + encoder.name() + " returned " + v.length + " vectors for "
          + batch.size() + " texts");
    }
    if (entityVectors.size() + missing.size() > MAX_CACHED_ENTITIES) {
      entityVectors.clear();
    }
    for (int k = 0; k < missing.size(); k++) {
      float[] e = v[chunkTexts.size() + k];
      fresh.put(missing.get(k), e);
      entityVectors.put(missing.get(k), e);
    }
    double[][] out = new double[spots.size()][];
    for (int i = 0; i < spots.size(); i++) {
      if (slotOf[i] < 0) {
        continue;
      }
      Spot s = spots.get(i);
      float[] ctx = v[slotOf[i]];
      out[i] = new double[s.hits.size()];
      for (int j = 0; j < s.hits.size(); j++) {
        String t = entityText(s.hits.get(j).record(), language);
        float[] e = fresh.get(t);
        if (e == null) {
          e = entityVectors.get(t);
        }
        if (e == null) { // evicted by another thread between the two looks
          e = encoder.encode(List.of(t))[0];
        }
        out[i][j] = TextEncoder.cosine(ctx, e);
      }
    }
    return out;
  }

  /** Chunk boundaries of text[from, to): b[0] = from, ..., b[last] = to. */
  static int[] chunks(CharSequence text, int from, int to) {
    List<Integer> b = new ArrayList<>();
    b.add(from);
    int start = from;
    int lastSpace = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean ws = Character.isWhitespace(c);
      if (ws) {
        lastSpace = i + 1;
      }
      int len = i + 1 - start;
      boolean sentenceEnd = c == '\n' || ((c == '.' || c == '!' || c == '?' || c == '。')
          && (i + 1 == to || Character.isWhitespace(text.charAt(i + 1))));
      if (len >= CHUNK_CHARS && sentenceEnd && i + 1 < to) {
        start = i + 1;
        b.add(start);
      } else if (len >= 2 * CHUNK_CHARS && lastSpace > start) {
        start = lastSpace;
        b.add(start);
      } else if (len >= 4 * CHUNK_CHARS && i + 1 < to && !Character.isHighSurrogate(c)) {
        start = i + 1; // no space to cut at (Chinese, Japanese, Thai)
        b.add(start);
      }
    }
    b.add(to);
    return b.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int chunkOf(int[] bounds, int pos) {
    int lo = 0;
    int hi = bounds.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (bounds[mid] <= pos) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
