package io.polylink.link;

import io.polylink.kb.store.EntityRecord;
import io.polylink.kb.store.Lookup;
import io.polylink.kb.text.Token;
import io.polylink.link.types.TypeClassifier;
import io.polylink.link.types.TypeContext;
import io.polylink.link.types.TypeProfiles;
import io.polylink.model.EntityId;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The linker's use of types from relations: the {@link TypeClassifier}'s expectation for a mention's context, and a
 * candidate's profile as the classifier's label indices (cached by entity id, shared by all threads, cleared when it
 * exceeds {@link #MAX_CACHED}). Thread-safe.
 */
final class TypeAnnotator {

  static final int MAX_CACHED = 100_000;
  private static final int[] NO_PROFILE = new int[0];

  private final TypeClassifier classifier;
  private final TypeProfiles profiles;
  private final ConcurrentHashMap<String, int[]> cache = new ConcurrentHashMap<>();

  TypeAnnotator(TypeClassifier classifier, TypeProfiles profiles) {
    this.classifier = classifier;
    this.profiles = profiles;
  }

  TypeClassifier classifier() {
    return classifier;
  }

  /** What the context asks for, per label; null when the mention covers no token. */
  double[] expect(List<Token> tokens, int first, int end) {
    if (first < 0 || first >= end || end > tokens.size()) {
      return null;
    }
    return classifier.predict(TypeContext.features(tokens, first, end));
  }

  /** The entity's profile as label indices; null when it has no relations (nothing known about its type). */
  int[] profile(EntityRecord r, Lookup lookup) {
    if (r.relations().isEmpty()) {
      return null;
    }
    String id = r.id().value();
    int[] p = cache.get(id);
    if (p == null) {
      p = classifier.indices(profiles.profile(r, c -> lookup.byId(EntityId.of(c))));
      if (p.length == 0) {
        p = NO_PROFILE;
      }
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
      cache.put(id, p);
    }
    return p;
  }
}
