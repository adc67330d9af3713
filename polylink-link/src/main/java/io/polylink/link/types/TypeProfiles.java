package io.polylink.link.types;

import io.polylink.kb.store.EntityRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An entity's type profile, read from its KB relations (DUCK: an entity's type is the set of KG relations it takes
 * part in): which properties it has ({@code has:P106}, {@code has:P27}, ...), its classes, the targets of instance-of
 * (P31) closed under subclass-of (P279) over the KB's own entities ({@code isa:Q5}, {@code isa:Q215627}, ...), the
 * superclasses of a class entity the same way ({@code sub:Q...}), and its occupations ({@code P106:Q82955}).
 *
 * <p>Computed lazily at link time from the relations every KB built from a Wikidata dump already stores, so no store
 * format changes and KBs of any age work; a KB without relations gives empty profiles. The closure of each class is
 * cached for the life of this object (thread-safe; cleared when it exceeds {@link #MAX_CACHED_CLASSES}); classes
 * added to a live KB later are seen after a new {@code TypeProfiles}.
 *
 * <pre>{@code
 * TypeProfiles profiles = new TypeProfiles(TypeProfiles.DEFAULT_DEPTH);
 * try (Lookup lookup = kb.lookup()) {
 *   Set<String> p = profiles.profile(record, id -> lookup.byId(EntityId.of(id)));
 * }
 * }</pre>
 */
public final class TypeProfiles {

  /** How many subclass-of steps the closure follows above an entity's direct classes (default). */
  public static final int DEFAULT_DEPTH = 6;
  static final int MAX_CACHED_CLASSES = 200_000;

  /** Finds a KB entity by id (a class, to read its P279). */
  @FunctionalInterface
  public interface Resolver {
    Optional<EntityRecord> byId(String id) throws IOException;
  }

  private final int maxDepth;
  private final ConcurrentHashMap<String, List<String>> ancestors = new ConcurrentHashMap<>();

  /**
   * @param maxDepth subclass-of steps followed above the direct classes, 0 for the direct classes only
   */
  public TypeProfiles(int maxDepth) {
    if (maxDepth < 0 || maxDepth > 64) {
      throw new IllegalArgumentException("maxDepth must be in [0, 64], got " + maxDepth);
    }
    this.maxDepth = maxDepth;
  }

  /** The profile labels of an entity, sorted; empty when it has no relations. */
  public Set<String> profile(EntityRecord record, Resolver resolver) {
    Set<String> out = new TreeSet<>();
    record.relations().forEach((property, targets) -> {
      if (!targets.isEmpty()) {
        out.add("has:" + property);
      }
    });
    for (String c : record.relation("P31")) {
      out.add("isa:" + c);
      for (String a : closure(c, resolver)) {
        out.add("isa:" + a);
      }
    }
    for (String c : record.relation("P279")) {
      out.add("sub:" + c);
      for (String a : closure(c, resolver)) {
        out.add("sub:" + a);
      }
    }
    for (String o : record.relation("P106")) {
      out.add("P106:" + o);
    }
    return out;
  }

  /**
   * The superclasses of a class: the P279 targets of the KB entity {@code classId}, theirs, and so on, up to
   * {@link #maxDepth} steps, breadth first; cycles and classes the KB lacks end a path. The class itself is not in it.
   */
  public List<String> closure(String classId, Resolver resolver) {
    if (maxDepth == 0) {
      return List.of();
    }
    List<String> cached = ancestors.get(classId);
    if (cached != null) {
      return cached;
    }
    Set<String> seen = new HashSet<>();
    seen.add(classId);
    List<String> out = new ArrayList<>();
    ArrayDeque<String> level = new ArrayDeque<>();
    level.add(classId);
    try {
      for (int depth = 0; depth < maxDepth && !level.isEmpty(); depth++) {
        ArrayDeque<String> next = new ArrayDeque<>();
        for (String c : level) {
          Optional<EntityRecord> r = resolver.byId(c);
          if (r.isEmpty()) {
            continue;
          }
          for (String parent : r.get().relation("P279")) {
            if (seen.add(parent)) {
              out.add(parent);
              next.add(parent);
            }
          }
        }
        level = next;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the class " + classId + " from the KB", e);
    }
    List<String> result = List.copyOf(out);
    if (ancestors.size() >= MAX_CACHED_CLASSES) {
      ancestors.clear();
    }
    ancestors.put(classId, result);
    return result;
  }
}
