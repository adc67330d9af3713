package io.polylink.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A knowledge-base entity with its names in every language it has, descriptions, relations and popularity.
 *
 * @param id the id
 * @param labels language code to preferred name
 * @param aliases language code to other names
 * @param descriptions language code to a short description
 * @param relations property id ({@code P31}) to target entity ids, in dump order
 * @param popularity a non-negative prior (Wikidata: number of sitelinks)
 * @param type the coarse type
 * @param priors name text to p(this entity | name), for the names whose link statistics are known (Wikipedia
 *     anchors: the share of links with that text that point to this entity); a name without one has no prior
 */
public record Entity(
    EntityId id,
    Map<String, String> labels,
    Map<String, List<String>> aliases,
    Map<String, String> descriptions,
    Map<String, List<String>> relations,
    long popularity,
    EntityType type,
    Map<String, Float> priors) {

  /** An entity without name priors. */
  public Entity(EntityId id, Map<String, String> labels, Map<String, List<String>> aliases,
      Map<String, String> descriptions, Map<String, List<String>> relations, long popularity, EntityType type) {
    this(id, labels, aliases, descriptions, relations, popularity, type, Map.of());
  }

  public Entity {
    if (id == null) {
      throw new IllegalArgumentException("entity id must not be null");
    }
    if (popularity < 0) {
      throw new IllegalArgumentException("popularity must be >= 0, got " + popularity + " for " + id);
    }
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels == null ? Map.of() : labels));
    aliases = copyLists(aliases);
    descriptions = Collections.unmodifiableMap(new LinkedHashMap<>(descriptions == null ? Map.of() : descriptions));
    relations = copyLists(relations);
    if (type == null) {
      type = EntityType.OTHER;
    }
    if (priors == null || priors.isEmpty()) {
      priors = Map.of();
    } else {
      for (Map.Entry<String, Float> p : priors.entrySet()) {
        float v = p.getValue() == null ? Float.NaN : p.getValue();
        if (!(v >= 0f && v <= 1f)) {
          throw new IllegalArgumentException("prior of name '" + p.getKey() + "' must be in [0,1], got "
              + p.getValue() + " for " + id);
        }
      }
      priors = Collections.unmodifiableMap(new LinkedHashMap<>(priors));
    }
  }

  /** p(this entity | name) for a name of this entity, or -1 when unknown. */
  public float prior(String name) {
    Float p = priors.get(name);
    return p == null ? -1f : p;
  }

  private static Map<String, List<String>> copyLists(Map<String, List<String>> m) {
    if (m == null || m.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    m.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(copy);
  }

  /** The label in {@code language}, else in English, else any label, else the id. */
  public String label(String language) {
    String l = language == null ? null : labels.get(language);
    if (l == null && language != null && language.indexOf('-') > 0) {
      l = labels.get(language.substring(0, language.indexOf('-')));
    }
    if (l == null) {
      l = labels.get("en");
    }
    if (l == null && !labels.isEmpty()) {
      l = labels.values().iterator().next();
    }
    return l == null ? id.value() : l;
  }

  /** The description in {@code language}, else English, else any, else "". */
  public String description(String language) {
    String d = language == null ? null : descriptions.get(language);
    if (d == null) {
      d = descriptions.get("en");
    }
    if (d == null && !descriptions.isEmpty()) {
      d = descriptions.values().iterator().next();
    }
    return d == null ? "" : d;
  }

  /** Every name (labels and aliases) in every language, labels first. */
  public List<String> allNames() {
    List<String> names = new ArrayList<>(labels.values());
    aliases.values().forEach(names::addAll);
    return names;
  }

  /** Targets of one property, empty when absent. */
  public List<String> relation(String property) {
    return relations.getOrDefault(property, List.of());
  }
}
