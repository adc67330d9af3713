package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import java.util.List;

/**
 * One repair of the name tagger's output over a whole text: it adds detections the line-by-line tagger cannot
 * find, or joins, splits or retypes those it found. {@link NameRepairs#LIST} holds them in the order they run.
 */
interface NameRepair {

  /** The repaired detections; {@code found} is not changed. */
  List<Detection> apply(TaggedText t, List<Detection> found);
}
