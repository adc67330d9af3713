package io.polylink.redact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
    List<Detection> kept = new ArrayList<>();
    for (Detection d : sorted) {
      List<int[]> pieces = new ArrayList<>();
      pieces.add(new int[] {d.start(), d.end()});
      for (Detection k : kept) {
        List<int[]> next = new ArrayList<>();
        for (int[] p : pieces) {
          if (p[1] <= k.start() || k.end() <= p[0]) {
            next.add(p);
            continue;
          }
          if (p[0] < k.start()) {
            next.add(new int[] {p[0], k.start()});
          }
          if (k.end() < p[1]) {
            next.add(new int[] {k.end(), p[1]});
          }
        }
        pieces = next;
      }
      if (pieces.size() == 1 && pieces.get(0)[0] == d.start() && pieces.get(0)[1] == d.end()) {
        kept.add(d);
        continue;
      }
      for (int[] p : pieces) {
        int s = p[0];
        int e = p[1];
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
          s++;
        }
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
          e--;
        }
        if (s < e) {
          kept.add(new Detection(d.type(), s, e, d.score(), d.recognizer()));
        }
      }
    }
    kept.sort(Comparator.comparingInt(Detection::start));
    return kept;
  }
}
