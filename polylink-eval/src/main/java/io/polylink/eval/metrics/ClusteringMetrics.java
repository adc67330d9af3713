package io.polylink.eval.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clustering scores for NIL mentions (coreference-style): B-cubed, CEAF-e (entity-based, phi4) and MUC. Inputs map
 * each mention id to a cluster id; a mention present on one side only is a singleton on the other.
 */
public final class ClusteringMetrics {

  /**
   * Precision, recall and F1.
   *
   * @param precision precision
   * @param recall recall
   * @param f1 harmonic mean
   */
  public record Score(double precision, double recall, double f1) {
    static Score of(double p, double r) {
      return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  private ClusteringMetrics() {}

  /** B-cubed: per mention overlap of its gold and system clusters, averaged over mentions. */
  public static Score bcubed(Map<String, String> gold, Map<String, String> system) {
    List<Set<String>> k = clusters(complete(gold, system));
    List<Set<String>> r = clusters(complete(system, gold));
    Map<String, Set<String>> gOf = index(k);
    Map<String, Set<String>> sOf = index(r);
    double p = 0;
    double rec = 0;
    for (String m : gOf.keySet()) {
      Set<String> g = gOf.get(m);
      Set<String> s = sOf.get(m);
      double overlap = intersection(g, s);
      p += overlap / s.size();
      rec += overlap / g.size();
    }
    int n = gOf.size();
    return n == 0 ? Score.of(0, 0) : Score.of(p / n, rec / n);
  }

  /** MUC: links needed to join each cluster, counted against the other side's partition. */
  public static Score muc(Map<String, String> gold, Map<String, String> system) {
    List<Set<String>> k = clusters(complete(gold, system));
    List<Set<String>> r = clusters(complete(system, gold));
    double recall = mucSide(k, index(r));
    double precision = mucSide(r, index(k));
    return Score.of(precision, recall);
  }

  private static double mucSide(List<Set<String>> key, Map<String, Set<String>> other) {
    double num = 0;
    double den = 0;
    for (Set<String> c : key) {
      Set<Set<String>> parts = new HashSet<>();
      for (String m : c) {
        parts.add(other.get(m));
      }
      num += c.size() - parts.size();
      den += c.size() - 1;
    }
    return den == 0 ? 0 : num / den;
  }

  /** CEAF-e: best one-to-one alignment of clusters under phi4 = 2|K∩R|/(|K|+|R|). */
  public static Score ceafe(Map<String, String> gold, Map<String, String> system) {
    List<Set<String>> k = clusters(complete(gold, system));
    List<Set<String>> r = clusters(complete(system, gold));
    if (k.isEmpty() || r.isEmpty()) {
      return Score.of(0, 0);
    }
    double[][] sim = new double[k.size()][r.size()];
    for (int i = 0; i < k.size(); i++) {
      for (int j = 0; j < r.size(); j++) {
        sim[i][j] = 2.0 * intersection(k.get(i), r.get(j)) / (k.get(i).size() + r.get(j).size());
      }
    }
    double best = Hungarian.maxWeight(sim);
    return Score.of(best / r.size(), best / k.size());
  }

  private static Map<String, String> complete(Map<String, String> side, Map<String, String> other) {
    Map<String, String> out = new LinkedHashMap<>(side);
    for (String m : other.keySet()) {
      // A mention the side does not cluster is a singleton of its own.
      out.putIfAbsent(m, "\u0000singleton:" + m);
    }
    return out;
  }

  private static List<Set<String>> clusters(Map<String, String> assignment) {
    Map<String, Set<String>> byCluster = new LinkedHashMap<>();
    assignment.forEach((m, c) -> byCluster.computeIfAbsent(c, x -> new HashSet<>()).add(m));
    return new ArrayList<>(byCluster.values());
  }

  private static Map<String, Set<String>> index(List<Set<String>> clusters) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Set<String> c : clusters) {
      for (String m : c) {
        out.put(m, c);
      }
    }
    return out;
  }

  private static int intersection(Set<String> a, Set<String> b) {
    int n = 0;
    for (String x : a) {
      if (b.contains(x)) {
        n++;
      }
    }
    return n;
  }
}
