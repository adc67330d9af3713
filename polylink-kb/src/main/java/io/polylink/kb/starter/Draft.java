package io.polylink.kb.starter;

import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * An entity being assembled from CLDR tables: names per locale, relations, description. Mutable, used by one thread
 * during one {@link CldrStarterSource#read} call.
 */
final class Draft {
  private final String id;
  private final EntityType type;
  /** Tag to names, label first. Only locales whose names differ from their nearest stored ancestor are kept. */
  private final Map<String, List<String>> names = new HashMap<>();
  private final Map<String, Set<String>> relations = new TreeMap<>();
  private String description = "";
  private long bonus;

  Draft(String id, EntityType type) {
    this.id = EntityId.of(id).value();
    this.type = type;
  }

  String id() {
    return id;
  }

  void description(String english) {
    this.description = english;
  }

  /** Adds to the popularity proxy, e.g. so that countries outrank same-named cities. */
  void bonus(long extra) {
    this.bonus += extra;
  }

  void relate(String property, String targetId) {
    if (!targetId.equals(id)) {
      relations.computeIfAbsent(property, p -> new TreeSet<>()).add(targetId);
    }
  }

  /**
   * Records the names one locale gives this entity, preferred name first; nulls, blanks and case-insensitive
   * repeats are dropped. A regional locale that only repeats what its parent says is not stored, the way Wikidata has
   * no {@code de-ch} label when it equals the {@code de} one.
   */
  void names(StarterLocale locale, List<String> candidates) {
    List<String> clean = new ArrayList<>(candidates.size());
    for (String c : candidates) {
      if (c == null) {
        continue;
      }
      String s = c.strip();
      if (!s.isEmpty() && !containsIgnoreCase(clean, s)) {
        clean.add(s);
      }
    }
    if (clean.isEmpty()) {
      return;
    }
    List<String> inherited = nearestAncestor(locale.ancestors());
    if (inherited != null && inherited.get(0).equalsIgnoreCase(clean.get(0))
        && clean.stream().allMatch(s -> containsIgnoreCase(inherited, s))) {
      return;
    }
    names.put(locale.tag(), List.copyOf(clean));
  }

  /** Number of distinct primary languages that name this entity. */
  int namingLanguages() {
    Set<String> primaries = new HashSet<>();
    for (String tag : names.keySet()) {
      int dash = tag.indexOf('-');
      primaries.add(dash < 0 ? tag : tag.substring(0, dash));
    }
    return primaries.size();
  }

  /** Number of case-insensitively distinct names over all languages: how widely the entity has been translated. */
  int distinctNames() {
    Set<String> all = new HashSet<>();
    names.values().forEach(list -> list.forEach(s -> all.add(s.toLowerCase(Locale.ROOT))));
    return all.size();
  }

  /**
   * The finished entity. Relations to ids that {@code known} rejects are dropped so that every target resolves.
   *
   * @param ancestorsByTag each stored tag's ancestors, nearest first
   */
  Entity toEntity(Map<String, List<String>> ancestorsByTag, Predicate<String> known) {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : new TreeMap<>(names).entrySet()) {
      List<String> own = e.getValue();
      List<String> inherited = nearestAncestor(ancestorsByTag.getOrDefault(e.getKey(), List.of()));
      String label = own.get(0);
      boolean newLabel = inherited == null || !inherited.get(0).equalsIgnoreCase(label);
      if (newLabel) {
        labels.put(e.getKey(), label);
      }
      List<String> extra = new ArrayList<>();
      for (String alias : own.subList(1, own.size())) {
        if (inherited == null || !containsIgnoreCase(inherited, alias)) {
          extra.add(alias);
        }
      }
      if (!extra.isEmpty()) {
        aliases.put(e.getKey(), extra);
      }
    }
    Map<String, List<String>> rel = new LinkedHashMap<>();
    relations.forEach((p, targets) -> {
      List<String> ok = targets.stream().filter(known).toList();
      if (!ok.isEmpty()) {
        rel.put(p, ok);
      }
    });
    Map<String, String> descriptions = description.isEmpty() ? Map.of() : Map.of("en", description);
    return new Entity(EntityId.of(id), labels, aliases, descriptions, rel, distinctNames() + bonus, type);
  }

  private List<String> nearestAncestor(List<String> ancestors) {
    for (String a : ancestors) {
      List<String> l = names.get(a);
      if (l != null) {
        return l;
      }
    }
    return null;
  }

  private static boolean containsIgnoreCase(List<String> list, String s) {
    for (String x : list) {
      if (x.equalsIgnoreCase(s)) {
        return true;
      }
    }
    return false;
  }
}
