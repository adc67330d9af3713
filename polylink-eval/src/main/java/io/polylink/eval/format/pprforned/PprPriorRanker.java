package io.polylink.eval.format.pprforned;

import java.util.Comparator;
import java.util.List;

/**
 * The popularity baseline for PPRforNED ranking: candidates by in-link count, highest first, ties by page id. Uses no
 * candidate order, so it is immune to the gold-first leak of the files.
 */
public final class PprPriorRanker {

  private PprPriorRanker() {}

  /** Candidate URLs, best first. */
  public static List<String> rank(PprForNedReader.Mention m) {
    return m.candidates().stream()
        .sorted(Comparator.comparingLong(PprForNedReader.Candidate::inCount).reversed()
            .thenComparing(PprForNedReader.Candidate::id))
        .map(PprForNedReader.Candidate::url).toList();
  }
}
