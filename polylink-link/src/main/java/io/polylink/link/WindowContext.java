package io.polylink.link;

import io.polylink.kb.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The words of a window as context hashes (counted), to measure overlap with entity descriptions. */
final class WindowContext {
  private final Map<Integer, Integer> counts = new HashMap<>();
  private final List<Token> tokens;
  final CharSequence text;
  final int from;
  final int to;

  /** The window text[from, to) and its tokens. */
  WindowContext(CharSequence text, int from, int to, List<Token> tokens) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.tokens = tokens;
    for (int i = 0; i < tokens.size(); i++) {
      Integer h = hashAt(i);
      if (h != null) {
        counts.merge(h, 1, Integer::sum);
      }
    }
  }

  /** The window's tokens. */
  List<Token> tokens() {
    return tokens;
  }

  private Integer hashAt(int i) {
    Token t = tokens.get(i);
    if (t.is(Token.NO_SPACE)) {
      if (i + 1 < tokens.size() && tokens.get(i + 1).is(Token.NO_SPACE)) {
        return (t.norm() + tokens.get(i + 1).norm()).hashCode();
      }
      return null;
    }
    return t.norm().length() >= 3 && !t.is(Token.NUMERIC) ? t.norm().hashCode() : null;
  }

  /**
   * Share in [0, 1] of an entity's description words found in the window outside the spot itself (saturating at 4
   * words).
   */
  double overlap(int[] contextHashes, Spot spot) {
    if (contextHashes.length == 0 || counts.isEmpty()) {
      return 0;
    }
    int hits = 0;
    for (int h : contextHashes) {
      Integer c = counts.get(h);
      if (c == null) {
        continue;
      }
      int inSpot = 0;
      for (int i = spot.firstToken; i < spot.endToken; i++) {
        Integer sh = hashAt(i);
        if (sh != null && sh == h) {
          inSpot++;
        }
      }
      if (c - inSpot > 0) {
        hits++;
      }
    }
    return Math.min(1.0, hits / 4.0);
  }
}
