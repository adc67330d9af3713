package io.polylink.link.rank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A trained ranker: one linear scorer per stage (stage 1 over the local and graph features, later stages adding the
 * evidence weighted by the previous stage's decisions) and a calibration of the final scores (Platt scaling fitted on
 * held-out folds), plus where it came from. Immutable.
 *
 * <p>The file is UTF-8 text, one tab-separated record per line: {@code format polylink-ranker 1}, {@code meta key
 * value}, {@code without group}, {@code stage k}, {@code weight feature value} (for the stage above it) and
 * {@code calibration a b c d}; a stage may add boosted trees ({@code trees rate}, then per tree {@code tree n} and n
 * {@code node} lines: {@code feature threshold left right}, or {@code - value} for a leaf). Lines starting with '#' are comments. Features a model does not name weigh 0.
 */
public final class RankerModel {

  static final String FORMAT = "polylink-ranker";
  static final int VERSION = 1;
  /** The model shipped with Polylink, trained by {@code ./polylink train} (see its {@code meta} lines). */
  public static final String DEFAULT_RESOURCE = "/io/polylink/link/rank/default-ranker.tsv";

  private final List<double[]> stages; // weights over Features.STAGE1 (stage 0) or Features.STAGE2 (later stages)
  private final List<BoostedTrees> trees; // per stage, added to the linear score (NONE for none)
  private final double[] calibration; // a * logit(p) + b * score + c * log(candidates) + d
  private final Map<String, String> meta;
  private final Set<FeatureGroup> without;

