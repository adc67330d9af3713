package io.polylink.link.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Lbfgs} finds the known minima of simple convex (and one classic non-convex) functions. */
class LbfgsTest {

  @Test
  void separableQuadraticReachesItsCentre() {
    double[] centre = {3, -2, 0.5, 10};
    double[] weight = {1, 4, 0.25, 2};
    Lbfgs.Objective f = (x, g) -> {
      double v = 0;
      for (int i = 0; i < x.length; i++) {
        double d = x[i] - centre[i];
        v += weight[i] * d * d;
        g[i] = 2 * weight[i] * d;
      }
      return v;
    };
    assertArrayEquals(centre, Lbfgs.minimize(f, new double[4], 200, 1e-10), 1e-6);
  }

  @Test
  void illConditionedCoupledQuadraticReachesTheSolutionOfItsLinearSystem() {
    // f(x) = 1/2 x'Ax - b'x with A = [[1000, 3], [3, 1]] (condition ~1000): the minimum solves Ax = b
    double[][] a = {{1000, 3}, {3, 1}};
    double[] b = {1, 2};
    Lbfgs.Objective f = (x, g) -> {
      double v = 0;
      for (int i = 0; i < 2; i++) {
        double ax = a[i][0] * x[0] + a[i][1] * x[1];
        g[i] = ax - b[i];
        v += 0.5 * x[i] * ax - b[i] * x[i];
      }
      return v;
    };
    double det = a[0][0] * a[1][1] - a[0][1] * a[1][0];
    double[] expected = {(b[0] * a[1][1] - a[0][1] * b[1]) / det, (a[0][0] * b[1] - a[1][0] * b[0]) / det};
    assertArrayEquals(expected, Lbfgs.minimize(f, new double[] {5, -5}, 500, 1e-12), 1e-6);
  }

  @Test
  void smoothNonQuadraticConvexFunctionReachesItsClosedFormMinimum() {
    // e^x - 2x is minimal at ln 2; log(1 + e^y) + log(1 + e^-y) (a logistic loss on both labels) at 0
    Lbfgs.Objective f = (x, g) -> {
      g[0] = Math.exp(x[0]) - 2;
      g[1] = 1 / (1 + Math.exp(-x[1])) - 1 / (1 + Math.exp(x[1]));
      return Math.exp(x[0]) - 2 * x[0] + Math.log1p(Math.exp(x[1])) + Math.log1p(Math.exp(-x[1]));
    };
    double[] x = Lbfgs.minimize(f, new double[] {-3, 4}, 200, 1e-10);
    assertEquals(Math.log(2), x[0], 1e-6);
    assertEquals(0, x[1], 1e-6);
  }

  @Test
  void rosenbrockValleyIsFollowedToItsMinimum() {
    Lbfgs.Objective f = (x, g) -> {
      double a = 1 - x[0];
      double b = x[1] - x[0] * x[0];
      g[0] = -2 * a - 400 * x[0] * b;
      g[1] = 200 * b;
      return a * a + 100 * b * b;
    };
    assertArrayEquals(new double[] {1, 1}, Lbfgs.minimize(f, new double[] {-1.2, 1}, 1000, 1e-10), 1e-4);
  }

  @Test
  void startAtTheMinimumIsReturnedUnchangedAndTheStartIsNotWritten() {
    double[] start = {1, 2};
    Lbfgs.Objective f = (x, g) -> {
      g[0] = 2 * (x[0] - 1);
      g[1] = 2 * (x[1] - 2);
      return (x[0] - 1) * (x[0] - 1) + (x[1] - 2) * (x[1] - 2);
    };
    assertArrayEquals(new double[] {1, 2}, Lbfgs.minimize(f, start, 100, 1e-9), 0);
    double[] away = {7, 7};
    Lbfgs.minimize(f, away, 100, 1e-9);
    assertArrayEquals(new double[] {7, 7}, away, 0, "minimize works on a copy of its start");
  }

  @Test
  void zeroIterationsLeaveTheStart() {
    Lbfgs.Objective f = (x, g) -> {
      g[0] = 2 * x[0];
      return x[0] * x[0];
    };
    assertArrayEquals(new double[] {3}, Lbfgs.minimize(f, new double[] {3}, 0, 1e-9), 0);
  }
}
