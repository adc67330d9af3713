package io.polylink.link;

import io.polylink.kb.store.EntityRecord;
import io.polylink.kb.store.NameHit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the candidates of a spot from popularity, the name's share among its entities, how well the name matches
 * (label or alias, in the document's language or another, romanized), context overlap with the entity's description,
 * and coherence with the other mentions and the document state. The score is a logistic function of a weighted sum,
 * so one NIL threshold means the same everywhere. The weights are set by hand on the starter KB and synthetic text;
 * a learned ranker replaces them.
 */
final class Ranker {

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
        coh = Math.min(1, coherence.support(spot, r) + (state == null ? 0 : state.support(r)));
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

  /**
   * Collective evidence among a window's spots, from their first-pass top candidates. Not thread-safe: one per window.
   */
  static final class Coherence {
    private record Vote(Spot spot, double weight) {}

    private final Map<String, List<Vote>> byId = new HashMap<>();
    private final Map<String, List<Vote>> byTarget = new HashMap<>();
    private final double[] best; // per spot index: the best vote of that spot for the entity being scored
    private final int[] touched;
    private int touchedCount;

    Coherence(List<Spot> spots, int topK) {
      for (int s = 0; s < spots.size(); s++) {
        spots.get(s).index = s;
      }
      for (Spot s : spots) {
        int[] order = topIndexes(s.prelim, topK);
        for (int i : order) {
          EntityRecord r = s.hits.get(i).record();
          Vote v = new Vote(s, sigmoid(s.prelim[i]));
          byId.computeIfAbsent(r.id().value(), k -> new ArrayList<>(2)).add(v);
          for (String t : r.related()) {
            byTarget.computeIfAbsent(t, k -> new ArrayList<>(2)).add(v);
          }
        }
      }
      this.best = new double[spots.size()];
      this.touched = new int[spots.size()];
    }

    /** Support in [0, 1] for entity {@code r} at {@code spot} from the other spots. */
    double support(Spot spot, EntityRecord r) {
      touchedCount = 0;
      for (String t : r.related()) {
        vote(spot, byId.get(t), 1.0); // r -> other's candidate
        vote(spot, byTarget.get(t), 0.4); // shares a target
      }
      vote(spot, byTarget.get(r.id().value()), 1.0); // other's candidate -> r
      double sum = 0;
      for (int i = 0; i < touchedCount; i++) {
        sum += best[touched[i]];
        best[touched[i]] = 0;
      }
      return Math.min(1, sum);
    }

    private void vote(Spot self, List<Vote> votes, double weight) {
      if (votes == null) {
        return;
      }
      for (Vote v : votes) {
        if (v.spot == self || v.spot.key.equals(self.key)) {
          continue;
        }
        double w = weight * v.weight;
        int i = v.spot.index;
        if (best[i] == 0) {
          touched[touchedCount++] = i;
        }
        if (w > best[i]) {
          best[i] = w;
        }
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
