package io.polylink.eval.metrics;

import java.util.List;
import java.util.Set;

/**
 * Ranked retrieval against relevance judgements (MELO, and ranking with given candidates): accuracy@1, MRR and
 * recall@k, averaged over queries. A query with no relevant item is skipped (counted in {@link Result#skipped()}).
 */
public final class RetrievalMetrics {

  /**
   * @param queries queries scored
   * @param skipped queries without any relevant item
   * @param accuracyAt1 share of queries whose first result is relevant
   * @param mrr mean reciprocal rank of the first relevant result (0 when none is returned)
   * @param recallAt1 mean share of a query's relevant items in its first result
   * @param recallAt5 same for the first 5
   * @param recallAt10 same for the first 10
   */
  public record Result(int queries, int skipped, double accuracyAt1, double mrr, double recallAt1, double recallAt5,
      double recallAt10) {}

  private int n;
  private int skipped;
  private double acc;
  private double rr;
  private double r1;
  private double r5;
  private double r10;

  /** Adds one query: its ranked results (best first, no duplicates expected) and its relevant items. */
  public RetrievalMetrics add(List<String> ranked, Set<String> relevant) {
    if (relevant.isEmpty()) {
      skipped++;
      return this;
    }
    n++;
    if (!ranked.isEmpty() && relevant.contains(ranked.get(0))) {
      acc++;
    }
    for (int i = 0; i < ranked.size(); i++) {
      if (relevant.contains(ranked.get(i))) {
        rr += 1.0 / (i + 1);
        break;
      }
    }
    r1 += recallAt(ranked, relevant, 1);
    r5 += recallAt(ranked, relevant, 5);
    r10 += recallAt(ranked, relevant, 10);
    return this;
  }

  /** |relevant in the first k| / |relevant|. */
  public static double recallAt(List<String> ranked, Set<String> relevant, int k) {
    if (relevant.isEmpty()) {
      return 0;
    }
    long hits = ranked.stream().limit(k).distinct().filter(relevant::contains).count();
    return (double) hits / relevant.size();
  }

  /** The averages so far. */
  public Result result() {
    return n == 0 ? new Result(0, skipped, 0, 0, 0, 0, 0)
        : new Result(n, skipped, acc / n, rr / n, r1 / n, r5 / n, r10 / n);
  }
}
