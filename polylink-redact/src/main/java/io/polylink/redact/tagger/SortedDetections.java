package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Detections sorted by start, to find those that overlap a span in logarithmic time rather than by a scan of all of
 * them: a long document has hundreds of thousands, and the repairs ask once per address or company form. Removals
 * are marks; added detections (few) are kept apart and searched in full. Not thread-safe; one per call.
 */
final class SortedDetections {

  private final List<Detection> sorted;
  private final int[] maxEnd; // max end over sorted[0..i]
  private final boolean[] removed;
  private final List<Detection> added = new ArrayList<>();

  SortedDetections(List<Detection> detections) {
    sorted = new ArrayList<>(detections);
    sorted.sort(Comparator.comparingInt(Detection::start));
    maxEnd = new int[sorted.size()];
    for (int i = 0; i < maxEnd.length; i++) {
      maxEnd[i] = Math.max(i == 0 ? Integer.MIN_VALUE : maxEnd[i - 1], sorted.get(i).end());
    }
    removed = new boolean[sorted.size()];
  }

  /** The live detections that overlap [start, end), added ones included. */
  List<Detection> overlapping(int start, int end) {
    List<Detection> out = new ArrayList<>();
    for (int j = firstStartingAtOrAfter(end) - 1; j >= 0 && maxEnd[j] > start; j--) {
      Detection d = sorted.get(j);
      if (!removed[j] && d.end() > start) {
        out.add(d);
      }
    }
    for (Detection d : added) {
      if (d.start() < end && start < d.end()) {
        out.add(d);
      }
    }
    return out;
  }

  /** Whether a detection given to the constructor, removed or not, overlaps [start, end) and satisfies {@code which}. */
  boolean anyGiven(int start, int end, Predicate<Detection> which) {
    for (int j = firstStartingAtOrAfter(end) - 1; j >= 0 && maxEnd[j] > start; j--) {
      Detection d = sorted.get(j);
      if (d.end() > start && which.test(d)) {
        return true;
      }
    }
    return false;
  }

  /** Removes the live detections that overlap [start, end) and satisfy {@code which}. */
  void removeOverlapping(int start, int end, Predicate<Detection> which) {
    for (int j = firstStartingAtOrAfter(end) - 1; j >= 0 && maxEnd[j] > start; j--) {
      Detection d = sorted.get(j);
      if (!removed[j] && d.end() > start && which.test(d)) {
        removed[j] = true;
      }
    }
    added.removeIf(d -> d.start() < end && start < d.end() && which.test(d));
  }

  void add(Detection d) {
    added.add(d);
  }

  /** The live detections, by start (ties: earlier ones first, added ones last). */
  List<Detection> result() {
    List<Detection> out = new ArrayList<>(sorted.size() + added.size());
    for (int i = 0; i < sorted.size(); i++) {
      if (!removed[i]) {
        out.add(sorted.get(i));
      }
    }
    out.addAll(added);
    out.sort(Comparator.comparingInt(Detection::start));
    return out;
  }

  private int firstStartingAtOrAfter(int at) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).start() < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
