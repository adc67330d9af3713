package io.polylink.link.rank;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Trains a {@link RankerModel} on annotated documents: per stage, a listwise (softmax over a mention's candidates)
 * logistic regression with L2, fitted by L-BFGS; the decisions a later stage reads for training documents come from
 * models that did not see those documents (k-fold cross-fitting by document), as they will at run time. The final
 * stage's held-out scores fit the Platt calibration, NIL mentions (gold absent) included as negatives.
 * Deterministic: folds are document index modulo k, the optimizer starts from zero.
 */
public final class RankerTrainer {

  /**
   * A training document.
   *
   * @param mentions the mentions with their candidates
   * @param gold per mention, the index of the correct candidate, -1 when the mention's entity is not among them (NIL)
   */
  public record Example(List<RankMention> mentions, int[] gold) {
    public Example {
      mentions = List.copyOf(mentions);
      if (gold.length != mentions.size()) {
        throw new IllegalArgumentException("gold has " + gold.length + " entries for " + mentions.size() + " mentions");
      }
      for (int i = 0; i < gold.length; i++) {
        if (gold[i] < -1 || gold[i] >= mentions.get(i).candidates().size()) {
          throw new IllegalArgumentException("gold index " + gold[i] + " out of range for mention " + i);
        }
      }
      gold = gold.clone();
    }
  }

  /**
   * Training options.
   *
   * @param stages 1 (no decision-weighted coherence) or more (default 2: a third stage did not raise the
   *     cross-validated accuracy on PPRforNED train)
   * @param folds cross-fitting folds, at least 2 (default 5)
   * @param l2 L2 penalty per weight (default 0.01)
   * @param trees boosted trees added to each stage's linear score, 0 for a linear ranker (default 100)
   * @param without feature groups left out (an ablation)
   * @param meta provenance written into the model (training data, licence)
   */
  public record Options(int stages, int folds, double l2, int trees, Set<FeatureGroup> without,
      Map<String, String> meta) {
    public Options {
      if (stages < 1 || stages > 8) {
        throw new IllegalArgumentException("stages must be in [1, 8], got " + stages);
      }
      if (folds < 2) {
        throw new IllegalArgumentException("folds must be >= 2, got " + folds);
      }
      if (trees < 0) {
        throw new IllegalArgumentException("trees must be >= 0, got " + trees);
      }
      if (!(l2 >= 0)) {
        throw new IllegalArgumentException("l2 must be >= 0, got " + l2);
      }
      without = without.isEmpty() ? Set.of() : EnumSet.copyOf(without);
      meta = new LinkedHashMap<>(meta);
    }

    public static Options defaults() {
      return new Options(2, 5, 0.01, 100, Set.of(), Map.of());
    }

    public Options withoutGroups(Set<FeatureGroup> groups) {
      return new Options(stages, folds, l2, trees, groups, meta);
    }

    public Options withMeta(Map<String, String> m) {
      return new Options(stages, folds, l2, trees, without, m);
    }

    public Options withStages(int s) {
      return new Options(s, folds, l2, trees, without, meta);
    }

    public Options withTrees(int t) {
      return new Options(stages, folds, l2, t, without, meta);
    }
  }

  /**
   * A trained model and its cross-validated figures.
   *
   * @param model the model, fitted on all documents
   * @param heldOutAccuracy per stage, the accuracy of held-out (cross-fitted) decisions on mentions whose gold is a
   *     candidate
   */
  public record Result(RankerModel model, double[] heldOutAccuracy) {}

  private RankerTrainer() {}

  /** Trains on {@code examples}. */
  public static Result train(List<Example> examples, Options o) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no training documents");
    }
    List<Features.Doc> docs = new ArrayList<>();
    for (Example e : examples) {
      docs.add(new Features.Doc(e.mentions(), List.of(), true));
    }
    int n = examples.size();
    int[] fold = new int[n];
    for (int d = 0; d < n; d++) {
      fold[d] = d % o.folds();
    }
    List<double[]> stageWeights = new ArrayList<>();
    List<BoostedTrees> stageTrees = new ArrayList<>();
    double[] accuracy = new double[o.stages()];
    double[][][][] features = new double[n][][][];
    for (int d = 0; d < n; d++) {
      features[d] = docs.get(d).stage1;
    }
    double[][][] heldOutScores = null;
    double[][][] heldOutLocal = new double[n][][];
    for (int s = 0; s < o.stages(); s++) {
      List<String> names = s == 0 ? Features.STAGE1 : Features.STAGE2;
      boolean[] active = active(names, o.without());
      double[] all = untaught(fit(examples, features, null, -1, active, o.l2()), names, features, active);
      stageWeights.add(all);
      stageTrees.add(fitTrees(examples, features, null, -1, active, all, o.trees()));
      heldOutScores = new double[n][][];
      for (int k = 0; k < o.folds(); k++) {
        double[] w = untaught(fit(examples, features, fold, k, active, o.l2()), names, features, active);
        BoostedTrees t = fitTrees(examples, features, fold, k, active, w, o.trees());
        for (int d = 0; d < n; d++) {
          if (fold[d] == k) {
            heldOutScores[d] = DocumentRanker.score(features[d], w);
            t.addTo(features[d], heldOutScores[d]);
            if (s == 0) {
              heldOutLocal[d] = DocumentRanker.localScore(features[d], w);
            }
          }
        }
      }
      accuracy[s] = accuracy(examples, heldOutScores);
      if (s + 1 < o.stages()) {
        for (int d = 0; d < n; d++) {
          features[d] = docs.get(d).stage2(DocumentRanker.softmax(heldOutScores[d]));
        }
      }
    }
    double[] calibration = calibrate(examples, heldOutScores, heldOutLocal);
    Map<String, String> meta = new LinkedHashMap<>(o.meta());
    meta.put("documents", Integer.toString(n));
    meta.put("mentions", Integer.toString(examples.stream().mapToInt(e -> e.gold().length).sum()));
    meta.put("options", String.format(Locale.ROOT, "stages=%d folds=%d l2=%s trees=%d (depth 3, rate 0.1)", o.stages(),
        o.folds(), o.l2(), o.trees()));
    StringBuilder acc = new StringBuilder();
    for (double a : accuracy) {
      acc.append(acc.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.4f", a));
    }
    meta.put("held_out_accuracy_per_stage", acc.toString());
    List<String> untaught = new ArrayList<>();
    List<String> lastNames = o.stages() > 1 ? Features.STAGE2 : Features.STAGE1; // what 'features' holds now
    for (String f : Features.UNTAUGHT_DEFAULTS.keySet().stream().sorted().toList()) {
      int c = lastNames.indexOf(f);
      if (c >= 0 && !o.without().contains(FeatureGroup.of(f)) && !varies(features, c)) {
        untaught.add(f + "=" + Features.UNTAUGHT_DEFAULTS.get(f));
      }
    }
    if (!untaught.isEmpty()) {
      meta.put("untaught_features_at_default_weight", String.join(" ", untaught));
    }
    return new Result(new RankerModel(stageWeights, stageTrees, calibration, meta, o.without()), accuracy);
  }

  /** Sets the documented default weight of every active feature that never differs within a training mention. */
  private static double[] untaught(double[] w, List<String> names, double[][][][] features, boolean[] active) {
    for (Map.Entry<String, Double> e : Features.UNTAUGHT_DEFAULTS.entrySet()) {
      int c = names.indexOf(e.getKey());
      if (c >= 0 && active[c] && !varies(features, c)) {
        w[c] = e.getValue();
      }
    }
    return w;
  }

  private static boolean varies(double[][][][] features, int c) {
    for (double[][][] doc : features) {
      for (double[][] mention : doc) {
        for (int j = 1; j < mention.length; j++) {
          if (mention[j][c] != mention[0][c]) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean[] active(List<String> names, Set<FeatureGroup> without) {
    boolean[] a = new boolean[names.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = !without.contains(FeatureGroup.of(names.get(i)));
    }
    return a;
  }

  /**
   * The mentions training learns from: those with a gold candidate among at least two, from the documents of every
   * fold but {@code skip} (all when fold is null), as candidate feature rows and the gold's index.
   */
  private record Training(List<double[][]> groups, List<Integer> gold) {
    static Training of(List<Example> examples, double[][][][] features, int[] fold, int skip) {
      List<double[][]> groups = new ArrayList<>();
      List<Integer> gold = new ArrayList<>();
      for (int d = 0; d < examples.size(); d++) {
        if (fold != null && fold[d] == skip) {
          continue;
        }
        int[] g = examples.get(d).gold();
        for (int i = 0; i < g.length; i++) {
          if (g[i] >= 0 && features[d][i].length > 1) {
            groups.add(features[d][i]);
            gold.add(g[i]);
          }
        }
      }
      return new Training(groups, gold);
    }
  }

  private static BoostedTrees fitTrees(List<Example> examples, double[][][][] features, int[] fold, int skip,
      boolean[] active, double[] w, int rounds) {
    if (rounds == 0) {
      return BoostedTrees.NONE;
    }
    Training t = Training.of(examples, features, fold, skip);
    List<double[]> base = new ArrayList<>(t.groups().size());
    for (double[][] group : t.groups()) {
      base.add(DocumentRanker.score(new double[][][] {group}, w)[0]);
    }
    BoostedTrees.Options d = BoostedTrees.Options.defaults();
    return BoostedTrees.fit(t.groups(), base, t.gold(), active,
        new BoostedTrees.Options(rounds, d.depth(), d.learningRate(), d.lambda(), d.minHessian(), d.bins()));
  }

  /** Listwise logistic regression on the documents of every fold but {@code skip} (all when fold is null). */
  static double[] fit(List<Example> examples, double[][][][] features, int[] fold, int skip, boolean[] active,
      double l2) {
    Training t = Training.of(examples, features, fold, skip);
    List<double[][]> groups = t.groups();
    List<Integer> gold = t.gold();
    int dim = active.length;
    int count = groups.size();
    if (count == 0) {
      return new double[dim];
    }
    Lbfgs.Objective f = (w, grad) -> {
      java.util.Arrays.fill(grad, 0);
      double loss = 0;
      double[] p = new double[64];
      for (int q = 0; q < count; q++) {
        double[][] x = groups.get(q);
        if (p.length < x.length) {
          p = new double[x.length];
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < x.length; j++) {
          p[j] = Lbfgs.dot(x[j], w);
          max = Math.max(max, p[j]);
        }
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
          p[j] = Math.exp(p[j] - max);
          sum += p[j];
        }
        int y = gold.get(q);
        loss += Math.log(sum) + max - (Math.log(p[y]) + max);
        for (int j = 0; j < x.length; j++) {
          double c = p[j] / sum - (j == y ? 1 : 0);
          if (c != 0) {
            double[] xj = x[j];
            for (int k = 0; k < dim; k++) {
              grad[k] += c * xj[k];
            }
          }
        }
      }
      loss /= count;
      for (int k = 0; k < dim; k++) {
        grad[k] = active[k] ? grad[k] / count + 2 * l2 * w[k] : 0;
        loss += l2 * w[k] * w[k];
      }
      return loss;
    };
    return Lbfgs.minimize(f, new double[dim], 400, 1e-6);
  }

  private static double accuracy(List<Example> examples, double[][][] scores) {
    int total = 0;
    int right = 0;
    for (int d = 0; d < examples.size(); d++) {
      int[] g = examples.get(d).gold();
      for (int i = 0; i < g.length; i++) {
        if (g[i] < 0) {
          continue;
        }
        total++;
        double[] s = scores[d][i];
        int b = 0;
        for (int j = 1; j < s.length; j++) {
          if (s[j] > s[b]) {
            b = j;
          }
        }
        if (b == g[i]) {
          right++;
        }
      }
    }
    return total == 0 ? 0 : right / (double) total;
  }

  /** Platt scaling: logistic regression of "this candidate is the mention's entity" on held-out scores. */
  static double[] calibrate(List<Example> examples, double[][][] scores, double[][][] local) {
    List<double[]> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    for (int d = 0; d < examples.size(); d++) {
      int[] g = examples.get(d).gold();
      for (int i = 0; i < g.length; i++) {
        double[] z = scores[d][i];
        double[] p = DocumentRanker.softmax(z);
        for (int j = 0; j < z.length; j++) {
          xs.add(DocumentRanker.calibrationInputs(p[j], local[d][i][j], z.length));
          ys.add(j == g[i] ? 1 : 0);
        }
      }
    }
    int count = xs.size();
    Lbfgs.Objective f = (c, grad) -> {
      java.util.Arrays.fill(grad, 0);
      double loss = 0;
      for (int q = 0; q < count; q++) {
        double[] x = xs.get(q);
        double z = c[0] * x[0] + c[1] * x[1] + c[2] * x[2] + c[3];
        double p = 1 / (1 + Math.exp(-z));
        int y = ys.get(q);
        loss += y == 1 ? -Math.log(Math.max(p, 1e-15)) : -Math.log(Math.max(1 - p, 1e-15));
        double e = p - y;
        grad[0] += e * x[0];
        grad[1] += e * x[1];
        grad[2] += e * x[2];
        grad[3] += e;
      }
      for (int k = 0; k < 4; k++) {
        grad[k] /= Math.max(1, count);
      }
      return loss / Math.max(1, count);
    };
    return Lbfgs.minimize(f, new double[] {1, 0, 0, 0}, 200, 1e-7);
  }
}
