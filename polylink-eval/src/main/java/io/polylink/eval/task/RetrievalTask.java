package io.polylink.eval.task;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polylink.eval.EvalJson;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.Format;
import io.polylink.eval.LinkerUnavailableException;
import io.polylink.eval.LinkingSystem;
import io.polylink.eval.Systems;
import io.polylink.eval.format.melo.MeloReader;
import io.polylink.eval.format.jsonl.PredictionsJsonl;
import io.polylink.eval.metrics.Prf;
import io.polylink.eval.metrics.RetrievalMetrics;
import io.polylink.eval.polylink.MeloKb;
import io.polylink.eval.polylink.MeloRetriever;
import io.polylink.eval.regression.Checksums;
import io.polylink.link.xling.BilingualDictionary;
import io.polylink.model.Candidate;
import io.polylink.model.Document;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Task retrieval: MELO's queries answered by stored rankings, Polylink's dictionary retriever on a KB built from the
 * corpus (no {@code --kb}), or the linker's entities and candidates on {@code --kb}.
 */
public record RetrievalTask(Systems systems) {

  /** Scores {@code r} (task retrieval). */
  public ObjectNode run(EvalRequest r) {
    if (r.format() != Format.MELO) {
      throw new IllegalArgumentException("task retrieval reads format melo, got " + r.format().code());
    }
    MeloReader.MeloDataset melo = MeloReader.read(r.dataset());
    RetrievalMetrics m = new RetrievalMetrics();
    String system;
    if (r.predictions() != null) {
      system = EvalJson.systemName(r.predictions());
      Map<String, PredictionsJsonl.Entry> pred = PredictionsJsonl.read(r.predictions());
      for (String q : melo.queries().keySet()) {
        PredictionsJsonl.Entry e = pred.get(q);
        m.add(e == null ? List.of() : e.ranked(), melo.relevant().getOrDefault(q, Set.of()));
      }
    } else if (r.kb() == null) {
      if (!systems.hasLinker()) {
        throw new LinkerUnavailableException();
      }
      BilingualDictionary dictionary = systems.dictionary();
      MeloRetriever retriever = new MeloRetriever(MeloKb.cached(melo, Checksums.sha256(r.dataset())), melo.corpus(),
          MeloKb.corpusLanguage(melo.name()), MeloKb.queryLanguage(melo.name()), dictionary,
          MeloReader.concepts(r.dataset()));
      system = "polylink-dictionary";
      for (Map.Entry<String, String> q : melo.queries().entrySet()) {
        m.add(retriever.rank(q.getValue()), melo.relevant().getOrDefault(q.getKey(), Set.of()));
      }
      ObjectNode out = json(r, melo.name(), system, m.result());
      out.put("queries_with_dictionary_hit", retriever.dictionaryHits());
      if (!dictionary.isEmpty()) {
        out.put("bilingual_dictionaries", String.join(",", dictionary.sources()));
      }
      return out;
    } else {
      LinkingSystem sys = systems.linker(r.kb());
      system = sys.name();
      for (Map.Entry<String, String> q : melo.queries().entrySet()) {
        LinkedDocument ld = sys.link(new Document(q.getKey(), q.getValue(), Language.UNDETERMINED));
        List<String> ranked = new ArrayList<>();
        for (Link l : ld.links()) {
          if (l.entity() != null) {
            ranked.add(l.entity().value());
          }
          for (Candidate c : l.candidates()) {
            if (!ranked.contains(c.id().value())) {
              ranked.add(c.id().value());
            }
          }
        }
        m.add(ranked, melo.relevant().getOrDefault(q.getKey(), Set.of()));
      }
    }
    return json(r, melo.name(), system, m.result());
  }

  /** A ranking result: accuracy as micro and macro, MRR, recall at 1, 5 and 10. */
  static ObjectNode json(EvalRequest r, String dataset, String system, RetrievalMetrics.Result res) {
    ObjectNode out = EvalJson.header(r, dataset, system, res.queries());
    out.set("micro", EvalJson.prf(new Prf(Math.round(res.accuracyAt1() * res.queries()),
        res.queries() - Math.round(res.accuracyAt1() * res.queries()),
        res.queries() - Math.round(res.accuracyAt1() * res.queries())), true));
    out.set("macro", EvalJson.macro(res.accuracyAt1(), res.accuracyAt1(), res.accuracyAt1()));
    out.put("accuracy", res.accuracyAt1());
    out.put("mrr", res.mrr());
    ObjectNode at = out.putObject("recall_at");
    at.put("1", res.recallAt1());
    at.put("5", res.recallAt5());
    at.put("10", res.recallAt10());
    out.put("skipped", res.skipped());
    return out;
  }
}
