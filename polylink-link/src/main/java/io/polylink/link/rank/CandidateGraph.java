package io.polylink.link.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document's candidate graph: a node per distinct candidate (and per anchor, an entity the document already
 * links confidently, that touches a candidate), an undirected edge wherever one links to another, and personalized
 * PageRank over it from the mention units' candidates ({@link #ppr}). Mentions with the same folded text form one
 * unit (see {@link Features.Doc}); a unit's nodes are its candidates, an anchor's unit its one node.
 */
final class CandidateGraph {

  static final double ALPHA = 0.15;
  static final int PPR_ITERATIONS = 25;
  private static final double LOG_FLOOR = 1e-6;

  private final int mentions;
  final int[] unitOf; // per mention; -1 without candidates
  final int units; // mention units
  final int allUnits; // + anchors
  final int[][] unitNodes; // per unit: nodes (anchors: one)
  final int[][] nodeOf; // per mention, per candidate
  final int nodes;
  final int[][] neighbors;
  final int[][] unitsOfNode; // node -> units listing it
  final boolean graph;

  /**
   * @param unitOf the unit of each mention, -1 for one without candidates
   * @param firstMention per unit, its first mention
   * @param graph false for no edges (every mention ranked on its own; the anchors are then left out)
   */
  CandidateGraph(List<RankMention> mentions, int[] unitOf, List<Integer> firstMention, List<Features.Anchor> anchors,
      boolean graph) {
    this.mentions = mentions.size();
    this.unitOf = unitOf;
    this.graph = graph;
    int m = mentions.size();
    units = firstMention.size();
    List<Features.Anchor> anchorList = graph ? touching(mentions, anchors) : List.of();
    allUnits = units + anchorList.size();
    Map<String, Integer> nodeIds = new HashMap<>();
    nodeOf = new int[m][];
    for (int i = 0; i < m; i++) {
      List<RankCandidate> cs = mentions.get(i).candidates();
      nodeOf[i] = new int[cs.size()];
      for (int j = 0; j < cs.size(); j++) {
        nodeOf[i][j] = nodeIds.computeIfAbsent(cs.get(j).id(), k -> nodeIds.size());
      }
    }
    unitNodes = new int[allUnits][];
    for (int u = 0; u < units; u++) {
      unitNodes[u] = Arrays.stream(nodeOf[firstMention.get(u)]).distinct().toArray();
    }
    for (int a = 0; a < anchorList.size(); a++) {
      unitNodes[units + a] = new int[] {nodeIds.computeIfAbsent(anchorList.get(a).id(), k -> nodeIds.size())};
    }
    nodes = nodeIds.size();
    Edges edges = new Edges(nodeIds);
    if (graph) {
      for (int i = 0; i < m; i++) {
        List<RankCandidate> cs = mentions.get(i).candidates();
        for (int j = 0; j < cs.size(); j++) {
          edges.add(nodeOf[i][j], cs.get(j).links());
        }
      }
      for (Features.Anchor a : anchorList) {
        edges.add(nodeIds.get(a.id()), a.links());
      }
    }
    neighbors = edges.adjacency(nodes);
    List<List<Integer>> uon = new ArrayList<>(nodes);
    for (int n = 0; n < nodes; n++) {
      uon.add(new ArrayList<>(1));
    }
    for (int u = 0; u < allUnits; u++) {
      for (int n : unitNodes[u]) {
        uon.get(n).add(u);
      }
    }
    unitsOfNode = new int[nodes][];
    for (int n = 0; n < nodes; n++) {
      unitsOfNode[n] = uon.get(n).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** Undirected edges from nodes' links, self-links dropped, collected as sorted distinct pairs. */
  private static final class Edges {
    private final Map<String, Integer> nodeIds;
    private long[] pairs = new long[64];
    private int count;

    Edges(Map<String, Integer> nodeIds) {
      this.nodeIds = nodeIds;
    }

    /** An edge from {@code from} to every node among {@code links}. */
    void add(int from, List<String> links) {
      for (String l : links) {
        Integer to = nodeIds.get(l);
        if (to != null && to != from) {
          if (count + 2 > pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
          }
          pairs[count++] = ((long) from << 32) | to;
          pairs[count++] = ((long) to << 32) | from;
        }
      }
    }

    /** Per node, its neighbours in ascending order. */
    int[][] adjacency(int nodes) {
      Arrays.sort(pairs, 0, count);
      int[] degree = new int[nodes];
      int distinct = 0;
      for (int e = 0; e < count; e++) {
        if (e == 0 || pairs[e] != pairs[e - 1]) {
          pairs[distinct++] = pairs[e];
          degree[(int) (pairs[e] >>> 32)]++;
        }
      }
      int[][] neighbors = new int[nodes][];
      for (int n = 0; n < nodes; n++) {
        neighbors[n] = new int[degree[n]];
      }
      int[] fill = new int[nodes];
      for (int e = 0; e < distinct; e++) {
        int from = (int) (pairs[e] >>> 32);
        neighbors[from][fill[from]++] = (int) pairs[e];
      }
      return neighbors;
    }
  }

  /** The anchors that are a candidate or link to one: the others cannot change any feature but the scale. */
  private static List<Features.Anchor> touching(List<RankMention> mentions, List<Features.Anchor> anchors) {
    if (anchors.isEmpty()) {
      return anchors;
    }
    Set<String> ids = new HashSet<>();
    for (RankMention rm : mentions) {
      for (RankCandidate c : rm.candidates()) {
        ids.add(c.id());
      }
    }
    List<Features.Anchor> out = new ArrayList<>();
    for (Features.Anchor a : anchors) {
      boolean touches = ids.contains(a.id());
      for (int k = 0; k < a.links().size() && !touches; k++) {
        touches = ids.contains(a.links().get(k));
      }
      if (touches) {
        out.add(a);
      }
    }
    return out;
  }

  /** Index of {@code node} among a unit's nodes, -1 when absent. */
  static int indexOf(int[] unitNodes, int node) {
    for (int i = 0; i < unitNodes.length; i++) {
      if (unitNodes[i] == node) {
        return i;
      }
    }
    return -1;
  }

  /** Columns of a {@link #ppr} result. */
  static final int MASS = 0;
  static final int LOG = 1;
  static final int LOG_REL = 2;
  static final int NO_TELEPORT_LOG = 3;

  /**
   * Personalized PageRank from the units' candidates (teleport weights per unit node, each unit's summing to 1),
   * and per mention candidate: {mass from the other units scaled by nodes/(units-1), its log, log relative to the
   * mention's best, log without the teleport mass} (columns {@link #MASS}, {@link #LOG}, {@link #LOG_REL},
   * {@link #NO_TELEPORT_LOG}). One walk for all units at once (PageRank is linear in the teleport vector); a unit's
   * own share at its candidates is taken as the walks of at most two steps, so mass that returns through longer
   * paths counts as the other units'.
   */
  double[][][] ppr(double[][] weights) {
    int m = mentions;
    double[][] norm = new double[allUnits][];
    double[] t = new double[nodes];
    for (int u = 0; u < allUnits; u++) {
      double sum = 0;
      for (double w : weights[u]) {
        sum += w;
      }
      norm[u] = new double[unitNodes[u].length];
      for (int k = 0; k < unitNodes[u].length; k++) {
        norm[u][k] = sum > 0 ? weights[u][k] / sum : 0;
        t[unitNodes[u][k]] += norm[u][k];
      }
    }
    double[] inv = new double[nodes];
    for (int n = 0; n < nodes; n++) {
      inv[n] = neighbors[n].length == 0 ? 0 : 1.0 / neighbors[n].length;
    }
    double[] r = t.clone();
    if (graph) {
      double[] next = new double[nodes];
      for (int it = 0; it < PPR_ITERATIONS; it++) {
        for (int n = 0; n < nodes; n++) {
          double acc = 0;
          for (int v : neighbors[n]) {
            acc += inv[v] * r[v];
          }
          next[n] = ALPHA * t[n] + (1 - ALPHA) * acc;
        }
        double[] swap = r;
        r = next;
        next = swap;
      }
    }
    // a unit's own mass at a mention's candidates: teleport + one- and two-step walks from the unit's teleport
    double[] scratch = new double[nodes];
    double[][][] out = new double[m][][];
    double scale = nodes / (double) Math.max(1, allUnits - 1);
    for (int i = 0; i < m; i++) {
      int nc = nodeOf[i].length;
      out[i] = new double[nc][4];
      if (nc == 0) {
        continue;
      }
      int u = unitOf[i];
      int[] un = unitNodes[u];
      for (int k = 0; k < un.length; k++) {
        scratch[un[k]] = norm[u][k];
      }
      double bestLog = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < nc; j++) {
        int n = nodeOf[i][j];
        double one = 0;
        double two = 0;
        if (graph) {
          for (int v : neighbors[n]) {
            one += scratch[v] * inv[v];
            double inner = 0;
            for (int w : neighbors[v]) {
              inner += scratch[w] * inv[w];
            }
            two += inv[v] * inner;
          }
        }
        double teleport = ALPHA * scratch[n];
        double own = ALPHA * (scratch[n] + (1 - ALPHA) * one + (1 - ALPHA) * (1 - ALPHA) * two);
        double s = Math.max(0, r[n] - own) * scale;
        double sNt = Math.max(0, (r[n] - ALPHA * t[n]) - (own - teleport)) * scale;
        double[] f = out[i][j];
        f[MASS] = s;
        f[LOG] = Math.log(LOG_FLOOR + s);
        f[NO_TELEPORT_LOG] = Math.log(LOG_FLOOR + sNt);
        bestLog = Math.max(bestLog, f[LOG]);
      }
      for (int n : un) {
        scratch[n] = 0;
      }
      for (int j = 0; j < nc; j++) {
        out[i][j][LOG_REL] = out[i][j][LOG] - bestLog;
      }
    }
    return out;
  }
}
