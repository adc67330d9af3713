package io.polylink.link;

import io.polylink.kb.store.NameHit;
import io.polylink.model.EntityType;
import java.util.List;

/**
 * A span the spotter found, with what the ranker decided for it. Mutable working state of one window; never leaves
 * the package.
 */
final class Spot {
  final int firstToken;
  final int endToken;
  final int start; // UTF-16 index in the text
  final int end;
  final String key;
  final String surface; // text[start, end)
  final boolean unknown; // capitalized name absent from the dictionary
  double detection;
  List<NameHit> hits = List.of();
  double[] scores = new double[0];
  int best = -1;
  TypeCues.Guess nilGuess; // the type its shape and context suggest, should it be NIL; null: no cue
  int index; // position in its window's spot list, for array-based bookkeeping
  EntityType taggedType; // the type the learned mention detector gave it; null: not a tagged span

  /** The span text[start, end) over tokens [firstToken, endToken), looked up as {@code key}. */
  Spot(CharSequence text, int firstToken, int endToken, int start, int end, String key, boolean unknown) {
    this.firstToken = firstToken;
    this.endToken = endToken;
    this.start = start;
    this.end = end;
    this.surface = text.subSequence(start, end).toString();
    this.key = key;
    this.unknown = unknown;
  }

  /**
   * The same mention over the wider span text[start, newEnd) ending at token {@code newEndToken}, with this spot's
   * detection and ranking (its key stays the looked-up one).
   */
  Spot widened(CharSequence text, int newEndToken, int newEnd) {
    Spot w = new Spot(text, firstToken, newEndToken, start, newEnd, key, unknown);
    w.detection = detection;
    w.hits = hits;
    w.scores = scores;
    w.best = best;
    w.nilGuess = nilGuess;
    w.index = index;
    w.taggedType = taggedType;
    return w;
  }

  int tokenCount() {
    return endToken - firstToken;
  }

  double bestScore() {
    return best < 0 ? 0 : scores[best];
  }

  boolean overlaps(Spot o) {
    return start < o.end && o.start < end;
  }
}
