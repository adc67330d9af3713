package io.polylink.link;

import io.polylink.kb.store.EntityRecord;
import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import io.polylink.link.rank.DocumentRanker;
import io.polylink.link.rank.RankCandidate;
import io.polylink.link.rank.RankMention;
import io.polylink.link.rank.Ranking;
import io.polylink.link.rank.TypeCompatibility;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 3 of linking, the bridge to {@link io.polylink.link.rank}: turns spots and their candidates into the
 * ranker's {@link RankMention}s with every piece of evidence the linker has (name match, context overlap, type
 * profiles and the type filter with a type classifier, dense similarity with an encoder, the lists the spots stand
 * in), and writes the ranker's confidences back onto the spots. {@code types} is null when types from relations
 * are off, {@code dense} without a dense encoder.
 */
record SpotRanker(LinkerConfig config, Lookup lookup, DocumentRanker ranker, String language, TypeAnnotator types,
    DenseContext dense, KnownNameCache knownNames) {

  /** {@link #matchQuality} of a label in the document's language (others: a lower value below). */
  static final double LABEL_SAME_LANGUAGE = 1.0;
  static final double LABEL_OTHER_LANGUAGE = 0.85;
  static final double ALIAS_SAME_LANGUAGE = 0.8;
  static final double ALIAS_OTHER_LANGUAGE = 0.7;
  /** Added when the name's case matches the text's too (capped at 1). */
  static final double SAME_CASE_BONUS = 0.1;
  /** Match quality of a candidate found through no name of its key (fuzzily or through a longer form). */
  static final double FUZZY_MATCH = 0.4;
  /** Match quality of a candidate found through its romanized label. */
  static final double ROMANIZED_MATCH = 0.55;

  /**
   * Scores every spot's candidates with the learned ranker (coherence among the spots and with {@code state}, null
   * for none, when the config asks for it) and sets each spot's best candidate; a spot's scores are the ranker's
   * calibrated confidences. A spot left NIL gets the type its shape and context suggest.
   */
  void rank(List<Spot> spots, WindowContext ctx, DocumentState state) {
    List<RankMention> mentions = rankMentions(spots, ctx);
    Ranking r = ranker.rank(mentions, state == null || !config.coherence() ? List.of() : state.anchors(),
        config.coherence());
    for (int i = 0; i < spots.size(); i++) {
      Spot s = spots.get(i);
      s.scores = r.confidences()[i];
      s.best = r.best(i);
      if ((s.best < 0 || s.bestScore() < config.nilThreshold()) && s.firstToken < s.endToken) {
        s.nilGuess = TypeCues.guess(ctx.tokens(), s.firstToken, s.endToken);
      }
    }
  }

  /**
   * The spots as the ranker sees them. The type filter may drop hits of a spot.
   */
  List<RankMention> rankMentions(List<Spot> spots, WindowContext ctx) {
    List<List<RankCandidate>> candidates = new ArrayList<>(spots.size());
    List<double[]> expectations = new ArrayList<>(spots.size());
    for (Spot s : spots) {
      double[] expected = types == null || s.hits.isEmpty() ? null
          : types.expect(ctx.tokens(), s.firstToken, s.endToken);
      List<RankCandidate> cands = candidates(s, ctx, expected);
      if (expected != null && config.typeFilter() > 0) {
        List<NameHit> keptHits = new ArrayList<>(cands.size());
        List<RankCandidate> kept = new ArrayList<>(cands.size());
        for (int j = 0; j < cands.size(); j++) {
          int[] p = cands.get(j).typeProfile();
          if (p == null || TypeCompatibility.softF1(expected, p) >= config.typeFilter()) {
            keptHits.add(s.hits.get(j));
            kept.add(cands.get(j));
          }
        }
        if (kept.size() < cands.size()) {
          s.hits = keptHits;
          cands = kept;
        }
      }
      candidates.add(cands);
      expectations.add(expected);
    }
    // after the type filter, so that the similarities line up with the hits that are left
    double[][] sims = dense == null ? null : dense.similarities(ctx.text, ctx.from, ctx.to, spots, language);
    int[][] coordinated = ListStructure.coordinated(spots, ctx.text);
    List<RankMention> mentions = new ArrayList<>(spots.size());
    for (int i = 0; i < spots.size(); i++) {
      List<RankCandidate> cs = candidates.get(i);
      if (sims != null && sims[i] != null) {
        List<RankCandidate> withDense = new ArrayList<>(cs.size());
        for (int j = 0; j < cs.size(); j++) {
          withDense.add(cs.get(j).withDense(sims[i][j]));
        }
        cs = withDense;
      }
      mentions.add(new RankMention(spots.get(i).surface, cs, expectations.get(i), coordinated[i]));
    }
    return mentions;
  }

  private List<RankCandidate> candidates(Spot s, WindowContext ctx, double[] expected) {
    List<NameHit> hits = s.hits;
    List<RankCandidate> out = new ArrayList<>(hits.size());
    double keySum = 0;
    for (NameHit h : hits) {
      keySum += h.keyCount();
    }
    KnownNameCache.NameEvidence names = knownNames.nameEvidence(hits, s.key, s.surface, language,
        () -> nameEvidence(hits, s, language));
    for (int i = 0; i < hits.size(); i++) {
      NameHit h = hits.get(i);
      EntityRecord r = h.record();
      out.add(new RankCandidate(r.id().value(), EntityLabels.label(r, s, language), r.popularity(),
          keySum > 0 ? h.keyCount() / keySum : 0, r.type().code(), r.related(), ctx.overlap(r.contextHashes(), s),
          names.match()[i], r.commonNoun(), expected == null ? null : types.profile(r, lookup), Double.NaN,
          names.priors()[i], h.kind()));
    }
    return out;
  }

  /** The priors and match qualities of a spot's candidates; a function of the hits, key, surface and language. */
  static KnownNameCache.NameEvidence nameEvidence(List<NameHit> hits, Spot s, String language) {
    List<EntityRecord> records = new ArrayList<>(hits.size());
    for (NameHit h : hits) {
      records.add(h.record());
    }
    double[] match = new double[hits.size()];
    for (int i = 0; i < hits.size(); i++) {
      NameHit h = hits.get(i);
      match[i] = h.transliterated() ? ROMANIZED_MATCH : matchQuality(h.record(), s, language);
    }
    return new KnownNameCache.NameEvidence(hits, NamePriors.of(records, s.key, s.surface), match);
  }

  /**
   * 1.0 label in the document's language, 0.85 label elsewhere, 0.8/0.7 alias; +0.1 when the case matches too. With
   * the language {@link LanguageRules#undetermined}, every name counts as in the document's language.
   */
  static double matchQuality(EntityRecord r, Spot spot, String language) {
    double best = 0;
    boolean anyLanguage = LanguageRules.undetermined(language);
    for (EntityRecord.Name n : r.names()) {
      if (!n.key().equals(spot.key)) {
        continue;
      }
      boolean sameLang = anyLanguage || n.language().equals(language) || n.language().startsWith(language + "-");
      double q = n.label() ? (sameLang ? LABEL_SAME_LANGUAGE : LABEL_OTHER_LANGUAGE)
          : (sameLang ? ALIAS_SAME_LANGUAGE : ALIAS_OTHER_LANGUAGE);
      if (n.text().equals(spot.surface)) {
        q += SAME_CASE_BONUS;
      }
      if (q > best) {
        best = q;
        if (best >= LABEL_SAME_LANGUAGE + SAME_CASE_BONUS) {
          break;
        }
      }
    }
    return Math.min(1, best == 0 ? FUZZY_MATCH : best);
  }
}
