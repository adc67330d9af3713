package io.polylink.link.types;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A light multi-label classifier that predicts the type profile a mention's context asks for: one logistic
 * regression per profile label (one-vs-rest) over sparse {@link TypeContext} features, trained by SGD. Immutable and
 * thread-safe; a prediction costs one pass over the mention's ~30 features.
 *
 * <p>The file is UTF-8 text, tab-separated: {@code format polylink-types 1}, {@code meta key value}, {@code label
 * name bias} (in index order), {@code weight feature label-index value}; '#' starts a comment.
 */
public final class TypeClassifier {

  static final String FORMAT = "polylink-types";
  static final int VERSION = 1;

  private final List<String> labels;
  private final Map<String, Integer> labelIndex;
  private final double[] bias;
  private final Map<String, Sparse> weights;
  private final Map<String, String> meta;

  private record Sparse(int[] label, float[] value) {}

  private TypeClassifier(List<String> labels, double[] bias, Map<String, Sparse> weights, Map<String, String> meta) {
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("a type classifier needs at least one label");
    }
    if (bias.length != labels.size()) {
      throw new IllegalArgumentException(bias.length + " biases for " + labels.size() + " labels");
    }
    this.labels = List.copyOf(labels);
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      if (idx.put(labels.get(i), i) != null) {
        throw new IllegalArgumentException("label '" + labels.get(i) + "' appears twice");
      }
    }
    this.labelIndex = Collections.unmodifiableMap(idx);
    this.bias = bias.clone();
    this.weights = Map.copyOf(weights);
    this.meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
  }

  /** The profile labels it predicts, in index order. */
  public List<String> labels() {
    return labels;
  }

  /** The index of a profile label, -1 when the classifier does not predict it. */
  public int labelIndex(String label) {
    Integer i = labelIndex.get(label);
    return i == null ? -1 : i;
  }

  /** Provenance: training data, sizes, held-out figures. */
  public Map<String, String> meta() {
    return meta;
  }

  /** Number of (feature, label) weights. */
  public int weightCount() {
    int n = 0;
    for (Sparse s : weights.values()) {
      n += s.label.length;
    }
    return n;
  }

  /** Per label, the probability that the mention's entity has it. */
  public double[] predict(List<String> features) {
    double[] z = bias.clone();
    for (String f : features) {
      Sparse s = weights.get(f);
      if (s != null) {
        for (int k = 0; k < s.label.length; k++) {
          z[s.label[k]] += s.value[k];
        }
      }
    }
    for (int l = 0; l < z.length; l++) {
      z[l] = sigmoid(z[l]);
    }
    return z;
  }

  /** A profile as sorted label indices, labels the classifier does not predict left out. */
  public int[] indices(Set<String> profile) {
    int[] out = new int[profile.size()];
    int n = 0;
    for (String p : profile) {
      Integer i = labelIndex.get(p);
      if (i != null) {
        out[n++] = i;
      }
    }
    int[] r = java.util.Arrays.copyOf(out, n);
    java.util.Arrays.sort(r);
    return r;
  }

  static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  // ------------------------------------------------------------------------------------------------ training

  /** One training mention: its context features and its entity's profile. */
  public record Sample(List<String> features, Set<String> profile) {
    public Sample {
      features = List.copyOf(features);
      profile = Set.copyOf(profile);
    }
  }

  /**
   * Training options.
   *
   * @param maxLabels at most this many labels, the most frequent (default 64)
   * @param minLabelCount a label needs this many training mentions (default 5)
   * @param minFeatureCount a feature needs this many training mentions (default 2)
   * @param epochs SGD passes (default 10)
   * @param learningRate initial step (default 0.2, decaying as 1 / (1 + epoch))
   * @param l2 L2 penalty per step (default 1e-5)
   * @param seed order of the samples in each pass
   */
  public record Options(int maxLabels, int minLabelCount, int minFeatureCount, int epochs, double learningRate,
      double l2, long seed) {
    public Options {
      if (maxLabels < 1 || minLabelCount < 1 || minFeatureCount < 1 || epochs < 1) {
        throw new IllegalArgumentException("maxLabels, minLabelCount, minFeatureCount and epochs must be >= 1");
      }
      if (!(learningRate > 0) || !(l2 >= 0)) {
        throw new IllegalArgumentException("learningRate must be > 0 and l2 >= 0, got " + learningRate + ", " + l2);
      }
    }

    public static Options defaults() {
      return new Options(64, 5, 2, 10, 0.2, 1e-5, 17);
    }
  }

  /** Trains on the samples; {@code meta} is written into the model. */
  public static TypeClassifier train(List<Sample> samples, Options o, Map<String, String> meta) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no training mentions for the type classifier");
    }
    Map<String, Integer> labelCounts = new TreeMap<>();
    Map<String, Integer> featureCounts = new HashMap<>();
    for (Sample s : samples) {
      for (String p : s.profile()) {
        labelCounts.merge(p, 1, Integer::sum);
      }
      for (String f : new java.util.HashSet<>(s.features())) {
        featureCounts.merge(f, 1, Integer::sum);
      }
    }
    List<String> labels = labelCounts.entrySet().stream()
        .filter(e -> e.getValue() >= o.minLabelCount())
        .sorted((a, b) -> b.getValue().equals(a.getValue()) ? a.getKey().compareTo(b.getKey())
            : Integer.compare(b.getValue(), a.getValue()))
        .limit(o.maxLabels()).map(Map.Entry::getKey).sorted().toList();
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("no profile label occurs in " + o.minLabelCount() + " or more of the "
          + samples.size() + " training mentions (do the KB's entities have relations?)");
    }
    Map<String, Integer> li = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      li.put(labels.get(i), i);
    }
    Map<String, Integer> fi = new HashMap<>();
    List<String> featureNames = new ArrayList<>();
    for (String f : featureCounts.keySet().stream().sorted().toList()) {
      if (featureCounts.get(f) >= o.minFeatureCount()) {
        fi.put(f, featureNames.size());
        featureNames.add(f);
      }
    }
    int k = labels.size();
    int[][] x = new int[samples.size()][];
    boolean[][] y = new boolean[samples.size()][k];
    for (int n = 0; n < samples.size(); n++) {
      Sample s = samples.get(n);
      x[n] = s.features().stream().filter(fi::containsKey).mapToInt(fi::get).distinct().toArray();
      for (String p : s.profile()) {
        Integer l = li.get(p);
        if (l != null) {
          y[n][l] = true;
        }
      }
    }
    float[][] w = new float[featureNames.size()][k];
    double[] b = new double[k];
    // the bias starts at each label's log-odds, so rare labels need not be learned down from 0.5
    for (int l = 0; l < k; l++) {
      double pos = 0;
      for (boolean[] row : y) {
        pos += row[l] ? 1 : 0;
      }
      double p = (pos + 0.5) / (samples.size() + 1);
      b[l] = Math.log(p / (1 - p));
    }
    int[] order = new int[samples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(o.seed());
    double[] z = new double[k];
    for (int epoch = 0; epoch < o.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      double rate = o.learningRate() / (1 + epoch);
      for (int n : order) {
        System.arraycopy(b, 0, z, 0, k);
        for (int f : x[n]) {
          float[] wf = w[f];
          for (int l = 0; l < k; l++) {
            z[l] += wf[l];
          }
        }
        for (int l = 0; l < k; l++) {
          double g = sigmoid(z[l]) - (y[n][l] ? 1 : 0);
          z[l] = g;
          b[l] -= rate * g * 0.1;
        }
        for (int f : x[n]) {
          float[] wf = w[f];
          for (int l = 0; l < k; l++) {
            wf[l] -= (float) (rate * (z[l] + o.l2() * wf[l]));
          }
        }
      }
    }
    Map<String, Sparse> sparse = new HashMap<>();
    for (int f = 0; f < featureNames.size(); f++) {
      int count = 0;
      for (int l = 0; l < k; l++) {
        if (Math.abs(w[f][l]) >= PRUNE) {
          count++;
        }
      }
      if (count == 0) {
        continue;
      }
      int[] ls = new int[count];
      float[] vs = new float[count];
      int c = 0;
      for (int l = 0; l < k; l++) {
        if (Math.abs(w[f][l]) >= PRUNE) {
          ls[c] = l;
          vs[c++] = round(w[f][l]);
        }
      }
      sparse.put(featureNames.get(f), new Sparse(ls, vs));
    }
    Map<String, String> m = new LinkedHashMap<>(meta);
    m.put("mentions", Integer.toString(samples.size()));
    m.put("features", Integer.toString(featureNames.size()));
    m.put("options", String.format(Locale.ROOT, "maxLabels=%d minLabelCount=%d minFeatureCount=%d epochs=%d "
        + "learningRate=%s l2=%s seed=%d", o.maxLabels(), o.minLabelCount(), o.minFeatureCount(), o.epochs(),
        o.learningRate(), o.l2(), o.seed()));
    return new TypeClassifier(labels, b, sparse, m);
  }

  /** Weights smaller than this are dropped from the model: they change no probability by more than ~0.5%. */
  static final double PRUNE = 0.02;

  private static float round(float v) {
    return Math.round(v * 1000) / 1000f;
  }

  /**
   * Held-out figures: {micro F1 of the labels predicted at p >= 0.5, mean log-loss per label, share of mentions
   * whose most probable "isa:" label is one of their entity's}.
   */
  public double[] evaluate(List<Sample> samples) {
    double tp = 0;
    double fp = 0;
    double fn = 0;
    double loss = 0;
    int isaTotal = 0;
    int isaRight = 0;
    for (Sample s : samples) {
      double[] p = predict(s.features());
      int best = -1;
      for (int l = 0; l < p.length; l++) {
        boolean has = s.profile().contains(labels.get(l));
        boolean said = p[l] >= 0.5;
        tp += has && said ? 1 : 0;
        fp += !has && said ? 1 : 0;
        fn += has && !said ? 1 : 0;
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p[l]));
        loss -= has ? Math.log(q) : Math.log(1 - q);
        if (labels.get(l).startsWith("isa:") && (best < 0 || p[l] > p[best])) {
          best = l;
        }
      }
      if (best >= 0 && s.profile().stream().anyMatch(x -> x.startsWith("isa:") && labelIndex(x) >= 0)) {
        isaTotal++;
        isaRight += s.profile().contains(labels.get(best)) ? 1 : 0;
      }
    }
    double f1 = tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
    return new double[] {f1, samples.isEmpty() ? 0 : loss / (samples.size() * (double) labels.size()),
        isaTotal == 0 ? 0 : isaRight / (double) isaTotal};
  }

  // ------------------------------------------------------------------------------------------------ files

  /** Reads a model file. */
  public static TypeClassifier read(Path file) {
    return io.polylink.link.rank.ModelFile.read(file, "type classifier", TypeClassifier::read);
  }

  /** Reads a model; {@code source} names it in error messages. */
  public static TypeClassifier read(InputStream in, String source) throws IOException {
    List<String> labels = new ArrayList<>();
    List<Double> bias = new ArrayList<>();
    Map<String, List<int[]>> idx = new LinkedHashMap<>();
    Map<String, List<Float>> val = new LinkedHashMap<>();
    Map<String, String> meta = new LinkedHashMap<>();
    io.polylink.link.rank.ModelFile.readRecords(in, source, FORMAT, VERSION, meta, (f, where, line) -> {
      switch (f[0]) {
        case "label" -> {
          labels.add(f[1]);
          bias.add(Double.parseDouble(f[2]));
        }
        case "weight" -> {
          int l = Integer.parseInt(f[2]);
          if (l < 0 || l >= labels.size()) {
            throw new IllegalArgumentException(where + "label index " + l + " out of range (labels come first)");
          }
          idx.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new int[] {l});
          val.computeIfAbsent(f[1], k -> new ArrayList<>()).add(Float.parseFloat(f[3]));
        }
        default -> {
          return false;
        }
      }
      return true;
    });
    Map<String, Sparse> weights = new HashMap<>();
    for (Map.Entry<String, List<int[]>> e : idx.entrySet()) {
      List<Float> v = val.get(e.getKey());
      int[] ls = new int[v.size()];
      float[] vs = new float[v.size()];
      for (int i = 0; i < ls.length; i++) {
        ls[i] = e.getValue().get(i)[0];
        vs[i] = v.get(i);
      }
      weights.put(e.getKey(), new Sparse(ls, vs));
    }
    return new TypeClassifier(labels, bias.stream().mapToDouble(Double::doubleValue).toArray(), weights, meta);
  }

  /** Writes the model file, whole or not at all (see {@link io.polylink.link.rank.ModelFile}). */
  public void write(Path file) {
    io.polylink.link.rank.ModelFile.write(file, "type classifier", this::write);
  }

  /** Writes the model text, features in sorted order (the same model, the same bytes). */
  public void write(Writer w) throws IOException {
    w.write("# Polylink type classifier: one-vs-rest logistic regression, context features -> type-profile labels\n");
    w.write("format\t" + FORMAT + "\t" + VERSION + "\n");
    for (Map.Entry<String, String> e : meta.entrySet()) {
      w.write("meta\t" + e.getKey() + "\t" + e.getValue().replace('\t', ' ').replace('\n', ' ') + "\n");
    }
    for (int l = 0; l < labels.size(); l++) {
      w.write("label\t" + labels.get(l) + "\t" + String.format(Locale.ROOT, "%.5g", bias[l]) + "\n");
    }
    for (String f : weights.keySet().stream().sorted().toList()) {
      Sparse s = weights.get(f);
      String safe = f.replace('\t', ' ').replace('\n', ' ');
      for (int k = 0; k < s.label.length; k++) {
        w.write("weight\t" + safe + "\t" + s.label[k] + "\t" + s.value[k] + "\n");
      }
    }
  }
}
