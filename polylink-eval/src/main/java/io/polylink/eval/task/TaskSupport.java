package io.polylink.eval.task;

import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.EvalDocument;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.PredictionsFormat;
import io.polylink.eval.format.nif.Nif;
import io.polylink.eval.format.jsonl.PredictionsJsonl;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the tasks share: reading mention datasets and stored predictions, links as annotations. */
final class TaskSupport {

  private TaskSupport() {}

  /** A dataset of documents with gold mentions, in one of the mention formats. */
  static Dataset mentions(EvalRequest r) {
    return switch (r.format()) {
      case NIF, HIPE, BRAT, PRESIDIO -> io.polylink.eval.polylink.MentionTraining.read(r.format(), r.dataset());
      default -> throw new IllegalArgumentException("task " + r.task().code() + " cannot read format "
          + r.format().code() + "; use nif, elevant, hipe, brat or presidio");
    };
  }

  /** Stored predictions (nif or jsonl) aligned with the gold documents by id; a missing document predicts nothing. */
  static List<List<Annotation>> storedMentions(EvalRequest r, Dataset gold) {
    return alignById(gold, r.predictionsFormat() == PredictionsFormat.NIF
        ? byId(Nif.read(r.predictions(), "predictions", Language.UNDETERMINED))
        : jsonlMentions(PredictionsJsonl.read(r.predictions())));
  }

  static List<Annotation> fromLinks(LinkedDocument ld) {
    List<Annotation> out = new ArrayList<>();
    for (Link l : ld.links()) {
      out.add(new Annotation(l.span(), l.isNil() ? null : l.entity().value(), l.type().code(),
          Math.max(0, Math.min(1, l.score()))));
    }
    return out;
  }

  private static Map<String, List<Annotation>> byId(Dataset d) {
    Map<String, List<Annotation>> out = new HashMap<>();
    for (EvalDocument doc : d.documents()) {
      out.put(doc.id(), doc.gold());
    }
    return out;
  }

  private static Map<String, List<Annotation>> jsonlMentions(Map<String, PredictionsJsonl.Entry> m) {
    Map<String, List<Annotation>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, v.mentions()));
    return out;
  }

  static List<List<Annotation>> alignById(Dataset gold, Map<String, List<Annotation>> pred) {
    List<List<Annotation>> out = new ArrayList<>();
    for (EvalDocument d : gold.documents()) {
      out.add(pred.getOrDefault(d.id(), List.of()));
    }
    return out;
  }
}
