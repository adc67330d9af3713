package io.polylink.redact.tagger;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.eval.Annotation;
import io.polylink.eval.EvalDocument;
import io.polylink.eval.format.brat.BratReader;
import io.polylink.eval.metrics.PiiSpanMetrics;
import io.polylink.model.Language;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import io.polylink.redact.Detection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/**
 * MEDDOCAN (Spanish clinical): trained on train, strict span F1 on dev by the harness's brat reader and PII metric.
 * Training takes about 20 s on one core, so it runs by default; skips when the shared data is absent.
 */
@Tag("acceptance")
@Tag("data")
@Tag("slow")
class MeddocanTest {

  @Test
  void strictSpanF1OnDevIsAtLeast090() {
    Path base = io.polylink.testsupport.TestData.require("pii/meddocan/train/brat").getParent().getParent();
    TaggerModel m = TaggerModel.train(BratCorpus.read(base.resolve("train/brat")), TaggerModel.Settings.defaults());
    PiiSpanMetrics metrics = new PiiSpanMetrics();
    for (EvalDocument d : BratReader.read(base.resolve("dev/brat"), "meddocan-dev", Language.of("es")).documents()) {
      List<Annotation> pred = new ArrayList<>();
      for (Detection det : m.tag(d.text())) {
        pred.add(new Annotation(new Span(TextOffsets.toCodePoint(d.text(), det.start()),
            TextOffsets.toCodePoint(d.text(), det.end())), null, det.type(), det.score()));
      }
      metrics.add(d.gold(), pred);
    }
    double f1 = metrics.micro().f1();
    System.out.printf(java.util.Locale.ROOT, "MEDDOCAN dev strict F1 %.4f (P %.4f R %.4f)%n", f1,
        metrics.micro().precision(), metrics.micro().recall());
    // measured 0.9508 with the default settings; the issue asks for 0.90
    assertTrue(f1 >= 0.94, "MEDDOCAN strict F1 " + f1);
  }
}
