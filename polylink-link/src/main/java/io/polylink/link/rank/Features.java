package io.polylink.link.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the ranking features of every candidate of a document. Stage 1 reads the mention and its candidates plus
 * the candidate graph without any decision (personalized PageRank from every other mention's candidates, uniformly
 * and by popularity); later stages add evidence weighted by the previous stage's probabilities (PageRank, link support,
 * coreference with longer mentions, title-signature agreement). Every feature name starts with its
 * {@link FeatureGroup} prefix.
 *
 * <p>Mentions with the same folded text form one "unit": they share their evidence and never support each other.
 * Nothing here reads candidate order.
 */
final class Features {

  static final double ALPHA = 0.15;
  static final int PPR_ITERATIONS = 25;
  private static final double LOG_FLOOR = 1e-6;
  private static final String[] TYPES = {"PER", "ORG", "LOC"};
  /**
   * Untaught weights of the type-profile features (0 wherever no type classifier is in use): chosen on the train half
   * of the synthetic typed-news benchmark ({@code polylink-bench/run.sh types}), reported on its held-out half.
   */
  static final double TYPE_LL_REL_WEIGHT = 16.0;
  static final double TYPE_F1_REL_WEIGHT = 2.0;

  /**
   * Weight of {@code coherence.coord_type}, the agreement of a candidate's type with the types the previous stage
   * gives the mentions coordinated with it ("Österreich und Italien"). Hand-set, like the other untaught defaults:
   * PPRforNED, the shipped model's training data, has no running text to teach it, and the ELEVANT KB slice has no
   * types for it to read (0, 1, 2 and 4 give the same ELEVANT dev figures). 2 is of the order of the other
   * hand-set weights and enough to turn "Italien" in a list of countries from the language to the country.
   */
  static final double COORD_TYPE_WEIGHT = 2.0;

  static final List<String> LOCAL = List.of(
      "prior.log_pop", "prior.log_pop_rel", "prior.pop_share", "prior.pop_top", "prior.pop_log_rank",
      "prior.name_share", "prior.anchor", "prior.anchor_rel", "prior.anchor_top", "prior.anchor_none",
      "name.exact", "name.exact_unqualified", "name.exact_before_comma", "name.qualified", "name.jaccard",
      "name.mention_in_title", "name.title_in_mention", "name.last_token", "name.first_token", "name.acronym",
      "name.jaro_winkler", "name.prefix", "name.stem", "name.no_overlap", "name.kb_match",
      "type.PER", "type.ORG", "type.LOC",
      "type.profile_ll", "type.profile_ll_rel", "type.profile_f1", "type.profile_f1_rel", "type.profile_none",
      "shape.PER_caps", "shape.ORG_caps", "shape.LOC_caps", "shape.PER_single", "shape.ORG_single",
      "shape.LOC_single", "shape.exact_caps", "shape.last_token_PER", "shape.pop_rel_x_log_count",
      "context.overlap", "context.common_noun",
      "dense.cosine", "dense.cosine_rel", "dense.cosine_top");

  static final List<String> GRAPH = List.of(
      "coherence.u_ppr", "coherence.u_ppr_log", "coherence.u_ppr_log_rel", "coherence.u_ppr_nt_log",
      "coherence.p_ppr", "coherence.p_ppr_log", "coherence.p_ppr_log_rel", "coherence.p_ppr_nt_log",
      "coherence.degree_log");

  static final List<String> COLLECTIVE = List.of(
      "coherence.w_ppr", "coherence.w_ppr_log", "coherence.w_ppr_log_rel", "coherence.w_ppr_nt_log",
      "coherence.support", "coherence.support_log", "coherence.support_count", "coherence.support_rel",
      "coherence.coref_longer", "coherence.has_longer",
      "group.none", "group.bare", "group.units_log", "group.units_share", "group.prob_mean", "group.prob_sum_log",
      "coherence.group_ppr_rel_mean", "coherence.coord_type");

  /**
   * Weights for features some training data cannot teach (they never differ between a mention's candidates there,
   * e.g. no context in PPRforNED): the hand-set weights of Polylink's former ranker, used when training saw no signal.
   */
  static final Map<String, Double> UNTAUGHT_DEFAULTS = Map.of("prior.name_share", 1.6, "name.kb_match", 2.2,
      "context.overlap", 2.0, "context.common_noun", -1.5, "type.profile_ll_rel", TYPE_LL_REL_WEIGHT,
      "type.profile_f1_rel", TYPE_F1_REL_WEIGHT, "coherence.coord_type", COORD_TYPE_WEIGHT);

