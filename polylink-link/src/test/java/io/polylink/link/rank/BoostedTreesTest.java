package io.polylink.link.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link BoostedTrees} finds the known splits and leaf values on tiny listwise data, and applies them. */
class BoostedTreesTest {

  /** One round, one split, no shrinkage: the tree is the Newton step itself. */
  private static final BoostedTrees.Options ONE_SPLIT = new BoostedTrees.Options(1, 1, 1.0, 1.0, 0.1, 4);

  /**
   * Four mentions of two candidates with equal base scores; feature {@code informative} is 1 for the gold candidate
   * and 0 for the other, feature {@code 1 - informative} is the same noise for both. Gold alternates between the
   * first and the second row, so that nothing can be learnt from row order.
   */
  private static List<double[][]> mentions(int informative, List<Integer> gold) {
    List<double[][]> out = new ArrayList<>();
    for (int q = 0; q < 4; q++) {
      int g = q % 2;
      gold.add(g);
      double[][] rows = new double[2][2];
      for (int j = 0; j < 2; j++) {
        rows[j][informative] = j == g ? 1 : 0;
        rows[j][1 - informative] = q * 0.25; // constant within a mention: no evidence between its candidates
      }
      out.add(rows);
    }
    return out;
  }

  private static List<double[]> zeros(int mentions) {
    List<double[]> out = new ArrayList<>();
    for (int q = 0; q < mentions; q++) {
      out.add(new double[2]);
    }
    return out;
  }

  @Test
  void splitsOnTheInformativeFeatureAtTheEdgeBetweenItsValuesWithNewtonLeafValues() {
    for (int informative = 0; informative < 2; informative++) {
      List<Integer> gold = new ArrayList<>();
      BoostedTrees bt = BoostedTrees.fit(mentions(informative, gold), zeros(4), gold, new boolean[] {true, true},
          ONE_SPLIT);
      assertEquals(1, bt.trees.size());
      BoostedTrees.Tree t = bt.trees.get(0);
      // root, left leaf, right leaf, depth first
      assertArrayEquals(new int[] {informative, -1, -1}, t.feature(), "split on feature " + informative);
      assertEquals(0.0, t.threshold()[0], "the one edge below the maximum: values <= 0 go left");
      // softmax of equal scores: p = 1/2, gradient p - gold = -+1/2, hessian p(1-p) = 1/4 per row; 4 rows a side:
      // leaf = -G / (H + lambda) = -(4 * 1/2) / (4 * 1/4 + 1) = -+1
      assertEquals(-1.0, t.value()[t.left()[0]], 1e-12, "non-gold side");
      assertEquals(1.0, t.value()[t.right()[0]], 1e-12, "gold side");
      double[] goldRow = informative == 0 ? new double[] {1, 0.5} : new double[] {0.5, 1};
      double[] otherRow = informative == 0 ? new double[] {0, 0.5} : new double[] {0.5, 0};
      assertEquals(1.0, bt.apply(goldRow), 1e-12);
      assertEquals(-1.0, bt.apply(otherRow), 1e-12);
    }
  }

  @Test
  void aMaskedFeatureIsNeverSplitOn() {
    List<Integer> gold = new ArrayList<>();
    BoostedTrees bt = BoostedTrees.fit(mentions(0, gold), zeros(4), gold, new boolean[] {false, true}, ONE_SPLIT);
    BoostedTrees.Tree t = bt.trees.get(0);
    // feature 1 is no evidence (no gain), feature 0 may not be used: one leaf whose gradients sum to 0
    assertArrayEquals(new int[] {-1}, t.feature());
    assertEquals(0.0, t.value()[0], 1e-12);
  }

