package io.polylink.kb.store;

import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entity as the linker reads it from the store: names with their precomputed keys, descriptions, relations,
 * popularity, coarse type and hashed context words. Decoded from the store on demand; immutable.
 *
 * @param id the entity id
 * @param popularity the popularity prior (sitelinks for Wikidata)
 * @param type coarse type
 * @param commonNoun true when the entity's Latin-script labels are mostly lower case: a concept ("city"), not a name
 * @param names every name in every language, labels first
 * @param descriptions language to description
 * @param relations property to target ids
 * @param contextHashes sorted, distinct hashes of the normalized description words, for context overlap
 * @param related the targets of every relation except instance-of and subclass-of (P31, P279), deduplicated: what
 *     this entity belongs with in a text, for coherence; derived from {@code relations}
 */
public record EntityRecord(
    EntityId id,
    long popularity,
    EntityType type,
    boolean commonNoun,
    List<Name> names,
    Map<String, String> descriptions,
    Map<String, List<String>> relations,
    int[] contextHashes,
    List<String> related) {

  /** Relations too generic to make two entities belong together in a text. */
  static final java.util.Set<String> CLASS_PROPERTIES = java.util.Set.of("P31", "P279");

  /** The related ids of a relation map (see {@link #related()}). */
  static List<String> relatedOf(Map<String, List<String>> relations) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (Map.Entry<String, List<String>> e : relations.entrySet()) {
      if (!CLASS_PROPERTIES.contains(e.getKey())) {
        out.addAll(e.getValue());
      }
    }
    return List.copyOf(out);
  }

  /**
   * One name of an entity.
   *
   * @param language language code
   * @param label true for the label, false for an alias
   * @param text the name as written
   * @param key its dictionary key (see {@link io.polylink.kb.text.TextNormalizer#key})
   * @param prior p(this entity | this name) from link statistics (Wikipedia anchors), in [0,1]; -1 when unknown
   */
  public record Name(String language, boolean label, String text, String key, float prior) {

    /** A name without a prior. */
    public Name(String language, boolean label, String text, String key) {
      this(language, label, text, key, -1f);
    }

    /** True when the name has a prior from link statistics. */
    public boolean hasPrior() {
      return prior >= 0f;
    }
  }

  /** The label in {@code language}, else English, else any label, else the id. */
  public String label(String language) {
    String primary = language == null ? null : (language.indexOf('-') > 0 ? language.substring(0, language.indexOf('-')) : language);
    String en = null;
    String any = null;
    for (Name n : names) {
      if (!n.label()) {
        continue;
      }
      if (n.language().equals(language)) {
        return n.text();
      }
      if (primary != null && n.language().equals(primary)) {
        any = n.text();
        en = en == null ? n.text() : en;
      }
      if (n.language().equals("en") && en == null) {
        en = n.text();
      }
      if (any == null) {
        any = n.text();
      }
    }
    return en != null ? en : any != null ? any : id.value();
  }

  /** The description in {@code language}, else English, else any, else "". */
  public String description(String language) {
    String d = descriptions.get(language);
    if (d == null) {
      d = descriptions.get("en");
    }
    if (d == null && !descriptions.isEmpty()) {
      d = descriptions.values().iterator().next();
    }
    return d == null ? "" : d;
  }

  /** Targets of one property, empty when absent. */
  public List<String> relation(String property) {
    return relations.getOrDefault(property, List.of());
  }

  /** The model's view of this record. */
  public Entity toEntity() {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    Map<String, Float> priors = new LinkedHashMap<>();
    for (Name n : names) {
      if (n.hasPrior()) {
        priors.putIfAbsent(n.text(), n.prior());
      }
      if (n.label()) {
        labels.putIfAbsent(n.language(), n.text());
      } else {
        aliases.computeIfAbsent(n.language(), k -> new ArrayList<>()).add(n.text());
      }
    }
    return new Entity(id, labels, aliases, descriptions, relations, popularity, type, priors);
  }
}
