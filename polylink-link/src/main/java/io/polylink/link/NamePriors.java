package io.polylink.link;

import io.polylink.kb.store.EntityRecord;
import java.util.List;

/**
 * p(entity | name) for a mention, from the link statistics a KB keeps with its names (the {@code wikidict} source's
 * anchors): the prior of the entity's name written exactly as the mention is; when no candidate has the mention's
 * exact form, the highest prior among the names that share its key (other case, other punctuation).
 */
public final class NamePriors {

  private NamePriors() {}

  /** The entity's prior for a mention with this key and surface, its exact form first; -1 when no name has one. */
  public static double of(EntityRecord r, String key, String surface) {
    double[] p = exactAndKeyed(r, key, surface);
    return p[0] >= 0 ? p[0] : p[1];
  }

  /**
   * The priors of the candidates of one mention: NaN for every candidate when none has a prior (the KB keeps no link
   * statistics for this name, or none at all), else each candidate's prior, 0 for those without one.
   */
  public static double[] of(List<EntityRecord> candidates, String key, String surface) {
    int n = candidates.size();
    double[][] found = new double[n][];
    boolean exact = false;
    for (int i = 0; i < n; i++) {
      found[i] = exactAndKeyed(candidates.get(i), key, surface);
      exact |= found[i][0] >= 0;
    }
    // The statistics are per written form: "Stanford" -> Stanford University (.64) but "stanford" -> the prison
    // experiment (.96). When the text's own form has statistics, the other forms of its key do not compete with them.
    double[] p = new double[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      p[i] = exact ? found[i][0] : Math.max(found[i][0], found[i][1]);
      any |= p[i] >= 0;
    }
    for (int i = 0; i < n; i++) {
      p[i] = !any ? Double.NaN : Math.max(0, Math.min(1, p[i]));
    }
    return p;
  }

  /** {exact, keyed}: the highest prior of the names written as the surface, and of the key's other forms; -1: none. */
  private static double[] exactAndKeyed(EntityRecord r, String key, String surface) {
    double exact = -1;
    double keyed = -1;
    for (EntityRecord.Name n : r.names()) {
      if (!n.hasPrior() || !n.key().equals(key)) {
        continue;
      }
      if (n.text().equals(surface)) {
        exact = Math.max(exact, n.prior());
      } else {
        keyed = Math.max(keyed, n.prior());
      }
    }
    return new double[] {exact, keyed};
  }
}
