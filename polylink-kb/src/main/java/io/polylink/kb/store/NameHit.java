package io.polylink.kb.store;

import java.util.Objects;

/**
 * An entity found under a name key.
 *
 * @param record the entity
 * @param keyCount how many of the entity's names (over all languages) have this key, capped at 64
 * @param entitiesWithKey how many entities share this key (its ambiguity)
 * @param transliterated true when found through a romanized key, not the name itself
 * @param kind how the mention's name met the entity's: the ranker sees stemmed and translated matches apart, so that
 *     a name found as written keeps winning
 */
public record NameHit(EntityRecord record, int keyCount, int entitiesWithKey, boolean transliterated, MatchKind kind) {

  /** How a hit was found. */
  public enum MatchKind {
    /** Under a key of the name as written (exact, fuzzy, a longer form) or its romanization. */
    NAME,
    /** Under another inflected form of the name: the same stem in the text's language ("Warszawie" -> "Warszawa"). */
    STEMMED,
    /** Under a bilingual dictionary's translation of the name's words ("Rzeka Wisła" -> "Vistula River"). */
    TRANSLATED
  }

  public NameHit {
    Objects.requireNonNull(kind, "kind");
  }

  /** A hit under the name as written or romanized. */
  public NameHit(EntityRecord record, int keyCount, int entitiesWithKey, boolean transliterated) {
    this(record, keyCount, entitiesWithKey, transliterated, MatchKind.NAME);
  }

  /** This hit, found by another kind of match. */
  public NameHit withKind(MatchKind matchKind) {
    return new NameHit(record, keyCount, entitiesWithKey, transliterated, matchKind);
  }
}
