package io.polylink.link;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Values of a function of name keys for one document (long documents repeat names), emptied at the start of a window
 * once it holds more than its bound, so that memory never grows with the document's length. Not thread-safe: one
 * document, one thread.
 */
final class DocumentCache<V> {

  private final Map<String, V> values;
  private final int bound;

  DocumentCache(int initialCapacity, int bound) {
    this.values = new HashMap<>(initialCapacity);
    this.bound = bound;
  }

  V get(String key, Function<String, V> compute) {
    return values.computeIfAbsent(key, compute);
  }

  /** Empties the cache when it holds more than its bound; called between windows. */
  void trim() {
    if (values.size() > bound) {
      values.clear();
    }
  }
}
