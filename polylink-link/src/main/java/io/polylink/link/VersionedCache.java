package io.polylink.link;

import io.polylink.kb.store.Lookup;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed from the KB by key, shared by all documents and threads of one {@link Linker}. Entries belong to one
 * version of the KB ({@link Lookup#version()}): a lookup of another version (a live addition, a refresh) starts a new
 * cache. Bounded: when full it is emptied.
 *
 * @param <V> the cached value; immutable, as every thread sees the same one
 */
final class VersionedCache<V> {

  private record Generation<V>(Object version, ConcurrentHashMap<String, V> values) {}

  private final int capacity;
  private volatile Generation<V> current = new Generation<>(new Object(), new ConcurrentHashMap<>());

  VersionedCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
    }
    this.capacity = capacity;
  }

  /** The cached value of {@code key} as {@code lookup} sees the KB, computed by {@code compute} when absent. */
  V get(Lookup lookup, String key, Function<String, V> compute) {
    Generation<V> g = current;
    if (g.version() != lookup.version()) {
      g = new Generation<>(lookup.version(), new ConcurrentHashMap<>());
      current = g;
    }
    V v = g.values().get(key);
    if (v == null) {
      v = compute.apply(key);
      if (g.values().size() >= capacity) {
        g.values().clear();
      }
      g.values().put(key, v);
    }
    return v;
  }
}
