package io.polylink.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.EvalDocument;
import io.polylink.eval.card.DataCard;
import io.polylink.model.Language;
import io.polylink.model.Span;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportAndCardTest {

  @Test
  void htmlIsSelfContainedWithSvgPlots() throws Exception {
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> results = List.of(
        m.readTree("{\"task\":\"a2kb\",\"dataset\":\"kore50\",\"system\":\"refined\",\"n\":50,"
            + "\"micro\":{\"precision\":0.6,\"recall\":0.6,\"f1\":0.6},\"elevant\":{\"REQUIRED\":{\"f1\":0.62}}}"),
        m.readTree("{\"task\":\"a2kb\",\"dataset\":\"kore50\",\"system\":\"<b>rel</b>\",\"n\":50,"
            + "\"micro\":{\"precision\":0.5,\"recall\":0.4,\"f1\":0.44}}"));
    List<Annotation> gold = List.of(Annotation.gold(new Span(0, 2), "Q1", ""));
    List<Annotation> pred = List.of(new Annotation(new Span(0, 2), "Q1", "", 0.4));
    var curve = ThresholdCurve.compute(List.of(gold), List.of(pred));
    assertEquals(1.0, curve.get(0).counts().f1(), 1e-9);
    assertEquals(0.0, curve.get(20).counts().f1(), 1e-9);
    String html = Report.html("Peers", results, Map.of("refined", curve));
    assertTrue(html.contains("<svg") && html.contains("<polyline") && html.contains("0.6200"));
    assertTrue(html.contains("&lt;b&gt;rel&lt;/b&gt;"), "names are escaped");
    assertFalse(html.contains("<script") || html.contains("http://cdn") || html.contains("https://cdn")
        || html.contains("<link"), "no scripts, no external resources");
    String md = Report.markdown("Peers", results);
    assertTrue(md.contains("| a2kb | kore50 | refined | 50 | 0.6000 |"), md);
  }

  @Test
  void dataCardCountsByHand() {
    Dataset d = new Dataset("toy", List.of(new EvalDocument("1", "Paris and Rome and Foo", Language.of("en"),
        List.of(Annotation.gold(new Span(0, 5), "Q90", ""), Annotation.gold(new Span(10, 14), "Q220", ""),
            Annotation.gold(new Span(19, 22), null, "")))));
    String card = DataCard.markdown(d, new DataCard.Provenance("src", "MIT", "A toy."), Set.of("Q90")::contains);
    assertTrue(card.contains("| mentions | 3 |"), card);
    assertTrue(card.contains("| NIL mentions | 1 (33.3%) |"), card);
    assertTrue(card.contains("| entity overlap with the KB | 1 of 2 (50.0%) |"), card);
    assertTrue(card.contains("| 3-5 | 3 |"), card);
    assertTrue(card.contains("| licence | MIT |"), card);
  }
}
