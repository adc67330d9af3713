package io.polylink.kb.store;

import java.util.List;

/**
 * What one {@link KnowledgeBase#add} did, committed as one unit.
 *
 * @param added ids that were new to the KB
 * @param replaced ids the KB already had (in its build or from an earlier add): the new version replaced them
 * @param liveEntities entities the KB's live additions hold after this add
 * @param seconds wall time, including waiting for other writers
 */
public record LiveAddSummary(List<String> added, List<String> replaced, long liveEntities, double seconds) {

  public LiveAddSummary {
    added = List.copyOf(added);
    replaced = List.copyOf(replaced);
  }

  /** Entities written by this add. */
  public int count() {
    return added.size() + replaced.size();
  }
}
