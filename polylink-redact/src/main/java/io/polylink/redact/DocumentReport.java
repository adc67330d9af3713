package io.polylink.redact;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What was redacted in one document.
 *
 * @param documentId the document's id
 * @param counts findings per type, sorted by type
 * @param findings the findings in text order
 */
public record DocumentReport(String documentId, Map<String, Integer> counts, List<Finding> findings) {

  public DocumentReport {
    counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    findings = List.copyOf(findings);
  }

  /** Counts the findings per type. */
  static DocumentReport of(String id, List<Finding> findings) {
    Map<String, Integer> c = new TreeMap<>();
    for (Finding f : findings) {
      c.merge(f.type(), 1, Integer::sum);
    }
    return new DocumentReport(id, c, findings);
  }
}
