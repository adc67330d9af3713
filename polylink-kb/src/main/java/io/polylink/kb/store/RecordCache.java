package io.polylink.kb.store;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A lossy, lock-free, direct-mapped cache of decoded records keyed by (leaf, doc). Popular entities are looked up
 * over and over; decoding their many names each time would dominate linking. A slot holds one entry; a collision
 * replaces it. Memory is bounded by the slot count.
 */
final class RecordCache {
  private record Entry(Object leafKey, int doc, EntityRecord record) {}

  private final AtomicReferenceArray<Entry> slots;
  private final int mask;

  RecordCache(int size) {
    if (Integer.bitCount(size) != 1) {
      throw new IllegalArgumentException("cache size must be a power of two, got " + size);
    }
    this.slots = new AtomicReferenceArray<>(size);
    this.mask = size - 1;
  }

  EntityRecord get(Object leafKey, int leafHash, int doc) {
    Entry e = slots.get(slot(leafHash, doc));
    return e != null && e.doc == doc && e.leafKey == leafKey ? e.record : null;
  }

  void put(Object leafKey, int leafHash, int doc, EntityRecord record) {
    slots.set(slot(leafHash, doc), new Entry(leafKey, doc, record));
  }

  /** The leaf's hash is computed once per leaf by the caller; identity hashes are not free. */
  private int slot(int leafHash, int doc) {
    int h = doc * 0x9E3779B9 + leafHash;
    return (h ^ (h >>> 16)) & mask;
  }
}
