package io.polylink.redact;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What was redacted in a corpus.
 *
 * @param documents documents redacted
 * @param characters UTF-16 chars read from those documents
 * @param counts findings per type over all documents
 * @param failed ids of documents that failed (and were not emitted), with the reason
 */
public record CorpusReport(long documents, long characters, Map<String, Long> counts, Map<String, String> failed) {

  public CorpusReport {
    counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    failed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(failed));
  }

  /** Total findings. */
  public long findings() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Collects document reports; not thread-safe. */
  static final class Accumulator {
    private long documents;
    private long characters;
    private final Map<String, Long> counts = new TreeMap<>();
    private final Map<String, String> failed = new java.util.LinkedHashMap<>();

    void add(DocumentReport r, int chars) {
      documents++;
      characters += chars;
      r.counts().forEach((t, n) -> counts.merge(t, (long) n, Long::sum));
    }

    void fail(String id, String reason) {
      failed.put(id, reason);
    }

    CorpusReport report() {
      return new CorpusReport(documents, characters, counts, failed);
    }
  }

  /** Builds a corpus report from document reports (for callers that redact documents one by one). */
  public static CorpusReport of(List<DocumentReport> reports) {
    Accumulator a = new Accumulator();
    for (DocumentReport r : reports) {
      a.add(r, 0);
    }
    return a.report();
  }
}