  /** Feature names of stage 1 and of every later stage. */
  static final List<String> STAGE1 = concat(LOCAL, GRAPH);
  static final List<String> STAGE2 = concat(STAGE1, COLLECTIVE);

  private Features() {}

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  /** Evidence the document already holds: an entity linked confidently earlier, with what it links to. */
  record Anchor(String id, List<String> links) {}

  /** A document prepared for ranking: units, candidate graph and the features that need no decision. */
  static final class Doc {
    final List<RankMention> mentions;
    final int[] unitOf; // per mention; -1 without candidates
    final int units; // mention units
    final int allUnits; // + anchors
    final int[][] unitNodes; // per unit: nodes (anchors: one)
    final int[][] nodeOf; // per mention, per candidate
    final int nodes;
    final int[][] neighbors;
    final int[][] unitsOfNode; // node -> units listing it
    final int[][] longer; // per unit: units whose words strictly contain its words
    final String[][] signature; // per mention, per candidate
    final double[][][] stage1; // per mention, per candidate: STAGE1 features
    final boolean graph;

    Doc(List<RankMention> mentions, List<Anchor> anchors, boolean graph) {
      this.mentions = mentions;
      this.graph = graph;
      int m = mentions.size();
      unitOf = new int[m];
      Map<String, Integer> unitByKey = new LinkedHashMap<>();
      List<Integer> firstMention = new ArrayList<>();
      List<List<String>> unitTokens = new ArrayList<>();
      List<List<String>> tokens = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        RankMention rm = mentions.get(i);
        List<String> t = NameMatch.tokens(rm.surface());
        tokens.add(t);
        if (rm.candidates().isEmpty()) {
          unitOf[i] = -1;
          continue;
        }
        String key = t.isEmpty() ? NameMatch.fold(rm.surface()) : String.join(" ", t);
        Integer u = unitByKey.get(key);
        if (u == null) {
          u = unitByKey.size();
          unitByKey.put(key, u);
          firstMention.add(i);
          unitTokens.add(t);
        }
        unitOf[i] = u;
      }
      units = unitByKey.size();
      List<Anchor> anchorList = graph ? touching(anchors) : List.of();
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
      // undirected edges from every candidate's and anchor's links, self-links dropped: sorted, distinct pairs
      long[] edges = new long[64];
      int edgeCount = 0;
      if (graph) {
        for (int i = 0; i < m; i++) {
          List<RankCandidate> cs = mentions.get(i).candidates();
          for (int j = 0; j < cs.size(); j++) {
            for (String l : cs.get(j).links()) {
              Integer to = nodeIds.get(l);
              int from = nodeOf[i][j];
              if (to != null && to != from) {
                if (edgeCount + 2 > edges.length) {
                  edges = Arrays.copyOf(edges, edges.length * 2);
                }
                edges[edgeCount++] = ((long) from << 32) | to;
                edges[edgeCount++] = ((long) to << 32) | from;
              }
            }
          }
        }
        for (Anchor a : anchorList) {
          int from = nodeIds.get(a.id());
          for (String l : a.links()) {
            Integer to = nodeIds.get(l);
            if (to != null && to != from) {
              if (edgeCount + 2 > edges.length) {
                edges = Arrays.copyOf(edges, edges.length * 2);
              }
              edges[edgeCount++] = ((long) from << 32) | to;
              edges[edgeCount++] = ((long) to << 32) | from;
            }
          }
        }
      }
      Arrays.sort(edges, 0, edgeCount);
      int[] degree = new int[nodes];
      int distinct = 0;
      for (int e = 0; e < edgeCount; e++) {
        if (e == 0 || edges[e] != edges[e - 1]) {
          edges[distinct++] = edges[e];
          degree[(int) (edges[e] >>> 32)]++;
        }
      }
      neighbors = new int[nodes][];
      for (int n = 0; n < nodes; n++) {
        neighbors[n] = new int[degree[n]];
      }
      int[] fill = new int[nodes];
      for (int e = 0; e < distinct; e++) {
        int from = (int) (edges[e] >>> 32);
        neighbors[from][fill[from]++] = (int) edges[e];
      }
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
      longer = new int[units][];
      List<Set<String>> unitSets = new ArrayList<>(units);
      for (int u = 0; u < units; u++) {
        unitSets.add(new HashSet<>(unitTokens.get(u)));
      }
      Map<String, List<Integer>> unitsByToken = new HashMap<>();
      for (int u = 0; u < units; u++) {
        for (String tok : unitSets.get(u)) {
          unitsByToken.computeIfAbsent(tok, k -> new ArrayList<>()).add(u);
        }
      }
      for (int u = 0; u < units; u++) {
        Set<String> mine = unitSets.get(u);
        List<Integer> l = new ArrayList<>();
        if (!mine.isEmpty()) {
          for (int v : unitsByToken.get(mine.iterator().next())) {
            Set<String> theirs = unitSets.get(v);
            if (v != u && theirs.size() > mine.size() && theirs.containsAll(mine)) {
              l.add(v);
            }
          }
          l.sort(null);
        }
        longer[u] = l.stream().mapToInt(Integer::intValue).toArray();
      }
      signature = new String[m][];
      stage1 = new double[m][][];
      for (int i = 0; i < m; i++) {
        List<RankCandidate> cs = mentions.get(i).candidates();
        signature[i] = new String[cs.size()];
        stage1[i] = new double[cs.size()][STAGE1.size()];
        @SuppressWarnings("unchecked")
        List<String>[] titleTokens = new List[cs.size()];
        for (int j = 0; j < cs.size(); j++) {
          titleTokens[j] = NameMatch.tokens(cs.get(j).title());
          signature[i][j] = NameMatch.signature(tokens.get(i), titleTokens[j]);
        }
        local(mentions.get(i), tokens.get(i), titleTokens, stage1[i]);
      }
      // graph features without decisions: PageRank from every unit's candidates, uniformly and by popularity
      double[][] uniform = new double[allUnits][];
      double[][] byPop = new double[allUnits][];
      for (int u = 0; u < allUnits; u++) {
        uniform[u] = new double[unitNodes[u].length];
        Arrays.fill(uniform[u], 1);
        byPop[u] = new double[unitNodes[u].length];
        Arrays.fill(byPop[u], 1);
      }
      for (int u = 0; u < units; u++) {
        int i = firstMention.get(u);
        List<RankCandidate> cs = mentions.get(i).candidates();
        Arrays.fill(byPop[u], 0);
        for (int j = 0; j < cs.size(); j++) {
          int k = indexOf(unitNodes[u], nodeOf[i][j]);
          byPop[u][k] = Math.max(byPop[u][k], cs.get(j).popularity() + 1.0);
        }
      }
      double[][][] pu = ppr(uniform);
      double[][][] pp = ppr(byPop);
      int base = LOCAL.size();
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < stage1[i].length; j++) {
          double[] f = stage1[i][j];
          System.arraycopy(pu[i][j], 0, f, base, 4);
          System.arraycopy(pp[i][j], 0, f, base + 4, 4);
          f[base + 8] = Math.log1p(neighbors[nodeOf[i][j]].length);
        }
      }
    }

    /** The anchors that are a candidate or link to one: the others cannot change any feature but the scale. */
    private List<Anchor> touching(List<Anchor> anchors) {
      if (anchors.isEmpty()) {
        return anchors;
      }
      Set<String> ids = new HashSet<>();
      for (RankMention rm : mentions) {
        for (RankCandidate c : rm.candidates()) {
          ids.add(c.id());
        }
      }
      List<Anchor> out = new ArrayList<>();
      for (Anchor a : anchors) {
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


    /**
     * Personalized PageRank from the units' candidates (teleport weights per unit node, each unit's summing to 1),
     * and per mention candidate: {mass from the other units scaled by nodes/(units-1), its log, log relative to the
     * mention's best, log without the teleport mass}. One walk for all units at once (PageRank is linear in the
     * teleport vector); a unit's own share at its candidates is taken as the walks of at most two steps, so mass
     * that returns through longer paths counts as the other units'.
     */
    double[][][] ppr(double[][] weights) {
      int m = mentions.size();
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
          f[0] = s;
          f[1] = Math.log(LOG_FLOOR + s);
          f[3] = Math.log(LOG_FLOOR + sNt);
          bestLog = Math.max(bestLog, f[1]);
        }
        for (int n : un) {
          scratch[n] = 0;
        }
        for (int j = 0; j < nc; j++) {
          out[i][j][2] = out[i][j][1] - bestLog;
        }
      }
      return out;
    }

    /** STAGE2 features for every mention, from the previous stage's probabilities (per mention, per candidate). */
    double[][][] stage2(double[][] probs) {
      int m = mentions.size();
      // per unit: node -> probability (max over the unit's candidates with that node)
      double[][] unitProb = new double[allUnits][];
      for (int u = 0; u < allUnits; u++) {
        unitProb[u] = new double[unitNodes[u].length];
        if (u >= units) {
          Arrays.fill(unitProb[u], 1);
        }
      }
      boolean[] filled = new boolean[units];
      for (int i = 0; i < m; i++) {
        int u = unitOf[i];
        if (u < 0 || filled[u]) {
          continue;
        }
        filled[u] = true;
        for (int j = 0; j < nodeOf[i].length; j++) {
          int k = indexOf(unitNodes[u], nodeOf[i][j]);
          unitProb[u][k] = Math.max(unitProb[u][k], probs[i][j]);
        }
      }
      double[][][] pw = ppr(unitProb);
      int otherUnits = Math.max(1, allUnits - 1);
      double[] best = new double[allUnits];
      boolean[] linked = new boolean[allUnits];
      int[] touched = new int[allUnits];
      double[][][] out = new double[m][][];
      int base = STAGE1.size();
      // title signatures: signature -> unit -> {max probability, its PageRank log relative}
      Map<String, Map<Integer, double[]>> bySig = new HashMap<>();
      for (int i = 0; i < m; i++) {
        int u = unitOf[i];
        if (u < 0) {
          continue;
        }
        for (int j = 0; j < nodeOf[i].length; j++) {
          String s = signature[i][j];
          if (s == null) {
            continue;
          }
          double[] v = bySig.computeIfAbsent(s, k -> new HashMap<>()).computeIfAbsent(u, k -> new double[] {-1, 0});
          if (probs[i][j] > v[0]) {
            v[0] = probs[i][j];
            v[1] = pw[i][j][2];
          }
        }
      }
      // per signature: {units, probability sum, PageRank sum} over all units; a unit's own share is subtracted below
      Map<String, double[]> sigTotals = new HashMap<>();
      for (Map.Entry<String, Map<Integer, double[]>> e : bySig.entrySet()) {
        double[] tot = new double[3];
        for (int v : e.getValue().keySet().stream().sorted().toList()) {
          double[] x = e.getValue().get(v);
          tot[0]++;
          tot[1] += x[0];
          tot[2] += x[1];
        }
        sigTotals.put(e.getKey(), tot);
      }
      for (int i = 0; i < m; i++) {
        int nc = nodeOf[i].length;
        out[i] = new double[nc][];
        if (nc == 0) {
          continue;
        }
        int u = unitOf[i];
        double bestSupport = 0;
        for (int j = 0; j < nc; j++) {
          double[] f = Arrays.copyOf(stage1[i][j], STAGE2.size());
          out[i][j] = f;
          System.arraycopy(pw[i][j], 0, f, base, 4);
          // link support: for each other unit, its most probable candidate linked to this one
          int n = nodeOf[i][j];
          int tc = 0;
          for (int v : neighbors[n]) {
            for (int ou : unitsOfNode[v]) {
              if (ou == u) {
                continue;
              }
              if (!linked[ou]) {
                linked[ou] = true;
                touched[tc++] = ou;
              }
              double p = unitProb[ou][indexOf(unitNodes[ou], v)];
              if (p > best[ou]) {
                best[ou] = p;
              }
            }
          }
          double sum = 0;
          for (int k = 0; k < tc; k++) {
            sum += best[touched[k]];
            best[touched[k]] = 0;
            linked[touched[k]] = false;
          }
          f[base + 4] = sum / otherUnits;
          f[base + 5] = Math.log1p(sum);
          f[base + 6] = tc / (double) otherUnits;
          bestSupport = Math.max(bestSupport, f[base + 4]);
          double coref = 0;
          for (int lu : longer[u]) {
            int k = indexOf(unitNodes[lu], n);
            if (k >= 0) {
              coref = Math.max(coref, unitProb[lu][k]);
            }
          }
          f[base + 8] = coref;
          f[base + 9] = longer[u].length > 0 ? 1 : 0;
          String s = signature[i][j];
          f[base + 10] = s == null ? 1 : 0;
          f[base + 11] = "".equals(s) ? 1 : 0;
          if (s != null) {
            double[] all = sigTotals.get(s);
            double[] mine = bySig.get(s).get(u);
            int count = (int) all[0] - (mine == null ? 0 : 1);
            double pSum = all[1] - (mine == null ? 0 : mine[0]);
            double cohSum = all[2] - (mine == null ? 0 : mine[1]);
            f[base + 12] = Math.log1p(count);
            f[base + 13] = count / (double) Math.max(1, units - 1);
            f[base + 14] = count == 0 ? 0 : pSum / count;
            f[base + 15] = Math.log1p(Math.max(0, pSum));
            f[base + 16] = count == 0 ? -5 : cohSum / count;
          }
        }
        for (int j = 0; j < nc; j++) {
          out[i][j][base + 7] = out[i][j][base + 4] - bestSupport;
          out[i][j][base + 17] = coordinatedType(i, mentions.get(i).candidates().get(j).type(), probs);
        }
      }
      return out;
    }

    /**
     * The mean, over the mentions coordinated with mention {@code i}, of the probability the previous stage gives
     * their candidates of {@code type}: how well the type fits the list the mention stands in. 0 without a type or
     * without coordinated mentions.
     */
    private double coordinatedType(int i, String type, double[][] probs) {
      int[] co = mentions.get(i).coordinated();
      if (type.isEmpty() || co.length == 0) {
        return 0;
      }
      double sum = 0;
      int n = 0;
      for (int k : co) {
        if (k == i || k < 0 || k >= mentions.size()) {
          continue;
        }
        List<RankCandidate> cs = mentions.get(k).candidates();
        for (int j = 0; j < cs.size(); j++) {
          if (type.equals(cs.get(j).type())) {
            sum += probs[k][j];
          }
        }
        n++;
      }
      return n == 0 ? 0 : sum / n;
    }
  }

  static int indexOf(int[] a, int v) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == v) {
        return i;
      }
    }
    return -1;
  }

  /** The LOCAL features of a mention's candidates into the first columns of {@code out}. */
  static void local(RankMention m, List<String> mentionTokens, List<String>[] titleTokens, double[][] out) {
    List<RankCandidate> cs = m.candidates();
    int n = cs.size();
    if (n == 0) {
      return;
    }
    double[] lp = new double[n];
    double maxLp = 0;
    double popSum = 0;
    for (int j = 0; j < n; j++) {
      lp[j] = Math.log1p(cs.get(j).popularity());
      maxLp = Math.max(maxLp, lp[j]);
      popSum += cs.get(j).popularity();
    }
    boolean caps = NameMatch.allCaps(m.surface());
    boolean single = mentionTokens.size() == 1;
    double logCount = Math.log(n);
    double[] expected = m.typeExpectation();
    double[] typeLl = new double[n];
    double[] typeF1 = new double[n];
    double bestLl = Double.NEGATIVE_INFINITY;
    double bestF1 = Double.NEGATIVE_INFINITY;
    if (expected != null) {
      for (int j = 0; j < n; j++) {
        int[] profile = cs.get(j).typeProfile();
        if (profile != null) {
          typeLl[j] = TypeCompatibility.meanLogLikelihood(expected, profile);
          typeF1[j] = TypeCompatibility.softF1(expected, profile);
          bestLl = Math.max(bestLl, typeLl[j]);
          bestF1 = Math.max(bestF1, typeF1[j]);
        }
      }
    }
    Set<String> ms = NameMatch.set(mentionTokens);
    String mentionJoined = String.join("", mentionTokens);
    double maxDense = Double.NEGATIVE_INFINITY;
    for (RankCandidate c : cs) {
      if (!Double.isNaN(c.dense())) {
        maxDense = Math.max(maxDense, c.dense());
      }
    }
    // link statistics of the name: known for the mention when any candidate carries a prior (0 counts: the KB keeps
    // priors for the name, none for that candidate)
    double maxPrior = Double.NaN;
    for (RankCandidate c : cs) {
      if (!Double.isNaN(c.namePrior())) {
        maxPrior = Double.isNaN(maxPrior) ? c.namePrior() : Math.max(maxPrior, c.namePrior());
      }
    }
    for (int j = 0; j < n; j++) {
      RankCandidate c = cs.get(j);
      double[] f = out[j];
      int rank = 0;
      for (int k = 0; k < n; k++) {
        if (lp[k] > lp[j]) {
          rank++;
        }
      }
      int x = 0;
      f[x++] = lp[j] / 10;
      f[x++] = lp[j] - maxLp;
      f[x++] = popSum > 0 ? c.popularity() / popSum : 0;
      f[x++] = rank == 0 ? 1 : 0;
      f[x++] = Math.log1p(rank);
      f[x++] = Double.isNaN(c.nameShare()) ? 0 : c.nameShare();
      boolean priorKnown = !Double.isNaN(maxPrior);
      double prior = priorKnown && !Double.isNaN(c.namePrior()) ? c.namePrior() : 0;
      f[x++] = prior;
      f[x++] = priorKnown ? prior - maxPrior : 0;
      f[x++] = priorKnown && maxPrior > 0 && prior == maxPrior ? 1 : 0;
      f[x++] = priorKnown ? 0 : 1;
      // name
      List<String> full = titleTokens[j];
      boolean plainTitle = c.title().indexOf('(') < 0 && c.title().indexOf(',') < 0;
      List<String> unq = plainTitle ? full : NameMatch.tokens(NameMatch.stripQualifier(c.title()));
      List<String> comma = plainTitle ? full : NameMatch.tokens(NameMatch.beforeComma(c.title()));
      boolean exact = !mentionTokens.isEmpty() && mentionTokens.equals(unq);
      Set<String> ts = NameMatch.set(unq);
      int inter = 0;
      for (String t : ms) {
        if (ts.contains(t)) {
          inter++;
        }
      }
      int union = ms.size() + ts.size() - inter;
      boolean acronym = NameMatch.acronym(m.surface(), unq);
      String titleJoined = String.join("", unq);
      int prefix = 0;
      while (prefix < mentionJoined.length() && prefix < titleJoined.length()
          && mentionJoined.charAt(prefix) == titleJoined.charAt(prefix)) {
        prefix++;
      }
      double prefixShare = prefix / (double) Math.max(1, mentionJoined.length());
      boolean lastToken = single && unq.size() > 1 && unq.get(unq.size() - 1).equals(mentionTokens.get(0));
      f[x++] = exact ? 1 : 0;
      f[x++] = !mentionTokens.isEmpty() && mentionTokens.equals(full) ? 1 : 0;
      f[x++] = !exact && !mentionTokens.isEmpty() && mentionTokens.equals(comma) ? 1 : 0;
      f[x++] = c.title().strip().endsWith(")") ? 1 : 0;
      f[x++] = union == 0 ? 0 : inter / (double) union;
      f[x++] = !exact && !ms.isEmpty() && ts.containsAll(ms) ? 1 : 0;
      f[x++] = !exact && !ts.isEmpty() && ms.containsAll(ts) ? 1 : 0;
      f[x++] = lastToken ? 1 : 0;
      f[x++] = single && unq.size() > 1 && unq.get(0).equals(mentionTokens.get(0)) ? 1 : 0;
      f[x++] = acronym ? 1 : 0;
      f[x++] = NameMatch.jaroWinkler(mentionJoined, titleJoined);
      f[x++] = prefixShare;
      f[x++] = prefix >= 4 && prefix >= mentionJoined.length() - 3 ? 1 : 0;
      f[x++] = inter == 0 && !acronym && prefixShare < 0.5 ? 1 : 0;
      f[x++] = Double.isNaN(c.kbMatch()) ? 0 : c.kbMatch();
      // type
      String type = c.type();
      for (String t : TYPES) {
        f[x++] = t.equals(type) ? 1 : 0;
      }
      boolean profiled = expected != null && c.typeProfile() != null;
      f[x++] = profiled ? typeLl[j] : 0;
      f[x++] = profiled ? typeLl[j] - bestLl : 0;
      f[x++] = profiled ? typeF1[j] : 0;
      f[x++] = profiled ? typeF1[j] - bestF1 : 0;
      f[x++] = expected != null && c.typeProfile() == null ? 1 : 0;
      // shape
      for (String t : TYPES) {
        f[x++] = t.equals(type) && caps ? 1 : 0;
      }
      for (String t : TYPES) {
        f[x++] = t.equals(type) && single ? 1 : 0;
      }
      f[x++] = exact && caps ? 1 : 0;
      f[x++] = lastToken && "PER".equals(type) ? 1 : 0;
      f[x++] = (lp[j] - maxLp) * logCount / 3;
      // context
      f[x++] = Double.isNaN(c.context()) ? 0 : c.context();
      f[x++] = c.commonNoun() ? 1 : 0;
      // dense: 0 when unknown, so that a model trained without an encoder reads nothing here
      boolean dense = !Double.isNaN(c.dense());
      f[x++] = dense ? c.dense() : 0;
      f[x++] = dense ? c.dense() - maxDense : 0;
      f[x++] = dense && c.dense() == maxDense ? 1 : 0;
      assert x == LOCAL.size();
    }
  }
}
