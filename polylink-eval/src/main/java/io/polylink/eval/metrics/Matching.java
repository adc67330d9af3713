package io.polylink.eval.metrics;

import io.polylink.model.Span;

/** How a predicted span must relate to a gold span to match (GERBIL's strong and weak annotation match). */
public enum Matching {
  /** Same start and end. */
  STRONG,
  /** Overlapping spans; each gold and prediction matches at most once. */
  WEAK;

  /** True when {@code predicted} matches {@code gold} under this rule. */
  public boolean matches(Span gold, Span predicted) {
    return this == STRONG ? gold.equals(predicted) : gold.overlaps(predicted);
  }
}
