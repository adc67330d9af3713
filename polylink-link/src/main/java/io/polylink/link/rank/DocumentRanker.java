package io.polylink.link.rank;

import java.util.List;

/**
 * Ranks the candidates of every mention of a document with a {@link RankerModel}: stage 1 on local and graph
 * evidence, then each later stage re-scores with the evidence weighted by the previous stage's decisions (personalized
 * PageRank, link support, coreference, title-signature agreement), and calibrates the final scores. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * DocumentRanker ranker = new DocumentRanker(RankerModel.defaults());
 * Ranking r = ranker.rank(List.of(new RankMention("Paris", candidates)));
 * int best = r.best(0);
 * }</pre>
 */
public final class DocumentRanker {

  /**
   * Candidate titles whose forms are kept (tokens, their set and joined letters: ~0.5 KB each, so ~8 MB when full):
   * the same candidates recur across documents.
   */
  static final int TITLES_CACHED = 1 << 14;

  private final RankerModel model;
  private final TitleForms.Cache titles = new TitleForms.Cache(TITLES_CACHED);

  public DocumentRanker(RankerModel model) {
    if (model == null) {
      throw new IllegalArgumentException("model must not be null");
    }
    this.model = model;
  }

  public RankerModel model() {
    return model;
  }

  /** Ranks with coherence and no prior document evidence. */
  public Ranking rank(List<RankMention> mentions) {
    return rank(mentions, List.of(), true);
  }

  /**
   * Ranks the mentions' candidates.
   *
   * @param anchors entities the document is already known to be about (coherence evidence)
   * @param coherence false to rank every mention on its own (stage 1 on an empty candidate graph)
   */
  public Ranking rank(List<RankMention> mentions, List<RankAnchor> anchors, boolean coherence) {
    Features.Doc doc = new Features.Doc(mentions, anchors.stream()
        .map(a -> new Features.Anchor(a.id(), a.links())).toList(), coherence, titles);
    int m = mentions.size();
    double[][] local = localScore(doc.stage1, model.weights(0));
    double[][] scores = score(doc.stage1, model.weights(0));
    model.trees(0).addTo(doc.stage1, scores);
    double[][] probs = softmax(scores);
    int stages = coherence ? model.stages() : 1;
    for (int s = 1; s < stages; s++) {
      double[][][] f = doc.stage2(probs);
      scores = score(f, model.weights(s));
      model.trees(s).addTo(f, scores);
      probs = softmax(scores);
    }
    double[][] conf = new double[m][];
    for (int i = 0; i < m; i++) {
      conf[i] = new double[probs[i].length];
      for (int j = 0; j < probs[i].length; j++) {
        conf[i][j] = calibrate(model.calibration(), probs[i][j], local[i][j], probs[i].length);
      }
    }
    return new Ranking(probs, conf);
  }

  static double[][] score(double[][][] features, double[] w) {
    double[][] out = new double[features.length][];
    for (int i = 0; i < features.length; i++) {
      out[i] = new double[features[i].length];
      for (int j = 0; j < features[i].length; j++) {
        out[i][j] = Lbfgs.dot(features[i][j], w);
      }
    }
    return out;
  }

  /**
   * The stage-1 linear score over the local features only (name, prior, type, shape, context): absolute evidence for
   * one candidate that does not depend on how many other mentions or links the document has.
   */
  static double[][] localScore(double[][][] stage1, double[] w) {
    int k = Features.LOCAL.size();
    double[][] out = new double[stage1.length][];
    for (int i = 0; i < stage1.length; i++) {
      out[i] = new double[stage1[i].length];
      for (int j = 0; j < stage1[i].length; j++) {
        double s = 0;
        for (int c = 0; c < k; c++) {
          s += stage1[i][j][c] * w[c];
        }
        out[i][j] = s;
      }
    }
    return out;
  }

  static double[][] softmax(double[][] scores) {
    double[][] out = new double[scores.length][];
    for (int i = 0; i < scores.length; i++) {
      out[i] = softmax(scores[i]);
    }
    return out;
  }

  static double[] softmax(double[] z) {
    double[] p = new double[z.length];
    if (z.length == 0) {
      return p;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int j = 0; j < z.length; j++) {
      p[j] = Math.exp(z[j] - max);
      sum += p[j];
    }
    for (int j = 0; j < z.length; j++) {
      p[j] /= sum;
    }
    return p;
  }

  /**
   * The inputs of the calibration for one candidate: logit of its final probability, its local score (see
   * {@link #localScore}), log candidate count.
   */
  static double[] calibrationInputs(double p, double local, int candidates) {
    double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
    return new double[] {Math.log(q / (1 - q)), local, Math.log(candidates)};
  }

  static double calibrate(double[] c, double p, double local, int candidates) {
    double[] x = calibrationInputs(p, local, candidates);
    double z = c[0] * x[0] + c[1] * x[1] + c[2] * x[2] + c[3];
    return 1 / (1 + Math.exp(-z));
  }
}
