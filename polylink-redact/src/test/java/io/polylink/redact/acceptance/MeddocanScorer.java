package io.polylink.redact.acceptance;

import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.EvalDocument;
import io.polylink.eval.format.brat.BratReader;
import io.polylink.eval.metrics.PiiSpanMetrics;
import io.polylink.model.Language;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import io.polylink.redact.Detection;
import io.polylink.redact.tagger.TaggerModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Strict span scoring (exact start, end and type) of a tagger on MEDDOCAN dev, with the harness's brat reader. */
final class MeddocanScorer {

  private MeddocanScorer() {}

  static PiiSpanMetrics score(Path devBrat, TaggerModel model) {
    return score(devBrat, model::tag);
  }

  /** The same with any tagger (a redactor's {@code analyze}). */
  static PiiSpanMetrics score(Path devBrat, java.util.function.Function<String, List<Detection>> tagger) {
    Dataset ds = BratReader.read(devBrat, "meddocan-dev", Language.of("es"));
    PiiSpanMetrics m = new PiiSpanMetrics();
    for (EvalDocument d : ds.documents()) {
      List<Annotation> pred = new ArrayList<>();
      for (Detection det : tagger.apply(d.text())) {
        pred.add(new Annotation(new Span(TextOffsets.toCodePoint(d.text(), det.start()),
            TextOffsets.toCodePoint(d.text(), det.end())), null, det.type(), det.score()));
      }
      m.add(d.gold(), pred);
    }
    return m;
  }
}