  RankerModel(List<double[]> stages, List<BoostedTrees> trees, double[] calibration, Map<String, String> meta,
      Set<FeatureGroup> without) {
    if (trees.size() != stages.size()) {
      throw new IllegalArgumentException("trees for " + trees.size() + " stages, weights for " + stages.size());
    }
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("a ranker model needs at least one stage");
    }
    for (int s = 0; s < stages.size(); s++) {
      int want = s == 0 ? Features.STAGE1.size() : Features.STAGE2.size();
      if (stages.get(s).length != want) {
        throw new IllegalArgumentException("stage " + (s + 1) + " has " + stages.get(s).length + " weights, expected "
            + want);
      }
    }
    if (calibration.length != 4) {
      throw new IllegalArgumentException("calibration needs 4 coefficients, got " + calibration.length);
    }
    this.stages = stages.stream().map(double[]::clone).toList();
    this.trees = List.copyOf(trees);
    this.calibration = calibration.clone();
    this.meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    this.without = without.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(without));
  }

  /** Number of stages (1 = no decision-weighted coherence). */
  public int stages() {
    return stages.size();
  }

  double[] weights(int stage) {
    return stages.get(stage);
  }

  BoostedTrees trees(int stage) {
    return trees.get(stage);
  }

  double[] calibration() {
    return calibration;
  }

  /** Provenance: training data, its licence, cross-validated figures, options. */
  public Map<String, String> meta() {
    return meta;
  }

  /** Feature groups this model was trained without. */
  public Set<FeatureGroup> without() {
    return without;
  }

  /**
   * Whether any stage reads a feature of {@code group}: a non-zero weight or a tree split on it. A model that reads
   * {@link FeatureGroup#DENSE} needs the linker to have a dense encoder; one that does not ignores it.
   */
  public boolean uses(FeatureGroup group) {
    for (int s = 0; s < stages.size(); s++) {
      List<String> names = s == 0 ? Features.STAGE1 : Features.STAGE2;
      double[] w = stages.get(s);
      for (int i = 0; i < w.length; i++) {
        if (w[i] != 0 && FeatureGroup.of(names.get(i)) == group) {
          return true;
        }
      }
      for (BoostedTrees.Tree t : trees.get(s).trees) {
        for (int f : t.feature()) {
          if (f >= 0 && FeatureGroup.of(names.get(f)) == group) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The weight of a named feature in a stage (1-based), 0 when the stage does not use it. */
  public double weight(int stage, String feature) {
    List<String> names = stage == 1 ? Features.STAGE1 : Features.STAGE2;
    int i = names.indexOf(feature);
    return i < 0 ? 0 : stages.get(stage - 1)[i];
  }

  /** The model shipped with Polylink. */
  public static RankerModel defaults() {
    return Holder.DEFAULT;
  }

  /**
   * The model shipped for KBs with link statistics (per-name priors from Wikipedia anchors, the {@code wikidict}
   * source), trained with those priors ({@link #LINK_STATISTICS_RESOURCE}'s {@code meta} lines say how). KBs without
   * them keep {@link #defaults()}: a model that learned to lean on the priors ranks worse where they are missing.
   */
  public static RankerModel forLinkStatistics() {
    return LinkStatisticsHolder.MODEL;
  }

  /** The model for KBs with link statistics. */
  public static final String LINK_STATISTICS_RESOURCE = "/io/polylink/link/rank/wikidict-ranker.tsv";

  private static final class LinkStatisticsHolder {
    static final RankerModel MODEL = Holder.load(LINK_STATISTICS_RESOURCE);
  }

  private static final class Holder {
    static final RankerModel DEFAULT = load(DEFAULT_RESOURCE);

    private static RankerModel load(String resource) {
      try (InputStream in = RankerModel.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("the shipped ranker model " + resource + " is missing from the jar");
        }
        return read(in, resource);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
      }
    }
  }

  /** Reads a model file. */
  public static RankerModel read(Path file) {
    return ModelFile.read(file, "ranker model", RankerModel::read);
  }

  /** Reads a model; {@code source} names it in error messages. */
  public static RankerModel read(InputStream in, String source) throws IOException {
    Map<String, String> meta = new LinkedHashMap<>();
    Reading rd = new Reading();
    ModelFile.readRecords(in, source, FORMAT, VERSION, meta, rd::record);
    if (rd.nodesLeft > 0) {
      throw new IllegalArgumentException(source + ": the file ends inside a tree");
    }
    if (rd.cal == null) {
      throw new IllegalArgumentException(source + ": missing calibration line");
    }
    List<BoostedTrees> boosted = new ArrayList<>();
    for (int k = 0; k < rd.stages.size(); k++) {
      boosted.add(rd.trees.get(k).isEmpty() ? BoostedTrees.NONE : new BoostedTrees(rd.trees.get(k), rd.rates.get(k)));
    }
    return new RankerModel(rd.stages, boosted, rd.cal, meta, rd.without);
  }

  /** What reading a model file has gathered so far: its stages, trees and calibration. */
  private static final class Reading {
    final List<double[]> stages = new ArrayList<>();
    final List<List<BoostedTrees.Tree>> trees = new ArrayList<>();
    final List<Double> rates = new ArrayList<>();
    final Set<FeatureGroup> without = EnumSet.noneOf(FeatureGroup.class);
    List<String[]> nodes;
    int nodesLeft;
    double[] cal;

    boolean record(String[] f, String where, String line) {
      if (nodesLeft > 0) {
        if (!f[0].equals("node")) {
          throw new IllegalArgumentException(where + "expected " + nodesLeft + " more node lines");
        }
        nodes.add(f);
        if (--nodesLeft == 0) {
          trees.get(trees.size() - 1).add(tree(nodes, stages.size(), where));
        }
        return true;
      }
      switch (f[0]) {
        case "without" -> without.add(FeatureGroup.parse(f[1]));
        case "stage" -> {
          int k = Integer.parseInt(f[1]);
          if (k != stages.size() + 1) {
            throw new IllegalArgumentException(where + "stage " + k + " out of order");
          }
          stages.add(new double[k == 1 ? Features.STAGE1.size() : Features.STAGE2.size()]);
          trees.add(new ArrayList<>());
          rates.add(0.0);
        }
        case "trees" -> {
          if (stages.isEmpty()) {
            throw new IllegalArgumentException(where + "trees before any stage");
          }
          rates.set(rates.size() - 1, Double.parseDouble(f[1]));
        }
        case "tree" -> {
          if (stages.isEmpty()) {
            throw new IllegalArgumentException(where + "tree before any stage");
          }
          nodesLeft = Integer.parseInt(f[1]);
          nodes = new ArrayList<>();
          if (nodesLeft < 1) {
            throw new IllegalArgumentException(where + "a tree needs at least one node");
          }
        }
        case "weight" -> {
          if (stages.isEmpty()) {
            throw new IllegalArgumentException(where + "weight before any stage");
          }
          List<String> names = stages.size() == 1 ? Features.STAGE1 : Features.STAGE2;
          int i = names.indexOf(f[1]);
          if (i < 0) {
            throw new IllegalArgumentException(where + "unknown feature '" + f[1] + "' for stage " + stages.size());
          }
          stages.get(stages.size() - 1)[i] = Double.parseDouble(f[2]);
        }
        case "calibration" -> cal = new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]),
            Double.parseDouble(f[3]), Double.parseDouble(f[4])};
        default -> {
          return false;
        }
      }
      return true;
    }
  }

  private static BoostedTrees.Tree tree(List<String[]> nodes, int stage, String where) {
    List<String> names = stage == 1 ? Features.STAGE1 : Features.STAGE2;
    int m = nodes.size();
    BoostedTrees.Tree tree = BoostedTrees.Tree.ofNodes(m);
    int[] f = tree.feature();
    double[] t = tree.threshold();
    int[] l = tree.left();
    int[] r = tree.right();
    double[] v = tree.value();
    for (int i = 0; i < m; i++) {
      String[] n = nodes.get(i);
      if (n[1].equals("-")) {
        f[i] = -1;
        v[i] = Double.parseDouble(n[2]);
      } else {
        f[i] = names.indexOf(n[1]);
        if (f[i] < 0) {
          throw new IllegalArgumentException(where + "unknown feature '" + n[1] + "' in a tree of stage " + stage);
        }
        t[i] = Double.parseDouble(n[2]);
        l[i] = Integer.parseInt(n[3]);
        r[i] = Integer.parseInt(n[4]);
        if (l[i] <= i || r[i] <= i || l[i] >= m || r[i] >= m) {
          throw new IllegalArgumentException(where + "tree node " + i + " points outside the tree");
        }
      }
    }
    return tree;
  }

  /** Writes the model file, whole or not at all (see {@link ModelFile}). */
  public void write(Path file) {
    ModelFile.write(file, "ranker model", this::write);
  }

  /** Writes the model text. */
  public void write(Writer w) throws IOException {
    w.write("# Polylink ranker model: linear scorers per stage over named features, Platt calibration\n");
    w.write("format\t" + FORMAT + "\t" + VERSION + "\n");
    for (Map.Entry<String, String> e : meta.entrySet()) {
      w.write("meta\t" + e.getKey() + "\t" + e.getValue().replace('\t', ' ').replace('\n', ' ') + "\n");
    }
    for (FeatureGroup g : without) {
      w.write("without\t" + g.prefix() + "\n");
    }
    for (int s = 0; s < stages.size(); s++) {
      w.write("stage\t" + (s + 1) + "\n");
      List<String> names = s == 0 ? Features.STAGE1 : Features.STAGE2;
      double[] ws = stages.get(s);
      for (int i = 0; i < ws.length; i++) {
        if (ws[i] != 0) {
          w.write("weight\t" + names.get(i) + "\t" + String.format(Locale.ROOT, "%.6g", ws[i]) + "\n");
        }
      }
      BoostedTrees bt = trees.get(s);
      if (!bt.trees.isEmpty()) {
        w.write("trees\t" + bt.learningRate + "\n");
        for (BoostedTrees.Tree t : bt.trees) {
          w.write("tree\t" + t.feature().length + "\n");
          for (int i = 0; i < t.feature().length; i++) {
            if (t.feature()[i] < 0) {
              w.write("node\t-\t" + String.format(Locale.ROOT, "%.6g", t.value()[i]) + "\n");
            } else {
              w.write("node\t" + names.get(t.feature()[i]) + "\t" + t.threshold()[i] + "\t" + t.left()[i] + "\t"
                  + t.right()[i] + "\n");
            }
          }
        }
      }
    }
    w.write(String.format(Locale.ROOT, "calibration\t%.6g\t%.6g\t%.6g\t%.6g%n", calibration[0], calibration[1],
        calibration[2], calibration[3]));
  }
}