  @Test
  void learningRateScalesTheTreesAndRoundsAddUp() {
    List<Integer> gold = new ArrayList<>();
    BoostedTrees one = BoostedTrees.fit(mentions(0, gold), zeros(4), gold, new boolean[] {true, true},
        new BoostedTrees.Options(1, 1, 0.5, 1.0, 0.1, 4));
    assertEquals(0.5, one.apply(new double[] {1, 0}), 1e-12, "the same Newton step, halved");
    gold.clear();
    BoostedTrees two = BoostedTrees.fit(mentions(0, gold), zeros(4), gold, new boolean[] {true, true},
        new BoostedTrees.Options(2, 1, 0.5, 1.0, 0.1, 4));
    assertEquals(2, two.trees.size());
    double first = two.trees.get(0).apply(new double[] {1, 0});
    double second = two.trees.get(1).apply(new double[] {1, 0});
    assertEquals(1.0, first, 1e-12);
    assertTrue(second > 0 && second < first, "the second round corrects less: " + second);
    assertEquals(0.5 * (first + second), two.apply(new double[] {1, 0}), 1e-12);
  }

  @Test
  void noMentionWithTwoPlausibleCandidatesGivesNoTrees() {
    // the gold candidate is implausible under the base scores: nothing to learn from
    List<double[][]> mentions = List.<double[][]>of(new double[][] {{1}, {0}});
    List<double[]> base = List.<double[]>of(new double[] {-20, 20});
    assertSame(BoostedTrees.NONE, BoostedTrees.fit(mentions, base, List.of(0), new boolean[] {true}, ONE_SPLIT));
    assertEquals(0.0, BoostedTrees.NONE.apply(new double[] {1}));
  }

  @Test
  void plausibleKeepsCandidatesAboveTheFloorAndAtMostEight() {
    assertArrayEquals(new boolean[] {true, true, false}, BoostedTrees.plausible(new double[] {0, 0, -20}));
    double[] ten = new double[10];
    for (int j = 0; j < ten.length; j++) {
      ten[j] = -j * 0.01; // all plausible by probability; the two lowest fall outside the top eight
    }
    boolean[] keep = BoostedTrees.plausible(ten);
    for (int j = 0; j < ten.length; j++) {
      assertEquals(j < BoostedTrees.MAX_CANDIDATES, keep[j], "candidate " + j);
    }
  }

  @Test
  void addToScoresOnlyThePlausibleCandidates() {
    BoostedTrees.Tree stump = new BoostedTrees.Tree(new int[] {0, -1, -1}, new double[] {0.5, 0, 0},
        new int[] {1, 0, 0}, new int[] {2, 0, 0}, new double[] {0, -1, 2});
    BoostedTrees bt = new BoostedTrees(List.of(stump), 0.5);
    double[][] scores = {{0, 0, -30}};
    double[][][] features = {{{1}, {0}, {1}}};
    bt.addTo(features, scores);
    assertArrayEquals(new double[] {1, -0.5, -30}, scores[0], 1e-12);
  }

  @Test
  void aLoneCandidateKeepsItsScoreAsItsSoftmaxIsOneWhateverTheTreesAdd() {
    BoostedTrees.Tree stump = new BoostedTrees.Tree(new int[] {0, -1, -1}, new double[] {0.5, 0, 0},
        new int[] {1, 0, 0}, new int[] {2, 0, 0}, new double[] {0, -1, 2});
    BoostedTrees bt = new BoostedTrees(List.of(stump), 0.5);
    double[][] scores = {{3}, {0, 0}};
    bt.addTo(new double[][][] {{{1}}, {{1}, {0}}}, scores);
    assertArrayEquals(new double[] {3}, scores[0], "no tree for a lone candidate");
    assertArrayEquals(new double[] {1, -0.5}, scores[1], 1e-12);
    assertArrayEquals(new double[] {1.0}, DocumentRanker.softmax(new double[] {3}));
    assertArrayEquals(new double[] {1.0}, DocumentRanker.softmax(new double[] {4}));
  }

  /** A random tree of at most {@code depth} splits on any path, some branches ending early. */
  private static BoostedTrees.Tree randomTree(Random r, int depth, int features) {
    List<int[]> shape = new ArrayList<>(); // {feature, left, right}
    List<Double> thresholds = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    grow(r, depth, features, shape, thresholds, values);
    BoostedTrees.Tree t = BoostedTrees.Tree.ofNodes(shape.size());
    for (int i = 0; i < shape.size(); i++) {
      t.feature()[i] = shape.get(i)[0];
      t.left()[i] = shape.get(i)[1];
      t.right()[i] = shape.get(i)[2];
      t.threshold()[i] = thresholds.get(i);
      t.value()[i] = values.get(i);
    }
    return t;
  }

