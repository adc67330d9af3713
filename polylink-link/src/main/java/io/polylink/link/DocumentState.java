package io.polylink.link;

import io.polylink.kb.store.EntityRecord;
import io.polylink.link.rank.RankAnchor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed-size memory a document carries from window to window: its most recent confident links and what they
 * relate to. Evidence for coherence in later windows; its size never grows with the document.
 */
final class DocumentState {
  private final int capacity;
  private final LinkedHashMap<String, List<String>> recent;

  DocumentState(int capacity) {
    this.capacity = capacity;
    this.recent = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
        return size() > DocumentState.this.capacity;
      }
    };
  }

  void remember(EntityRecord r) {
    if (capacity == 0) {
      return;
    }
    recent.put(r.id().value(), r.related());
  }

  /** The remembered links, most recent last, as evidence for the ranker's coherence. */
  List<RankAnchor> anchors() {
    List<RankAnchor> out = new java.util.ArrayList<>(recent.size());
    for (Map.Entry<String, List<String>> e : recent.entrySet()) {
      out.add(new RankAnchor(e.getKey(), e.getValue()));
    }
    return out;
  }

  int size() {
    return recent.size();
  }
}
