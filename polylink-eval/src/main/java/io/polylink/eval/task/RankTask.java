package io.polylink.eval.task;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polylink.eval.EvalJson;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.Format;
import io.polylink.eval.LinkerUnavailableException;
import io.polylink.eval.Systems;
import io.polylink.eval.format.pprforned.PprForNedReader;
import io.polylink.eval.format.pprforned.PprPriorRanker;
import io.polylink.eval.format.jsonl.PredictionsJsonl;
import io.polylink.eval.metrics.RetrievalMetrics;
import io.polylink.eval.polylink.PprForNedCandidates;
import io.polylink.eval.polylink.PprForNedKb;
import io.polylink.eval.polylink.PprForNedRanker;
import io.polylink.eval.regression.Checksums;
import io.polylink.link.rank.DocumentRanker;
import io.polylink.link.rank.RankerModel;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Task rank: PPRforNED's candidate lists ranked by stored predictions, the in-link prior ({@code --baseline prior}),
 * the linker on a KB built from the split ({@code --baseline linker}) or Polylink's learned ranker.
 */
public record RankTask(Systems systems) {

  /** Scores {@code r} (task rank). */
  public ObjectNode run(EvalRequest r) {
    if (r.format() != Format.PPRFORNED) {
      throw new IllegalArgumentException("task rank reads format pprforned, got " + r.format().code());
    }
    List<PprForNedReader.Document> docs = PprForNedReader.readDir(r.dataset());
    Map<String, PredictionsJsonl.Entry> pred = r.predictions() == null ? null : PredictionsJsonl.read(r.predictions());
    String system;
    PprForNedRanker linkerRanker = null;
    DocumentRanker learned = null;
    if (pred != null) {
      system = EvalJson.systemName(r.predictions());
    } else if ("prior".equals(r.baseline())) {
      system = "prior-baseline";
    } else if ("linker".equals(r.baseline())) {
      if (!systems.hasLinker()) {
        throw new LinkerUnavailableException();
      }
      system = "polylink-linker";
      linkerRanker = new PprForNedRanker(systems.rankKb() != null ? systems.rankKb() : PprForNedKb.cached(
          r.dataset().getFileName().toString(), Checksums.sha256(r.dataset()), docs));
    } else if (r.baseline() != null) {
      throw new IllegalArgumentException("task rank knows the baselines prior and linker, got " + r.baseline());
    } else if (!systems.hasLinker()) {
      throw new LinkerUnavailableException();
    } else {
      system = "polylink";
      learned = new DocumentRanker(systems.rankerModel() == null ? RankerModel.defaults() : systems.rankerModel());
    }
    RetrievalMetrics m = new RetrievalMetrics();
    int nil = 0;
    int goldMissing = 0;
    int mentions = 0;
    double docAccuracySum = 0;
    int scoredDocs = 0;
    for (PprForNedReader.Document d : docs) {
      List<List<String>> polylinkRanks = linkerRanker != null ? linkerRanker.rank(d)
          : learned != null ? PprForNedCandidates.rank(learned, d) : null;
      int docMentions = 0;
      int docCorrect = 0;
      for (int i = 0; i < d.mentions().size(); i++) {
        PprForNedReader.Mention men = d.mentions().get(i);
        mentions++;
        if (men.goldUrl() == null) {
          nil++;
          continue;
        }
        if (!men.goldInCandidates()) {
          goldMissing++;
        }
        List<String> ranked;
        if (pred != null) {
          PredictionsJsonl.Entry e = pred.get(d.id());
          ranked = e == null ? List.of() : e.rankedPerMention().getOrDefault(i, List.of());
        } else if (polylinkRanks != null) {
          ranked = polylinkRanks.get(i);
        } else {
          ranked = PprPriorRanker.rank(men);
        }
        m.add(ranked, Set.of(men.goldUrl()));
        docMentions++;
        if (!ranked.isEmpty() && ranked.get(0).equals(men.goldUrl())) {
          docCorrect++;
        }
      }
      if (docMentions > 0) {
        docAccuracySum += (double) docCorrect / docMentions;
        scoredDocs++;
      }
    }
    RetrievalMetrics.Result res = m.result();
    ObjectNode out = RetrievalTask.json(r, EvalJson.stem(r.dataset()), system, res);
    out.put("macro_accuracy", scoredDocs == 0 ? 0 : docAccuracySum / scoredDocs);
    out.put("documents_scored", scoredDocs);
    if (linkerRanker != null) {
      out.put("mentions_with_unscored_candidates", linkerRanker.fallbacks());
    }
    out.put("mentions", mentions);
    out.put("nil_mentions", nil);
    out.put("gold_not_in_candidates", goldMissing);
    return out;
  }
}
