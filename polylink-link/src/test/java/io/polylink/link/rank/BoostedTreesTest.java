package io.polylink.link.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
}
