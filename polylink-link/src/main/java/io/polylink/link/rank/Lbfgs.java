package io.polylink.link.rank;

import java.util.ArrayDeque;
import java.util.Deque;

/** A small L-BFGS minimizer with a backtracking (Armijo) line search; deterministic. */
final class Lbfgs {

  /** A differentiable function: returns f(x) and writes its gradient into {@code grad}. */
  interface Objective {
    double evaluate(double[] x, double[] grad);
  }

  private Lbfgs() {}

  static double[] minimize(Objective f, double[] start, int maxIterations, double tolerance) {
    int d = start.length;
    double[] x = start.clone();
    double[] g = new double[d];
    double fx = f.evaluate(x, g);
    Deque<double[][]> history = new ArrayDeque<>();
    int memory = 10;
    double[] xNew = new double[d];
    double[] gNew = new double[d];
    for (int it = 0; it < maxIterations; it++) {
      if (norm(g) < tolerance) {
        break;
      }
      // two-loop recursion
      double[] q = g.clone();
      double[][][] h = history.toArray(new double[0][][]);
      double[] alpha = new double[h.length];
      for (int k = h.length - 1; k >= 0; k--) {
        double[] s = h[k][0];
        double[] y = h[k][1];
        alpha[k] = dot(s, q) / dot(y, s);
        axpy(-alpha[k], y, q);
      }
      if (h.length > 0) {
        double[] s = h[h.length - 1][0];
        double[] y = h[h.length - 1][1];
        scale(q, dot(s, y) / dot(y, y));
      } else {
        scale(q, 1 / Math.max(1, norm(g)));
      }
      for (int k = 0; k < h.length; k++) {
        double[] s = h[k][0];
        double[] y = h[k][1];
        double beta = dot(y, q) / dot(y, s);
        axpy(alpha[k] - beta, s, q);
      }
      // q is the ascent direction; step along -q
      double slope = -dot(g, q);
      if (slope >= 0) {
        history.clear();
        q = g.clone();
        scale(q, 1 / Math.max(1, norm(g)));
        slope = -dot(g, q);
      }
      double step = 1;
      double fNew = Double.NaN;
      boolean accepted = false;
      for (int ls = 0; ls < 40; ls++) {
        for (int i = 0; i < d; i++) {
          xNew[i] = x[i] - step * q[i];
        }
        fNew = f.evaluate(xNew, gNew);
        if (fNew <= fx + 1e-4 * step * slope) {
          accepted = true;
          break;
        }
        step *= 0.5;
      }
      if (!accepted) {
        break;
      }
      double[] s = new double[d];
      double[] y = new double[d];
      for (int i = 0; i < d; i++) {
        s[i] = xNew[i] - x[i];
        y[i] = gNew[i] - g[i];
      }
      boolean converged = Math.abs(fx - fNew) < 1e-10 * Math.max(1, Math.abs(fx));
      if (dot(s, y) > 1e-12) {
        history.addLast(new double[][] {s, y});
        if (history.size() > memory) {
          history.removeFirst();
        }
      }
      System.arraycopy(xNew, 0, x, 0, d);
      System.arraycopy(gNew, 0, g, 0, d);
      fx = fNew;
      if (converged) {
        break;
      }
    }
    return x;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static void scale(double[] a, double s) {
    for (int i = 0; i < a.length; i++) {
      a[i] *= s;
    }
  }
}
