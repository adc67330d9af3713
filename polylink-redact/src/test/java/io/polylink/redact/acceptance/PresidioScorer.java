package io.polylink.redact.acceptance;

import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.EvalDocument;
import io.polylink.eval.io.PresidioReader;
import io.polylink.eval.metrics.PiiSpanMetrics;
import io.polylink.eval.metrics.Prf;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import io.polylink.redact.Redactor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the redactor on presidio-research's synthetic set with the evaluation harness's own reader
 * ({@link PresidioReader}) and metric ({@link PiiSpanMetrics}: exact span and type).
 *
 * <p>Presidio's types map to Polylink's: GPE to LOCATION, DOMAIN_NAME to URL, the rest by name. Supported (scored):
 * PERSON, LOCATION, ORGANIZATION, EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, URL, DATE_TIME,
 * US_SSN. Not supported, and left out of the overall figure: STREET_ADDRESS, ZIP_CODE, AGE, TITLE, NRP,
 * US_DRIVER_LICENSE — Polylink has no recognizer for them (their predictions are dropped, their gold spans not
 * counted).
 */
final class PresidioScorer {

  static final Map<String, String> TYPE_MAP = Map.of("GPE", PiiTypes.LOCATION, "DOMAIN_NAME", PiiTypes.URL);
  static final Set<String> SUPPORTED = Set.of(PiiTypes.PERSON, PiiTypes.LOCATION, PiiTypes.ORGANIZATION,
      PiiTypes.EMAIL_ADDRESS, PiiTypes.PHONE_NUMBER, PiiTypes.CREDIT_CARD, PiiTypes.IBAN_CODE, PiiTypes.IP_ADDRESS,
      PiiTypes.URL, PiiTypes.DATE_TIME, PiiTypes.US_SSN);

  private PresidioScorer() {}

  static Dataset dataset(Path dataDir) {
    return PresidioReader.read(dataDir.resolve("pii/presidio-research/synth_dataset_v2.json"), "presidio-synth-v2");
  }

  /** Exact-span metrics over the supported types. */
  static PiiSpanMetrics score(Dataset ds, Redactor r) {
    PiiSpanMetrics m = new PiiSpanMetrics();
    for (EvalDocument d : ds.documents()) {
      List<Annotation> gold = new ArrayList<>();
      for (Annotation a : d.gold()) {
        String t = TYPE_MAP.getOrDefault(a.type(), a.type());
        if (SUPPORTED.contains(t)) {
          gold.add(Annotation.gold(a.span(), null, t));
        }
      }
      List<Annotation> pred = new ArrayList<>();
      for (Detection det : r.analyze(d.id(), d.text(), "en")) {
        if (SUPPORTED.contains(det.type())) {
          pred.add(new Annotation(new Span(TextOffsets.toCodePoint(d.text(), det.start()),
              TextOffsets.toCodePoint(d.text(), det.end())), null, det.type(), det.score()));
        }
      }
      if (Boolean.getBoolean("polylink.debug")) {
        for (Annotation g : gold) {
          if (pred.stream().noneMatch(x -> x.span().equals(g.span()) && x.type().equals(g.type()))) {
            System.out.println("MISS " + g.type() + " '" + TextOffsets.substring(d.text(), g.span()) + "' got "
                + pred.stream().filter(x -> x.span().overlaps(g.span())).map(x -> x.type() + ":'"
                + TextOffsets.substring(d.text(), x.span()) + "'").toList());
          }
        }
      }
      m.add(gold, pred);
    }
    return m;
  }

  /** Figures as dotted keys: {@code <TYPE>.precision|recall|f1|f2} and {@code micro.*}. */
  static Map<String, Double> figures(PiiSpanMetrics m) {
    Map<String, Double> out = new LinkedHashMap<>();
    put(out, "micro", m.micro());
    m.perType().forEach((t, p) -> put(out, t, p));
    return out;
  }

  private static void put(Map<String, Double> out, String k, Prf p) {
    out.put(k + ".precision", round(p.precision()));
    out.put(k + ".recall", round(p.recall()));
    out.put(k + ".f1", round(p.f1()));
    out.put(k + ".f2", round(p.f2()));
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
