package io.polylink.link;

import io.polylink.kb.store.EntityRecord;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixed-size memory a document carries from window to window: its most recent confident links and what they
 * relate to. Evidence for coherence in later windows; its size never grows with the document.
 */
final class DocumentState {
  private final int capacity;
  private final LinkedHashMap<String, Set<String>> recent;

  DocumentState(int capacity) {
    this.capacity = capacity;
    this.recent = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
        return size() > DocumentState.this.capacity;
      }
    };
  }

  void remember(EntityRecord r) {
    if (capacity == 0) {
      return;
    }
    recent.put(r.id().value(), new HashSet<>(r.related()));
  }

  /** Evidence in [0, 1] that {@code r} belongs with what the document already linked. */
  double support(EntityRecord r) {
    if (recent.isEmpty()) {
      return 0;
    }
    List<String> targetsOfR = r.related();
    String id = r.id().value();
    double best = 0;
    for (Map.Entry<String, Set<String>> e : recent.entrySet()) {
      if (e.getKey().equals(id)) {
        best = Math.max(best, 1.0); // mentioned before
      } else if (targetsOfR.contains(e.getKey()) || e.getValue().contains(id)) {
        best = Math.max(best, 0.8);
      } else if (sharesAny(targetsOfR, e.getValue())) {
        best = Math.max(best, 0.3);
      }
      if (best >= 1.0) {
        break;
      }
    }
    return best;
  }

  private static boolean sharesAny(List<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  int size() {
    return recent.size();
  }
}
