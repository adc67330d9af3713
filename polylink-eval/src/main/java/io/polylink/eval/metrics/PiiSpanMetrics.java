package io.polylink.eval.metrics;

import io.polylink.eval.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PII span detection: a prediction is a TP when a gold span of the same type has exactly its span. Counts per type and
 * over all types (micro); report P/R/F1/F2 from the {@link Prf}s.
 */
public final class PiiSpanMetrics {

  private final Map<String, Prf> perType = new TreeMap<>();
  private Prf micro = Prf.ZERO;

  /** Adds one document. */
  public PiiSpanMetrics add(List<Annotation> gold, List<Annotation> predicted) {
    List<Annotation> open = new ArrayList<>(gold);
    for (Annotation p : predicted) {
      Annotation hit = null;
      for (Annotation g : open) {
        if (g.span().equals(p.span()) && g.type().equals(p.type())) {
          hit = g;
          break;
        }
      }
      if (hit != null) {
        open.remove(hit);
        bump(p.type(), new Prf(1, 0, 0));
      } else {
        bump(p.type(), new Prf(0, 1, 0));
      }
    }
    for (Annotation g : open) {
      bump(g.type(), new Prf(0, 0, 1));
    }
    return this;
  }

  private void bump(String type, Prf d) {
    perType.merge(type, d, Prf::plus);
    micro = micro.plus(d);
  }

  /** Counts per type, sorted by type. */
  public Map<String, Prf> perType() {
    return new TreeMap<>(perType);
  }

  /** Counts over all types. */
  public Prf micro() {
    return micro;
  }
}
