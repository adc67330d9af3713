package io.polylink.kb.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a build did.
 *
 * @param kbDir the KB directory
 * @param generation the generation folder now live
 * @param entities entities indexed
 * @param names names indexed
 * @param transliterations romanized keys added
 * @param languages distinct languages of names
 * @param relations relation values stored
 * @param skipped records skipped by kind
 * @param malformed malformed records skipped
 * @param seconds wall time
 * @param liveEntities entities added live (see {@link KnowledgeBase#add}) before this build: a build keeps them, on
 *     top of the new generation
 */
public record KbBuildSummary(Path kbDir, String generation, long entities, long names, long transliterations,
    long languages, long relations, Map<String, Long> skipped, long malformed, double seconds, long liveEntities) {

  /** Entities per second over the whole build. */
  public double entitiesPerSecond() {
    return seconds > 0 ? entities / seconds : 0;
  }
}
