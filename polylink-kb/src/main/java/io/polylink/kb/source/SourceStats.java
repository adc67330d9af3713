package io.polylink.kb.source;

import java.util.Map;

/**
 * What a source read.
 *
 * @param entities entities handed to the sink
 * @param skipped records skipped on purpose, by kind (e.g. {@code lexeme}, {@code property}, {@code redirect})
 * @param malformed malformed records skipped under {@link ErrorPolicy#SKIP}
 * @param lines input lines (or records) seen
 */
public record SourceStats(long entities, Map<String, Long> skipped, long malformed, long lines) {
  public SourceStats {
    skipped = Map.copyOf(skipped);
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }
}
