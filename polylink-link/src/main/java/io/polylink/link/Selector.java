package io.polylink.link;

import io.polylink.kb.store.EntityRecord;
import io.polylink.kb.store.NameHit;
import io.polylink.model.Candidate;
import io.polylink.model.EntityType;
import io.polylink.model.Link;
import io.polylink.model.Mention;
import io.polylink.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Stage 4 of linking: which ranked spots become mentions ({@link #select}: longest first, then the most confident;
 * overlapping ones drop; NIL by threshold) and the {@link Link} each becomes ({@link #toLink}).
 */
record Selector(LinkerConfig config, String language) {

  /** A NIL spot is reported only when detected at least this strongly: else it is most likely no name at all. */
  static final double MIN_NIL_DETECTION = 0.75;
  /** Floor of the entity score in the selection order, so that a strongly detected NIL still competes. */
  static final double MIN_ORDER_SCORE = 0.05;
  /** Scores are printed rounded to four decimals. */
  private static final double ROUNDING = 10_000;

  /** Longest spots first, then the most confident; overlapping ones drop; NIL by threshold. In text order. */
  List<Spot> select(List<Spot> spots) {
    List<Spot> eligible = new ArrayList<>();
    for (Spot s : spots) {
      if (s.detection < config.minDetectionScore()) {
        continue;
      }
      if (nil(s) && (!config.reportNil() || s.detection < MIN_NIL_DETECTION)) {
        continue; // a weakly detected span without a good entity is most likely not a name at all
      }
      eligible.add(s);
    }
    eligible.sort(Comparator.comparingInt(Spot::tokenCount).reversed()
        .thenComparing(Comparator.comparingDouble(
            (Spot s) -> s.unknown ? 0 : s.detection * Math.max(MIN_ORDER_SCORE, s.bestScore())).reversed())
        .thenComparingInt(s -> s.start));
    List<Spot> kept = new ArrayList<>();
    for (Spot s : eligible) {
      boolean free = true;
      for (Spot k : kept) {
        if (k.overlaps(s)) {
          free = false;
          break;
        }
      }
      if (free) {
        kept.add(s);
      }
    }
    kept.sort(Comparator.comparingInt(s -> s.start));
    return kept;
  }

  private boolean nil(Spot s) {
    return s.best < 0 || s.bestScore() < config.nilThreshold();
  }

  /** Builds the link of a kept spot, with its {@link LinkerConfig#keepCandidates} best candidates. */
  Link toLink(Spot s, Span span) {
    double detection = Math.min(1, Math.max(0, s.detection));
    Mention m = new Mention(span, s.surface, detection);
    List<Candidate> cands = new ArrayList<>();
    if (config.keepCandidates() > 0 && s.scores.length > 0) {
      Integer[] order = new Integer[s.scores.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Double.compare(s.scores[b], s.scores[a]));
      double keySum = 0;
      for (NameHit h : s.hits) {
        keySum += h.keyCount();
      }
      for (int i = 0; i < Math.min(config.keepCandidates(), order.length); i++) {
        NameHit h = s.hits.get(order[i]);
        cands.add(new Candidate(h.record().id(), s.scores[order[i]], keySum > 0 ? h.keyCount() / keySum : 0));
      }
    }
    if (nil(s)) {
      double nilConfidence = s.best < 0 ? detection : detection * (1 - s.bestScore());
      if (s.taggedType != null) {
        return new Link(m, null, s.surface, round(nilConfidence), s.taggedType, cands); // the tagger's type
      }
      if (s.nilGuess == null) {
        return new Link(m, null, s.surface, round(nilConfidence), EntityType.OTHER, cands);
      }
      // a cue of the type is evidence of a name too: it closes part of the gap to 1, the more the stronger the cue
      nilConfidence += (1 - nilConfidence) * s.nilGuess.strength() / 2;
      return new Link(m, null, s.surface, round(nilConfidence), s.nilGuess.type(), cands);
    }
    EntityRecord r = s.hits.get(s.best).record();
    return new Link(m, r.id(), EntityLabels.label(r, s, language), round(s.bestScore()), r.type(), cands);
  }

  private static double round(double v) {
    return Math.round(v * ROUNDING) / ROUNDING;
  }
}
