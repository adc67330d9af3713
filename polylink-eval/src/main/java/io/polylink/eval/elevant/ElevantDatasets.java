package io.polylink.eval.elevant;

import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.EvalDocument;
import io.polylink.eval.elevant.ElevantArticle;
import io.polylink.eval.elevant.ElevantIds;
import io.polylink.eval.elevant.ElevantLabel;
import io.polylink.eval.elevant.ElevantMention;
import io.polylink.model.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Views of ELEVANT articles as generic datasets: gold = root labels ({@code <NIL>}/{@code <NO_MAPPING>} as NIL,
 * QUANTITY/DATETIME labels left out since they are optional), predictions = entity mentions.
 */
public final class ElevantDatasets {

  private ElevantDatasets() {}

  /** The gold dataset; document ids are the article ids. */
  public static Dataset gold(String name, List<ElevantArticle> articles) {
    List<EvalDocument> docs = new ArrayList<>();
    for (ElevantArticle a : articles) {
      List<Annotation> gold = new ArrayList<>();
      for (ElevantLabel l : a.labels()) {
        if (l.parent() == null && !l.isOptional()) {
          gold.add(Annotation.gold(l.span(), ElevantIds.isUnknown(l.entityId()) ? null : l.entityId(), l.type()));
        }
      }
      docs.add(new EvalDocument(Long.toString(a.id()), a.text(), Language.of("en"), gold));
    }
    return new Dataset(name, docs);
  }

  /** The predictions of each article, in article order. */
  public static List<List<Annotation>> predictions(List<ElevantArticle> articles) {
    List<List<Annotation>> out = new ArrayList<>();
    for (ElevantArticle a : articles) {
      List<Annotation> p = new ArrayList<>();
      for (ElevantMention m : a.mentions()) {
        if (m.entityId() != null) {
          p.add(new Annotation(m.span(), ElevantIds.isUnknown(m.entityId()) ? null : m.entityId(), "", 1.0));
        }
      }
      out.add(p);
    }
    return out;
  }
}
