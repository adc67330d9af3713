package io.polylink.link.rank;

import static io.polylink.link.rank.Feature.*;

import io.polylink.kb.store.NameHit.MatchKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the ranking features of every candidate of a document; the features themselves are declared in
 * {@link Feature}. Stage 1 reads the mention and its candidates ({@link #local}) plus the {@link CandidateGraph}
 * without any decision (personalized PageRank from every other mention's candidates, uniformly and by popularity);
 * later stages add evidence weighted by the previous stage's probabilities ({@link Doc#stage2}: PageRank, link
 * support, coreference with longer mentions, title-signature agreement).
 *
 * <p>Mentions with the same folded text form one "unit": they share their evidence and never support each other.
 * Nothing here reads candidate order.
 */
final class Features {

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

  /** Feature names by stage, in slot order (from the declarations in {@link Feature}). */
  static final List<String> LOCAL = Feature.ids(Stage.LOCAL);
  static final List<String> GRAPH = Feature.ids(Stage.GRAPH);
  static final List<String> COLLECTIVE = Feature.ids(Stage.COLLECTIVE);

  /** Feature names of stage 1 and of every later stage. */
  static final List<String> STAGE1 = Feature.ids(Stage.LOCAL, Stage.GRAPH);
  static final List<String> STAGE2 = Feature.ids(Stage.LOCAL, Stage.GRAPH, Stage.COLLECTIVE);

  /**
   * Weights for features some training data cannot teach (they never differ between a mention's candidates there,
   * e.g. no context in PPRforNED): the hand-set weights of Polylink's former ranker, used when training saw no signal.
   */
  static final Map<String, Double> UNTAUGHT_DEFAULTS = untaughtDefaults();

  private Features() {}

  /** {@code Math.log1p(n)} of the counts below 4,096, computed once: it has no intrinsic and rows need several. */
  private static final double[] LOG1P = new double[4096];

  static {
    for (int n = 0; n < LOG1P.length; n++) {
      LOG1P[n] = Math.log1p(n);
    }
  }

  /** {@code Math.log1p(n)}, the same double, from the table when {@code n} is a small count. */
  static double log1p(long n) {
    return n >= 0 && n < LOG1P.length ? LOG1P[(int) n] : Math.log1p(n);
  }

  private static Map<String, Double> untaughtDefaults() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Feature f : Feature.values()) {
      if (!Double.isNaN(f.untaughtWeight)) {
        out.put(f.id(), f.untaughtWeight);
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** Evidence the document already holds: an entity linked confidently earlier, with what it links to. */
  record Anchor(String id, List<String> links) {}

  /** A document prepared for ranking: units, candidate graph and the features that need no decision. */
  static final class Doc {
    final List<RankMention> mentions;
    final CandidateGraph graph;
    final int[] unitOf; // per mention; -1 without candidates
    final int units; // mention units
    final int[][] longer; // per unit: units whose words strictly contain its words
    final String[][] signature; // per mention, per candidate
    final double[][][] stage1; // per mention, per candidate: STAGE1 features

    Doc(List<RankMention> mentions, List<Anchor> anchors, boolean graph) {
      this(mentions, anchors, graph, null);
    }

    /** @param titles the forms of titles seen before, null to compute every title's */
    Doc(List<RankMention> mentions, List<Anchor> anchors, boolean graph, TitleForms.Cache titles) {
      this.mentions = mentions;
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
      this.graph = new CandidateGraph(mentions, unitOf, firstMention, anchors, graph);
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
        TitleForms[] forms = new TitleForms[cs.size()];
        for (int j = 0; j < cs.size(); j++) {
          String title = cs.get(j).title();
          forms[j] = titles == null ? TitleForms.of(title) : titles.get(title);
          signature[i][j] = NameMatch.signature(tokens.get(i), forms[j].full());
        }
        local(mentions.get(i), tokens.get(i), forms, stage1[i]);
      }
      // graph features without decisions: PageRank from every unit's candidates, uniformly and by popularity
      CandidateGraph g = this.graph;
      double[][] uniform = new double[g.allUnits][];
      double[][] byPop = new double[g.allUnits][];
      for (int u = 0; u < g.allUnits; u++) {
        uniform[u] = new double[g.unitNodes[u].length];
        Arrays.fill(uniform[u], 1);
        byPop[u] = new double[g.unitNodes[u].length];
        Arrays.fill(byPop[u], 1);
      }
      for (int u = 0; u < units; u++) {
        int i = firstMention.get(u);
        List<RankCandidate> cs = mentions.get(i).candidates();
        Arrays.fill(byPop[u], 0);
        for (int j = 0; j < cs.size(); j++) {
          int k = CandidateGraph.indexOf(g.unitNodes[u], g.nodeOf[i][j]);
          byPop[u][k] = Math.max(byPop[u][k], cs.get(j).popularity() + 1.0);
        }
      }
      double[][][] pu = g.ppr(uniform);
      double[][][] pp = g.ppr(byPop);
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < stage1[i].length; j++) {
          double[] f = stage1[i][j];
          putPpr(f, pu[i][j], COHERENCE_U_PPR, COHERENCE_U_PPR_LOG, COHERENCE_U_PPR_LOG_REL, COHERENCE_U_PPR_NT_LOG);
          putPpr(f, pp[i][j], COHERENCE_P_PPR, COHERENCE_P_PPR_LOG, COHERENCE_P_PPR_LOG_REL, COHERENCE_P_PPR_NT_LOG);
          f[COHERENCE_DEGREE_LOG.slot()] = log1p(g.neighbors[g.nodeOf[i][j]].length);
        }
      }
    }

    /** One {@link CandidateGraph#ppr} row into its four features. */
    private static void putPpr(double[] f, double[] ppr, Feature mass, Feature log, Feature logRel, Feature ntLog) {
      f[mass.slot()] = ppr[CandidateGraph.MASS];
      f[log.slot()] = ppr[CandidateGraph.LOG];
      f[logRel.slot()] = ppr[CandidateGraph.LOG_REL];
      f[ntLog.slot()] = ppr[CandidateGraph.NO_TELEPORT_LOG];
    }

    /** STAGE2 features for every mention, from the previous stage's probabilities (per mention, per candidate). */
    double[][][] stage2(double[][] probs) {
      int m = mentions.size();
      CandidateGraph g = graph;
      // per unit: node -> probability (max over the unit's candidates with that node)
      double[][] unitProb = new double[g.allUnits][];
      for (int u = 0; u < g.allUnits; u++) {
        unitProb[u] = new double[g.unitNodes[u].length];
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
        for (int j = 0; j < g.nodeOf[i].length; j++) {
          int k = CandidateGraph.indexOf(g.unitNodes[u], g.nodeOf[i][j]);
          unitProb[u][k] = Math.max(unitProb[u][k], probs[i][j]);
        }
      }
      double[][][] pw = g.ppr(unitProb);
      int otherUnits = Math.max(1, g.allUnits - 1);
      double[] best = new double[g.allUnits];
      boolean[] linked = new boolean[g.allUnits];
      int[] touched = new int[g.allUnits];
      double[][][] out = new double[m][][];
      // title signatures: signature -> unit -> {max probability, its PageRank log relative}
      Map<String, Map<Integer, double[]>> bySig = new HashMap<>();
      for (int i = 0; i < m; i++) {
        int u = unitOf[i];
        if (u < 0) {
          continue;
        }
        for (int j = 0; j < g.nodeOf[i].length; j++) {
          String s = signature[i][j];
          if (s == null) {
            continue;
          }
          double[] v = bySig.computeIfAbsent(s, k -> new HashMap<>()).computeIfAbsent(u, k -> new double[] {-1, 0});
          if (probs[i][j] > v[0]) {
            v[0] = probs[i][j];
            v[1] = pw[i][j][CandidateGraph.LOG_REL];
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
        int nc = g.nodeOf[i].length;
        out[i] = new double[nc][];
        if (nc == 0) {
          continue;
        }
        int u = unitOf[i];
        double bestSupport = 0;
        for (int j = 0; j < nc; j++) {
          double[] f = Arrays.copyOf(stage1[i][j], STAGE2.size());
          out[i][j] = f;
          putPpr(f, pw[i][j], COHERENCE_W_PPR, COHERENCE_W_PPR_LOG, COHERENCE_W_PPR_LOG_REL, COHERENCE_W_PPR_NT_LOG);
          // link support: for each other unit, its most probable candidate linked to this one
          int n = g.nodeOf[i][j];
          int tc = 0;
          for (int v : g.neighbors[n]) {
            for (int ou : g.unitsOfNode[v]) {
              if (ou == u) {
                continue;
              }
              if (!linked[ou]) {
                linked[ou] = true;
                touched[tc++] = ou;
              }
              double p = unitProb[ou][CandidateGraph.indexOf(g.unitNodes[ou], v)];
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
          f[COHERENCE_SUPPORT.slot()] = sum / otherUnits;
          f[COHERENCE_SUPPORT_LOG.slot()] = Math.log1p(sum);
          f[COHERENCE_SUPPORT_COUNT.slot()] = tc / (double) otherUnits;
          bestSupport = Math.max(bestSupport, f[COHERENCE_SUPPORT.slot()]);
          double coref = 0;
          for (int lu : longer[u]) {
            int k = CandidateGraph.indexOf(g.unitNodes[lu], n);
            if (k >= 0) {
              coref = Math.max(coref, unitProb[lu][k]);
            }
          }
          f[COHERENCE_COREF_LONGER.slot()] = coref;
          f[COHERENCE_HAS_LONGER.slot()] = longer[u].length > 0 ? 1 : 0;
          String s = signature[i][j];
          f[GROUP_NONE.slot()] = s == null ? 1 : 0;
          f[GROUP_BARE.slot()] = "".equals(s) ? 1 : 0;
          if (s != null) {
            double[] all = sigTotals.get(s);
            double[] mine = bySig.get(s).get(u);
            int count = (int) all[0] - (mine == null ? 0 : 1);
            double pSum = all[1] - (mine == null ? 0 : mine[0]);
            double cohSum = all[2] - (mine == null ? 0 : mine[1]);
            f[GROUP_UNITS_LOG.slot()] = log1p(count);
            f[GROUP_UNITS_SHARE.slot()] = count / (double) Math.max(1, units - 1);
            f[GROUP_PROB_MEAN.slot()] = count == 0 ? 0 : pSum / count;
            f[GROUP_PROB_SUM_LOG.slot()] = Math.log1p(Math.max(0, pSum));
            f[COHERENCE_GROUP_PPR_REL_MEAN.slot()] = count == 0 ? -5 : cohSum / count;
          }
        }
        for (int j = 0; j < nc; j++) {
          out[i][j][COHERENCE_SUPPORT_REL.slot()] = out[i][j][COHERENCE_SUPPORT.slot()] - bestSupport;
          out[i][j][COHERENCE_COORD_TYPE.slot()] = coordinatedType(i, mentions.get(i).candidates().get(j).type(), probs);
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

  /** The LOCAL features of a mention's candidates, given the forms of their titles, into the first columns of {@code out}. */
  static void local(RankMention m, List<String> mentionTokens, TitleForms[] titles, double[][] out) {
    List<RankCandidate> cs = m.candidates();
    int n = cs.size();
    if (n == 0) {
      return;
    }
    double[] lp = new double[n];
    double maxLp = 0;
    double popSum = 0;
    for (int j = 0; j < n; j++) {
      lp[j] = log1p(cs.get(j).popularity());
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
      f[PRIOR_LOG_POP.slot()] = lp[j] / 10;
      f[PRIOR_LOG_POP_REL.slot()] = lp[j] - maxLp;
      f[PRIOR_POP_SHARE.slot()] = popSum > 0 ? c.popularity() / popSum : 0;
      f[PRIOR_POP_TOP.slot()] = rank == 0 ? 1 : 0;
      f[PRIOR_POP_LOG_RANK.slot()] = log1p(rank);
      f[PRIOR_NAME_SHARE.slot()] = Double.isNaN(c.nameShare()) ? 0 : c.nameShare();
      boolean priorKnown = !Double.isNaN(maxPrior);
      double prior = priorKnown && !Double.isNaN(c.namePrior()) ? c.namePrior() : 0;
      f[PRIOR_ANCHOR.slot()] = prior;
      f[PRIOR_ANCHOR_REL.slot()] = priorKnown ? prior - maxPrior : 0;
      f[PRIOR_ANCHOR_TOP.slot()] = priorKnown && maxPrior > 0 && prior == maxPrior ? 1 : 0;
      f[PRIOR_ANCHOR_NONE.slot()] = priorKnown ? 0 : 1;
      // name
      TitleForms title = titles[j];
      List<String> full = title.full();
      List<String> unq = title.unqualified();
      List<String> comma = title.beforeComma();
      boolean exact = !mentionTokens.isEmpty() && mentionTokens.equals(unq);
      Set<String> ts = title.unqualifiedSet();
      int inter = 0;
      for (String t : ms) {
        if (ts.contains(t)) {
          inter++;
        }
      }
      int union = ms.size() + ts.size() - inter;
      boolean acronym = NameMatch.acronym(m.surface(), unq);
      String titleJoined = title.unqualifiedJoined();
      int prefix = 0;
      while (prefix < mentionJoined.length() && prefix < titleJoined.length()
          && mentionJoined.charAt(prefix) == titleJoined.charAt(prefix)) {
        prefix++;
      }
      double prefixShare = prefix / (double) Math.max(1, mentionJoined.length());
      boolean lastToken = single && unq.size() > 1 && unq.get(unq.size() - 1).equals(mentionTokens.get(0));
      f[NAME_EXACT.slot()] = exact ? 1 : 0;
      f[NAME_EXACT_UNQUALIFIED.slot()] = !mentionTokens.isEmpty() && mentionTokens.equals(full) ? 1 : 0;
      f[NAME_EXACT_BEFORE_COMMA.slot()] = !exact && !mentionTokens.isEmpty() && mentionTokens.equals(comma) ? 1 : 0;
      f[NAME_QUALIFIED.slot()] = title.qualified() ? 1 : 0;
      f[NAME_JACCARD.slot()] = union == 0 ? 0 : inter / (double) union;
      f[NAME_MENTION_IN_TITLE.slot()] = !exact && !ms.isEmpty() && ts.containsAll(ms) ? 1 : 0;
      f[NAME_TITLE_IN_MENTION.slot()] = !exact && !ts.isEmpty() && ms.containsAll(ts) ? 1 : 0;
      f[NAME_LAST_TOKEN.slot()] = lastToken ? 1 : 0;
      f[NAME_FIRST_TOKEN.slot()] = single && unq.size() > 1 && unq.get(0).equals(mentionTokens.get(0)) ? 1 : 0;
      f[NAME_ACRONYM.slot()] = acronym ? 1 : 0;
      f[NAME_JARO_WINKLER.slot()] = NameMatch.jaroWinkler(mentionJoined, titleJoined);
      f[NAME_PREFIX.slot()] = prefixShare;
      f[NAME_STEM.slot()] = prefix >= 4 && prefix >= mentionJoined.length() - 3 ? 1 : 0;
      f[NAME_NO_OVERLAP.slot()] = inter == 0 && !acronym && prefixShare < 0.5 ? 1 : 0;
      f[NAME_KB_MATCH.slot()] = Double.isNaN(c.kbMatch()) ? 0 : c.kbMatch();
      f[NAME_STEMMED_MATCH.slot()] = c.matchKind() == MatchKind.STEMMED ? 1 : 0;
      f[NAME_TRANSLATED_MATCH.slot()] = c.matchKind() == MatchKind.TRANSLATED ? 1 : 0;
      // type
      String type = c.type();
      f[TYPE_PER.slot()] = "PER".equals(type) ? 1 : 0;
      f[TYPE_ORG.slot()] = "ORG".equals(type) ? 1 : 0;
      f[TYPE_LOC.slot()] = "LOC".equals(type) ? 1 : 0;
      boolean profiled = expected != null && c.typeProfile() != null;
      f[TYPE_PROFILE_LL.slot()] = profiled ? typeLl[j] : 0;
      f[TYPE_PROFILE_LL_REL.slot()] = profiled ? typeLl[j] - bestLl : 0;
      f[TYPE_PROFILE_F1.slot()] = profiled ? typeF1[j] : 0;
      f[TYPE_PROFILE_F1_REL.slot()] = profiled ? typeF1[j] - bestF1 : 0;
      f[TYPE_PROFILE_NONE.slot()] = expected != null && c.typeProfile() == null ? 1 : 0;
      // shape
      f[SHAPE_PER_CAPS.slot()] = "PER".equals(type) && caps ? 1 : 0;
      f[SHAPE_ORG_CAPS.slot()] = "ORG".equals(type) && caps ? 1 : 0;
      f[SHAPE_LOC_CAPS.slot()] = "LOC".equals(type) && caps ? 1 : 0;
      f[SHAPE_PER_SINGLE.slot()] = "PER".equals(type) && single ? 1 : 0;
      f[SHAPE_ORG_SINGLE.slot()] = "ORG".equals(type) && single ? 1 : 0;
      f[SHAPE_LOC_SINGLE.slot()] = "LOC".equals(type) && single ? 1 : 0;
      f[SHAPE_EXACT_CAPS.slot()] = exact && caps ? 1 : 0;
      f[SHAPE_LAST_TOKEN_PER.slot()] = lastToken && "PER".equals(type) ? 1 : 0;
      f[SHAPE_POP_REL_X_LOG_COUNT.slot()] = (lp[j] - maxLp) * logCount / 3;
      // context
      f[CONTEXT_OVERLAP.slot()] = Double.isNaN(c.context()) ? 0 : c.context();
      f[CONTEXT_COMMON_NOUN.slot()] = c.commonNoun() ? 1 : 0;
      // dense: 0 when unknown, so that a model trained without an encoder reads nothing here
      boolean dense = !Double.isNaN(c.dense());
      f[DENSE_COSINE.slot()] = dense ? c.dense() : 0;
      f[DENSE_COSINE_REL.slot()] = dense ? c.dense() - maxDense : 0;
      f[DENSE_COSINE_TOP.slot()] = dense && c.dense() == maxDense ? 1 : 0;
    }
  }
}
