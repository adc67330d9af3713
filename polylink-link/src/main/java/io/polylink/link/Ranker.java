package io.polylink.link;

import io.polylink.kb.store.EntityRecord;
import io.polylink.kb.store.NameHit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the candidates of a spot from popularity, the name's share among its entities, how well the name matches
 * (label or alias, in the document's language or another, romanized), context overlap with the entity's description,
 * and coherence with the other mentions and the document state. The score is a logistic function of a weighted sum,
 * so one NIL threshold means the same everywhere. The weights are set by hand on the starter KB and synthetic text;
 * a learned ranker replaces them.
 */
final class Ranker {

  // Relations that make two entities belong together in a text; instance-of and subclass-of are too generic.
  private static final Set<String> COHERENCE_PROPERTIES = Set.of("P17", "P131", "P27", "P361", "P463", "P108", "P159",
      "P495", "P30", "P36", "P150", "P527", "P1376", "P37", "P38", "P106", "P282", "P1001");

  static final double W_BIAS = -3.0;
  static final double W_SHARE = 1.6;
  static final double W_POP_REL = 1.4;
  static final double W_POP_ABS = 1.0;
  static final double W_MATCH = 2.2;
  static final double W_CONTEXT = 2.0;
  static final double W_COHERENCE = 2.4;
  static final double W_COMMON_NOUN = -1.5;
  static final double W_AMBIGUITY = -0.6;

  private Ranker() {}

  static boolean isCoherenceProperty(String p) {
    return COHERENCE_PROPERTIES.contains(p);
  }

  /** First-pass scores, without coherence. */
  static double[] prelim(Spot spot, String language, WindowContext ctx) {
    List<NameHit> hits = spot.hits;
    double[] s = new double[hits.size()];
    if (hits.isEmpty()) {
      return s;
    }
    double keySum = 0;
    long maxPop = 0;
    for (NameHit h : hits) {
      keySum += h.keyCount();
      maxPop = Math.max(maxPop, h.record().popularity());
    }
    double logMax = Math.log1p(maxPop);
    int ambiguity = hits.get(0).entitiesWithKey();
    for (int i = 0; i < hits.size(); i++) {
      NameHit h = hits.get(i);
      EntityRecord r = h.record();
      double share = keySum > 0 ? h.keyCount() / keySum : 0;
      double popRel = logMax > 0 ? Math.log1p(r.popularity()) / logMax : 0;
      double popAbs = Math.min(1, Math.log1p(r.popularity()) / Math.log1p(200));
      double match = h.transliterated() ? 0.55 : matchQuality(r, spot, language);
      double context = ctx.overlap(r.contextHashes(), spot);
      double z = W_BIAS + W_SHARE * share + W_POP_REL * popRel + W_POP_ABS * popAbs + W_MATCH * match
          + W_CONTEXT * context + W_AMBIGUITY * Math.min(1, Math.log10(Math.max(1, ambiguity)) / 2);
      if (r.commonNoun()) {
        z += W_COMMON_NOUN;
      }
      s[i] = z;
    }
    return s;
  }

  /** Final scores: prelim plus coherence, squashed to [0, 1]. */
  static double[] finish(Spot spot, double[] prelim, Coherence coherence, DocumentState state) {
    double[] out = new double[prelim.length];
    for (int i = 0; i < prelim.length; i++) {
      double coh = 0;
      if (coherence != null) {
        EntityRecord r = spot.hits.get(i).record();
        coh = Math.min(1, coherence.support(spot, r) + (state == null ? 0 : state.support(r, targets(r))));
      }
      out[i] = sigmoid(prelim[i] + W_COHERENCE * coh);
    }
    return out;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** 1.0 label in the document's language, 0.85 label elsewhere, 0.8/0.7 alias; +0.1 when the case matches too. */
  static double matchQuality(EntityRecord r, Spot spot, String language) {
    double best = 0;
    for (EntityRecord.Name n : r.names()) {
      if (!n.key().equals(spot.key)) {
        continue;
      }
      boolean sameLang = n.language().equals(language) || n.language().startsWith(language + "-");
      double q = n.label() ? (sameLang ? 1.0 : 0.85) : (sameLang ? 0.8 : 0.7);
      if (n.text().equals(spot.surface)) {
        q += 0.1;
      }
      if (q > best) {
        best = q;
        if (best >= 1.1) {
          break;
        }
      }
    }
    return Math.min(1, best == 0 ? 0.4 /* fuzzy */ : best);
  }

  static java.util.Set<String> targets(EntityRecord r) {
    java.util.Set<String> t = new java.util.HashSet<>();
    for (Map.Entry<String, List<String>> rel : r.relations().entrySet()) {
      if (COHERENCE_PROPERTIES.contains(rel.getKey())) {
        t.addAll(rel.getValue());
      }
    }
    return t;
  }

  /** Collective evidence among a window's spots, from their first-pass top candidates. */
  static final class Coherence {
    private record Vote(Spot spot, double weight) {}

    private final Map<String, java.util.List<Vote>> byId = new HashMap<>();
    private final Map<String, java.util.List<Vote>> byTarget = new HashMap<>();

    Coherence(List<Spot> spots, int topK) {
      for (Spot s : spots) {
        int[] order = topIndexes(s.prelim, topK);
        for (int i : order) {
          EntityRecord r = s.hits.get(i).record();
          double w = sigmoid(s.prelim[i]);
          byId.computeIfAbsent(r.id().value(), k -> new java.util.ArrayList<>()).add(new Vote(s, w));
          for (String t : targets(r)) {
            byTarget.computeIfAbsent(t, k -> new java.util.ArrayList<>()).add(new Vote(s, w));
          }
        }
      }
    }

    /** Support in [0, 1] for entity {@code r} at {@code spot} from the other spots. */
    double support(Spot spot, EntityRecord r) {
      Map<Spot, Double> best = new HashMap<>();
      for (Map.Entry<String, List<String>> rel : r.relations().entrySet()) {
        if (!COHERENCE_PROPERTIES.contains(rel.getKey())) {
          continue;
        }
        for (String t : rel.getValue()) {
          vote(best, spot, byId.get(t), 1.0); // r -> other's candidate
          vote(best, spot, byTarget.get(t), 0.4); // shares a target
        }
      }
      vote(best, spot, byTarget.get(r.id().value()), 1.0); // other's candidate -> r
      double sum = 0;
      for (double v : best.values()) {
        sum += v;
      }
      return Math.min(1, sum);
    }

    private static void vote(Map<Spot, Double> best, Spot self, List<Vote> votes, double weight) {
      if (votes == null) {
        return;
      }
      for (Vote v : votes) {
        if (v.spot == self || v.spot.key.equals(self.key)) {
          continue;
        }
        best.merge(v.spot, weight * v.weight, Math::max);
      }
    }

    private static int[] topIndexes(double[] s, int k) {
      int n = Math.min(k, s.length);
      int[] idx = new int[n];
      boolean[] used = new boolean[s.length];
      for (int j = 0; j < n; j++) {
        int b = -1;
        for (int i = 0; i < s.length; i++) {
          if (!used[i] && (b < 0 || s[i] > s[b])) {
            b = i;
          }
        }
        used[b] = true;
        idx[j] = b;
      }
      return idx;
    }
  }
}