  private static int grow(Random r, int depth, int features, List<int[]> shape, List<Double> thresholds,
      List<Double> values) {
    int id = shape.size();
    boolean leaf = depth == 0 || r.nextInt(4) == 0;
    shape.add(new int[] {leaf ? -1 : r.nextInt(features), 0, 0});
    thresholds.add(leaf ? 0 : r.nextInt(5) * 0.25);
    values.add(r.nextGaussian());
    if (!leaf) {
      shape.get(id)[1] = grow(r, depth - 1, features, shape, thresholds, values);
      shape.get(id)[2] = grow(r, depth - 1, features, shape, thresholds, values);
    }
    return id;
  }

  @Test
  void theCompleteLayoutGivesTheSameDoubleAsWalkingTheNodes() {
    Random r = new Random(19);
    for (int depth : new int[] {0, 1, 3, BoostedTrees.MAX_COMPLETE_DEPTH, BoostedTrees.MAX_COMPLETE_DEPTH + 2}) {
      List<BoostedTrees.Tree> trees = new ArrayList<>();
      for (int k = 0; k < 40; k++) {
        trees.add(randomTree(r, depth, 5));
      }
      BoostedTrees bt = new BoostedTrees(trees, 0.1);
      for (int q = 0; q < 500; q++) {
        double[] x = new double[5];
        for (int f = 0; f < x.length; f++) {
          int pick = r.nextInt(8);
          // on the thresholds, between them, and NaN (which goes right: NaN <= t is false)
          x[f] = pick == 0 ? Double.NaN : pick == 1 ? Double.POSITIVE_INFINITY : r.nextInt(6) * 0.25 - 0.1 * r.nextInt(2);
        }
        double walked = bt.walk(x);
        double expected = 0;
        for (BoostedTrees.Tree t : trees) {
          expected += t.apply(x);
        }
        assertEquals(expected * 0.1, walked, "walk, depth " + depth);
        assertEquals(Double.doubleToLongBits(walked), Double.doubleToLongBits(bt.apply(x)), "depth " + depth);
      }
    }
  }

  @Test
  void theShippedModelsScoreAsTheirNodeWalk() {
    Random r = new Random(7);
    for (RankerModel m : List.of(RankerModel.defaults(), RankerModel.forLinkStatistics())) {
      for (int s = 0; s < m.stages(); s++) {
        BoostedTrees bt = m.trees(s);
        assertTrue(bt.trees.size() >= 50, "the shipped models boost every stage");
        for (int q = 0; q < 2000; q++) {
          double[] x = new double[m.weights(s).length];
          for (int f = 0; f < x.length; f++) {
            x[f] = r.nextInt(3) == 0 ? 0 : r.nextGaussian() * 3;
          }
          assertEquals(Double.doubleToLongBits(bt.walk(x)), Double.doubleToLongBits(bt.apply(x)));
        }
      }
    }
  }

  @Test
  void repeatedRowsOfADocumentGetTheSumOfTheirOwnRow() {
    Random r = new Random(5);
    List<BoostedTrees.Tree> trees = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      trees.add(randomTree(r, 3, 4));
    }
    BoostedTrees bt = new BoostedTrees(trees, 0.1);
    double[] a = {0.25, 1, 0, 0.5};
    double[] b = {0.25, 1, 0, 0.75}; // one feature apart
    double[][][] features = {{a, b, a.clone()}, {b.clone(), a}, {a}};
    double[][] scores = {{0, 0, 0}, {0, 0}, {0}};
    bt.addTo(features, scores);
    assertArrayEquals(new double[] {bt.apply(a), bt.apply(b), bt.apply(a)}, scores[0]);
    assertArrayEquals(new double[] {bt.apply(b), bt.apply(a)}, scores[1]);
    assertArrayEquals(new double[] {0}, scores[2], "a lone candidate");
    assertTrue(bt.apply(a) != bt.apply(b), "the rows must score apart for the test to tell them apart");
  }
}
