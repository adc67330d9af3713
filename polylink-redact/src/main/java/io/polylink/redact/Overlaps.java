package io.polylink.redact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves overlapping detections as Presidio does: the higher score wins, and at equal scores the containing
 * (longer) span; a detection contained in a winner is dropped. A lower-scored detection that only partly overlaps a
 * winner keeps the part outside it, so no text that something flagged is left in clear.
 */
public final class Overlaps {

  private Overlaps() {}

  private static final Comparator<Detection> PRIORITY = Comparator.comparingDouble(Detection::score).reversed()
      .thenComparing(Comparator.comparingInt(Detection::length).reversed())
      .thenComparingInt(Detection::start)
      .thenComparing(Detection::type);

  /** Non-overlapping detections, sorted by start. */
  public static List<Detection> resolve(List<Detection> detections, CharSequence text) {
    List<Detection> sorted = new ArrayList<>(detections);
    sorted.sort(PRIORITY);
    // Kept detections never overlap: by start, the ones a new detection overlaps are the one starting at or before
    // it (if it reaches into it) and those starting inside it. Linear scans made this quadratic in findings.
    TreeMap<Integer, Detection> kept = new TreeMap<>();
    for (Detection d : sorted) {
      List<Detection> overlapping = new ArrayList<>();
      Map.Entry<Integer, Detection> before = kept.floorEntry(d.start());
      if (before != null && before.getValue().end() > d.start()) {
        overlapping.add(before.getValue());
      }
      overlapping.addAll(kept.subMap(d.start(), false, d.end(), false).values());
      if (overlapping.isEmpty()) {
        kept.put(d.start(), d);
        continue;
      }
      int s = d.start(); // the parts of d outside every overlapping detection, in order
      for (Detection k : overlapping) {
        add(kept, d, text, s, Math.min(k.start(), d.end()));
        s = Math.max(s, k.end());
      }
      add(kept, d, text, s, d.end());
    }
    return new ArrayList<>(kept.values());
  }

  /** Keeps the part [s, e) of {@code d}, trimmed to letters and digits, if anything is left. */
  private static void add(TreeMap<Integer, Detection> kept, Detection d, CharSequence text, int s, int e) {
    while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
      s++;
    }
    while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      kept.put(s, new Detection(d.type(), s, e, d.score(), d.recognizer()));
    }
  }
}
