package io.polylink.link.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gradient-boosted regression trees added to a stage's linear score, fitted to the listwise (softmax) loss by Newton
 * steps on histogram splits. Trees see only the candidates the linear score already finds plausible (probability
 * at least {@link #MIN_PROBABILITY}, at most {@link #MAX_CANDIDATES} per mention), at training and at run time alike.
 * Immutable once built.
 */
final class BoostedTrees {

  static final double MIN_PROBABILITY = 1e-3;
  /** Trees see at most this many candidates per mention, the most probable by the linear score. */
  static final int MAX_CANDIDATES = 8;

  /** Which candidates of a mention the trees score: probability at least MIN_PROBABILITY, among the top MAX_CANDIDATES. */
  static boolean[] plausible(double[] scores) {
    double[] p = DocumentRanker.softmax(scores);
    boolean[] out = new boolean[p.length];
    for (int j = 0; j < p.length; j++) {
      if (p[j] < MIN_PROBABILITY) {
        continue;
      }
      int better = 0;
      for (int k = 0; k < p.length && better < MAX_CANDIDATES; k++) {
        if (p[k] > p[j] || (p[k] == p[j] && k < j)) {
          better++;
        }
      }
      out[j] = better < MAX_CANDIDATES;
    }
    return out;
  }

  /** One tree: internal nodes split on feature &lt;= threshold; leaves hold a value. */
  record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
    /** A tree of {@code nodes} nodes, all zero, for a reader or a builder to fill in. */
    static Tree ofNodes(int nodes) {
      return new Tree(new int[nodes], new double[nodes], new int[nodes], new int[nodes], new double[nodes]);
    }

    double apply(double[] x) {
      int n = 0;
      while (feature[n] >= 0) {
        n = x[feature[n]] <= threshold[n] ? left[n] : right[n];
      }
      return value[n];
    }
  }

  final List<Tree> trees;
  final double learningRate;
  /**
   * Deepest tree's depth, when at most {@link #MAX_COMPLETE_DEPTH}: every tree is then evaluated as a complete tree of
   * that depth, without branches; -1 otherwise (the flat node arrays below are walked).
   */
  private final int completeDepth;
  // complete layout: per tree 2^depth - 1 splits (heap order) and 2^depth leaves; a leaf shallower than the depth is
  // copied into every leaf below it, so the path the padding splits take does not matter
  private final int[] splitFeature;
  private final double[] splitThreshold;
  private final double[] leafValue;
  // every tree's nodes in flat arrays (node indexes global), for trees deeper than MAX_COMPLETE_DEPTH
  private final int[] roots;
  private final int[] feature;
  private final double[] threshold;
  private final int[] left;
  private final int[] right;
  private final double[] value;

  /** Deepest tree laid out complete (2^depth leaves per tree); deeper models walk their nodes. */
  static final int MAX_COMPLETE_DEPTH = 8;

  BoostedTrees(List<Tree> trees, double learningRate) {
    this.trees = List.copyOf(trees);
    this.learningRate = learningRate;
    int total = 0;
    int depth = 0;
    for (Tree t : trees) {
      total += t.feature().length;
      depth = Math.max(depth, depth(t, 0));
    }
    roots = new int[trees.size()];
    feature = new int[total];
    threshold = new double[total];
    left = new int[total];
    right = new int[total];
    value = new double[total];
    int base = 0;
    for (int k = 0; k < trees.size(); k++) {
      Tree t = trees.get(k);
      roots[k] = base;
      for (int i = 0; i < t.feature().length; i++) {
        feature[base + i] = t.feature()[i];
        threshold[base + i] = t.threshold()[i];
        left[base + i] = base + t.left()[i];
        right[base + i] = base + t.right()[i];
        value[base + i] = t.value()[i];
      }
      base += t.feature().length;
    }
    completeDepth = depth <= MAX_COMPLETE_DEPTH ? depth : -1;
    int splits = completeDepth < 0 ? 0 : (1 << completeDepth) - 1;
    int leaves = completeDepth < 0 ? 0 : 1 << completeDepth;
    splitFeature = new int[trees.size() * splits];
    splitThreshold = new double[trees.size() * splits];
    leafValue = new double[trees.size() * leaves];
    if (completeDepth >= 0) {
      for (int k = 0; k < trees.size(); k++) {
        layOut(trees.get(k), 0, 0, 0, k * splits, k * leaves);
      }
    }
  }

  /** Splits below node {@code n} on the longest path (0 for a leaf). */
  private static int depth(Tree t, int n) {
    if (t.feature()[n] < 0) {
      return 0;
    }
    return 1 + Math.max(depth(t, t.left()[n]), depth(t, t.right()[n]));
  }

  /**
   * Writes node {@code n} of {@code t} at position {@code slot} of level {@code level} of the complete layout: a split
   * as it is, a leaf above the last level as a padding split (feature 0, threshold 0) whose two subtrees repeat it.
   */
  private void layOut(Tree t, int n, int level, int slot, int splitBase, int leafBase) {
    if (level == completeDepth) {
      leafValue[leafBase + slot] = t.value()[n]; // n is a leaf: a tree's depth is at most completeDepth
      return;
    }
    int heap = (1 << level) - 1 + slot;
    boolean leaf = t.feature()[n] < 0;
    splitFeature[splitBase + heap] = leaf ? 0 : t.feature()[n];
    splitThreshold[splitBase + heap] = leaf ? 0 : t.threshold()[n];
    layOut(t, leaf ? n : t.left()[n], level + 1, 2 * slot, splitBase, leafBase);
    layOut(t, leaf ? n : t.right()[n], level + 1, 2 * slot + 1, splitBase, leafBase);
  }

  static final BoostedTrees NONE = new BoostedTrees(List.of(), 0);

  double apply(double[] x) {
    if (completeDepth < 0) {
      return walk(x);
    }
    // the same leaves as walk(x), reached without branches: at each level go right unless x <= threshold (so NaN goes
    // right, as in walk); summed in tree order, so the sum is the same double
    int depth = completeDepth;
    int splits = (1 << depth) - 1;
    int leaves = splits + 1;
    int trees = roots.length;
    double s = 0;
    int k = 0;
    // four trees at a time: four independent chains of loads for the processor to overlap
    for (; k + 4 <= trees; k += 4) {
      int b0 = k * splits;
      int b1 = b0 + splits;
      int b2 = b1 + splits;
      int b3 = b2 + splits;
      int n0 = 0;
      int n1 = 0;
      int n2 = 0;
      int n3 = 0;
      for (int d = 0; d < depth; d++) {
        n0 = 2 * n0 + 1 + (x[splitFeature[b0 + n0]] <= splitThreshold[b0 + n0] ? 0 : 1);
        n1 = 2 * n1 + 1 + (x[splitFeature[b1 + n1]] <= splitThreshold[b1 + n1] ? 0 : 1);
        n2 = 2 * n2 + 1 + (x[splitFeature[b2 + n2]] <= splitThreshold[b2 + n2] ? 0 : 1);
        n3 = 2 * n3 + 1 + (x[splitFeature[b3 + n3]] <= splitThreshold[b3 + n3] ? 0 : 1);
      }
      int l0 = k * leaves - splits;
      s += leafValue[l0 + n0];
      s += leafValue[l0 + leaves + n1];
      s += leafValue[l0 + 2 * leaves + n2];
      s += leafValue[l0 + 3 * leaves + n3];
    }
    for (; k < trees; k++) {
      int b = k * splits;
      int n = 0;
      for (int d = 0; d < depth; d++) {
        n = 2 * n + 1 + (x[splitFeature[b + n]] <= splitThreshold[b + n] ? 0 : 1);
      }
      s += leafValue[k * leaves + n - splits];
    }
    return s * learningRate;
  }

  /** {@link #apply} by walking each tree's nodes. */
  double walk(double[] x) {
    double s = 0;
    for (int root : roots) {
      int n = root;
      while (feature[n] >= 0) {
        n = x[feature[n]] <= threshold[n] ? left[n] : right[n];
      }
      s += value[n];
    }
    return s * learningRate;
  }

  /**
   * Adds the trees to the scores of the plausible candidates of every mention with two candidates or more. A mention's
   * scores only enter its softmax, which is 1 for a lone candidate whatever its score: trees would change nothing.
   */
  void addTo(double[][][] features, double[][] scores) {
    if (trees.isEmpty()) {
      return;
    }
    // A name that recurs in a document recurs with the same candidates and, often, the same features: about a third of
    // the rows on news. Equal rows (bit for bit) get the same sum, so each distinct row is evaluated once.
    java.util.HashMap<Row, Double> done = new java.util.HashMap<>();
    for (int i = 0; i < scores.length; i++) {
      if (scores[i].length < 2) {
        continue;
      }
      boolean[] keep = plausible(scores[i]);
      for (int j = 0; j < keep.length; j++) {
        if (keep[j]) {
          double[] x = features[i][j];
          scores[i][j] += done.computeIfAbsent(new Row(x), r -> apply(x));
        }
      }
    }
  }

  /** A feature row as a map key: equal when {@link Arrays#equals(double[], double[])} says so (bit for bit). */
  private static final class Row {
    private final double[] x;
    private final int hash;

    Row(double[] x) {
      this.x = x;
      this.hash = Arrays.hashCode(x);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Row r && r.hash == hash && Arrays.equals(r.x, x);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** Training options: rounds, depth, learning rate, L2 on leaf values, minimum hessian per leaf, histogram bins. */
  record Options(int rounds, int depth, double learningRate, double lambda, double minHessian, int bins) {
    static Options defaults() {
      return new Options(100, 3, 0.1, 1.0, 1.0, 32);
    }
  }

  /**
   * Fits trees on mentions given as candidate feature rows with their linear scores and gold index (every mention's
   * gold is among its rows). {@code active} masks the features trees may split on.
   */
  static BoostedTrees fit(List<double[][]> mentions, List<double[]> baseScores, List<Integer> gold, boolean[] active,
      Options o) {
    // plausible rows only
    List<double[]> rows = new ArrayList<>();
    List<Integer> start = new ArrayList<>();
    List<Integer> goldRow = new ArrayList<>();
    List<Double> base = new ArrayList<>();
    for (int q = 0; q < mentions.size(); q++) {
      boolean[] keep = plausible(baseScores.get(q));
      if (!keep[gold.get(q)]) {
        continue;
      }
      int s = rows.size();
      int kept = 0;
      for (int j = 0; j < keep.length; j++) {
        if (keep[j]) {
          if (j == gold.get(q)) {
            goldRow.add(rows.size());
          }
          rows.add(mentions.get(q)[j]);
          base.add(baseScores.get(q)[j]);
          kept++;
        }
      }
      if (kept < 2) {
        rows.subList(s, rows.size()).clear();
        base.subList(s, base.size()).clear();
        goldRow.remove(goldRow.size() - 1);
        continue;
      }
      start.add(s);
    }
    int n = rows.size();
    int groups = start.size();
    if (groups == 0) {
      return NONE;
    }
    start.add(n);
    int dim = active.length;
    // quantile bin edges per feature
    double[][] edges = new double[dim][];
    double[] col = new double[n];
    for (int f = 0; f < dim; f++) {
      if (!active[f]) {
        edges[f] = new double[0];
        continue;
      }
      for (int r = 0; r < n; r++) {
        col[r] = rows.get(r)[f];
      }
      double[] sorted = col.clone();
      Arrays.sort(sorted);
      double[] e = new double[o.bins() - 1];
      int m = 0;
      for (int b = 1; b < o.bins(); b++) {
        double v = sorted[(int) Math.min(n - 1, (long) b * n / o.bins())];
        if (m == 0 || v > e[m - 1]) {
          e[m++] = v;
        }
      }
      // drop an edge at the maximum: it would split nothing off
      while (m > 0 && e[m - 1] >= sorted[n - 1]) {
        m--;
      }
      edges[f] = Arrays.copyOf(e, m);
    }
    byte[][] bin = new byte[n][dim];
    for (int r = 0; r < n; r++) {
      double[] x = rows.get(r);
      for (int f = 0; f < dim; f++) {
        bin[r][f] = (byte) upper(edges[f], x[f]);
      }
    }
    double[] z = new double[n];
    for (int r = 0; r < n; r++) {
      z[r] = base.get(r);
    }
    boolean[] isGold = new boolean[n];
    for (int g : goldRow) {
      isGold[g] = true;
    }
    double[] grad = new double[n];
    double[] hess = new double[n];
    int[] node = new int[n];
    List<Tree> trees = new ArrayList<>();
    int maxNodes = (1 << (o.depth() + 1)) - 1;
    for (int round = 0; round < o.rounds(); round++) {
      for (int g = 0; g < groups; g++) {
        int a = start.get(g);
        int b = start.get(g + 1);
        double max = Double.NEGATIVE_INFINITY;
        for (int r = a; r < b; r++) {
          max = Math.max(max, z[r]);
        }
        double sum = 0;
        for (int r = a; r < b; r++) {
          sum += Math.exp(z[r] - max);
        }
        for (int r = a; r < b; r++) {
          double p = Math.exp(z[r] - max) / sum;
          grad[r] = p - (isGold[r] ? 1 : 0);
          hess[r] = Math.max(1e-6, p * (1 - p));
        }
      }
      // grow level by level; nodes numbered heap-style
      int[] feature = new int[maxNodes];
      double[] threshold = new double[maxNodes];
      int[] left = new int[maxNodes];
      int[] right = new int[maxNodes];
      double[] value = new double[maxNodes];
      Arrays.fill(feature, -1);
      Arrays.fill(node, 0);
      boolean[] open = new boolean[maxNodes];
      open[0] = true;
      int nb = o.bins();
      for (int level = 0; level <= o.depth(); level++) {
        int first = (1 << level) - 1;
        int count = 1 << level;
        double[][] gs = new double[count][];
        double[][] hs = new double[count][];
        double[] gTot = new double[count];
        double[] hTot = new double[count];
        boolean last = level == o.depth();
        for (int k = 0; k < count; k++) {
          if (open[first + k] && !last) {
            gs[k] = new double[dim * nb];
            hs[k] = new double[dim * nb];
          }
        }
        for (int r = 0; r < n; r++) {
          int k = node[r] - first;
          if (k < 0 || k >= count || !open[node[r]]) {
            continue;
          }
          gTot[k] += grad[r];
          hTot[k] += hess[r];
          if (gs[k] != null) {
            byte[] br = bin[r];
            double gr = grad[r];
            double hr = hess[r];
            double[] gk = gs[k];
            double[] hk = hs[k];
            for (int f = 0; f < dim; f++) {
              int idx = f * nb + br[f];
              gk[idx] += gr;
              hk[idx] += hr;
            }
          }
        }
        for (int k = 0; k < count; k++) {
          int id = first + k;
          if (!open[id]) {
            continue;
          }
          value[id] = -gTot[k] / (hTot[k] + o.lambda());
          if (last) {
            continue;
          }
          double parent = gTot[k] * gTot[k] / (hTot[k] + o.lambda());
          double bestGain = 1e-9;
          int bestF = -1;
          int bestB = -1;
          for (int f = 0; f < dim; f++) {
            if (!active[f] || edges[f].length == 0) {
              continue;
            }
            double gl = 0;
            double hl = 0;
            for (int b = 0; b < edges[f].length; b++) {
              gl += gs[k][f * nb + b];
              hl += hs[k][f * nb + b];
              double gr = gTot[k] - gl;
              double hr = hTot[k] - hl;
              if (hl < o.minHessian() || hr < o.minHessian()) {
                continue;
              }
              double gain = gl * gl / (hl + o.lambda()) + gr * gr / (hr + o.lambda()) - parent;
              if (gain > bestGain) {
                bestGain = gain;
                bestF = f;
                bestB = b;
              }
            }
          }
          if (bestF >= 0) {
            feature[id] = bestF;
            threshold[id] = edges[bestF][bestB];
            left[id] = 2 * id + 1;
            right[id] = 2 * id + 2;
            open[2 * id + 1] = true;
            open[2 * id + 2] = true;
          }
        }
        if (!last) {
          for (int r = 0; r < n; r++) {
            int id = node[r];
            if (open[id] && feature[id] >= 0) {
              node[r] = bin[r][feature[id]] <= upper(edges[feature[id]], threshold[id]) ? left[id] : right[id];
            }
          }
        }
      }
      Tree t = compact(feature, threshold, left, right, value);
      trees.add(t);
      for (int r = 0; r < n; r++) {
        z[r] += o.learningRate() * t.apply(rows.get(r));
      }
    }
    return new BoostedTrees(trees, o.learningRate());
  }

  /** Number of edges strictly below or equal to v: the bin of v (bin b holds values in (e[b-1], e[b]]). */
  private static int upper(double[] e, double v) {
    int lo = 0;
    int hi = e.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (e[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Keeps the reachable nodes of a heap-numbered tree, renumbered depth-first. */
  private static Tree compact(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
    List<Integer> order = new ArrayList<>();
    collect(0, feature, left, right, order);
    int[] map = new int[feature.length];
    for (int i = 0; i < order.size(); i++) {
      map[order.get(i)] = i;
    }
    Tree out = Tree.ofNodes(order.size());
    for (int i = 0; i < order.size(); i++) {
      int o = order.get(i);
      out.feature()[i] = feature[o];
      out.threshold()[i] = threshold[o];
      out.value()[i] = value[o];
      if (feature[o] >= 0) {
        out.left()[i] = map[left[o]];
        out.right()[i] = map[right[o]];
      }
    }
    return out;
  }

  private static void collect(int id, int[] feature, int[] left, int[] right, List<Integer> out) {
    out.add(id);
    if (feature[id] >= 0) {
      collect(left[id], feature, left, right, out);
      collect(right[id], feature, left, right, out);
    }
  }
}
