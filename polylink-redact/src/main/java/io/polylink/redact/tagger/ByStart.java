package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Not a repair of its own: the detections in text order (stable), which the repairs after it walk. */
final class ByStart implements NameRepair {

  @Override
  public List<Detection> apply(TaggedText t, List<Detection> found) {
    List<Detection> out = new ArrayList<>(found);
    out.sort(Comparator.comparingInt(Detection::start));
    return out;
  }
}
