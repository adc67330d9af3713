package io.polylink.kb.store;

/**
 * An entity found under a name key.
 *
 * @param record the entity
 * @param keyCount how many of the entity's names (over all languages) have this key, capped at 64
 * @param entitiesWithKey how many entities share this key (its ambiguity)
 * @param transliterated true when found through a romanized key, not the name itself
 */
public record NameHit(EntityRecord record, int keyCount, int entitiesWithKey, boolean transliterated) {}
