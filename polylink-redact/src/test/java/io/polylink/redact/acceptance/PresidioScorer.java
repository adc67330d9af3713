package io.polylink.redact.acceptance;

import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.EvalDocument;
import io.polylink.eval.format.presidio.PresidioReader;
import io.polylink.eval.metrics.PiiSpanMetrics;
import io.polylink.eval.metrics.PiiTokenMetrics;
import io.polylink.eval.metrics.Prf;
import io.polylink.eval.pii.PresidioTypes;
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
 * ({@link PresidioReader}) and two of its metrics:
 *
 * <ul>
 *   <li><b>strict</b> ({@link PiiSpanMetrics}): exact span and type. Presidio's types map to Polylink's: GPE to
 *       LOCATION, DOMAIN_NAME to URL, the rest by name. Supported (scored): PERSON, LOCATION, ORGANIZATION,
 *       STREET_ADDRESS, EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, URL, DATE_TIME, US_SSN. Not
 *       supported, and left out: ZIP_CODE, AGE, TITLE, NRP, US_DRIVER_LICENSE (their predictions are dropped, their
 *       gold spans not counted).
 *   <li><b>token</b> ({@link PiiTokenMetrics}): per token, IO scheme, as presidio-research's {@code Evaluator}
 *       scores, with presidio-research's own mapping of the data set's types to Presidio's
 *       ({@link #PRESIDIO_MAPPING}, from its {@code PRESIDIO_CONFIGURATION}: STREET_ADDRESS, GPE and NRP are
 *       LOCATION; TITLE, AGE and ZIP_CODE are outside). Polylink's STREET_ADDRESS counts as LOCATION there. Types
 *       Polylink has no recognizer for (US_DRIVER_LICENSE) are outside on both sides.
 * </ul>
 */
final class PresidioScorer {

  // the harness's own mappings, so that `eval --task pii` and this test score alike (PresidioTypes says how)
  static final Map<String, String> TYPE_MAP = PresidioTypes.TYPE_MAP;
  static final Set<String> SUPPORTED = PresidioTypes.SUPPORTED;
  /** presidio-research's mapping of the synthetic set's types to Presidio's (its PRESIDIO_CONFIGURATION). */
  static final Map<String, String> PRESIDIO_MAPPING = PresidioTypes.PRESIDIO_MAPPING;
  /** Types scored per token: Presidio's names of the types Polylink has recognizers for. */
  static final Set<String> TOKEN_SUPPORTED = PresidioTypes.TOKEN_SUPPORTED;

  /**
   * Both scores of one run, and the per-token score split by template: {@code dev} over the documents of
   * even-numbered templates (the only ones whose errors were read while writing rules), {@code heldOut} over the
   * odd-numbered ones (never inspected: the honest figure).
   */
  record Scores(PiiSpanMetrics strict, PiiTokenMetrics token, PiiTokenMetrics dev, PiiTokenMetrics heldOut) {}

  private PresidioScorer() {}

  static Dataset dataset(Path dataDir) {
    return PresidioReader.read(dataDir.resolve("pii/presidio-research/synth_dataset_v2.json"), "presidio-synth-v2");
  }

  /** The {@code template_id} of each document of the set, by position (the reader's document ids). */
  static int[] templateIds(Path dataDir) throws java.io.IOException {
    com.fasterxml.jackson.databind.JsonNode all = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(dataDir.resolve("pii/presidio-research/synth_dataset_v2.json").toFile());
    int[] ids = new int[all.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = all.get(i).path("template_id").asInt(-1);
    }
    return ids;
  }

  /** Exact-span and per-token metrics over the supported types; {@code templates} as {@link #templateIds}. */
  static Scores score(Dataset ds, Redactor r, int[] templates) {
    PiiSpanMetrics m = new PiiSpanMetrics();
    PiiTokenMetrics tokens = new PiiTokenMetrics();
    PiiTokenMetrics dev = new PiiTokenMetrics();
    PiiTokenMetrics heldOut = new PiiTokenMetrics();
    for (EvalDocument d : ds.documents()) {
      List<Detection> detections = r.analyze(d.id(), d.text(), "en");
      List<Annotation> gold = new ArrayList<>();
      for (Annotation a : d.gold()) {
        String t = TYPE_MAP.getOrDefault(a.type(), a.type());
        if (SUPPORTED.contains(t)) {
          gold.add(Annotation.gold(a.span(), null, t));
        }
      }
      List<Annotation> pred = new ArrayList<>();
      for (Detection det : detections) {
        if (SUPPORTED.contains(det.type())) {
          pred.add(new Annotation(new Span(TextOffsets.toCodePoint(d.text(), det.start()),
              TextOffsets.toCodePoint(d.text(), det.end())), null, det.type(), det.score()));
        }
      }
      int template = templates[Integer.parseInt(d.id())];
      // Errors are printed for the even-numbered templates only: the odd ones stay unread, so their figure is honest.
      if (Boolean.getBoolean("polylink.debug") && template % 2 == 0) {
        for (Annotation p : pred) {
          if (gold.stream().noneMatch(x -> x.span().equals(p.span()) && x.type().equals(p.type()))) {
            String by = detections.stream().filter(x -> TextOffsets.toCodePoint(d.text(), x.start())
                == p.span().start()).map(Detection::recognizer).findFirst().orElse("?");
            System.out.println("FALSE " + p.type() + " '" + TextOffsets.substring(d.text(), p.span()) + "' (" + by
                + ") gold "
                + gold.stream().filter(x -> x.span().overlaps(p.span())).map(x -> x.type() + ":'"
                + TextOffsets.substring(d.text(), x.span()) + "'").toList() + " in: " + d.text().replace('\n', ' '));
          }
        }
        for (Annotation g : gold) {
          if (pred.stream().noneMatch(x -> x.span().equals(g.span()) && x.type().equals(g.type()))) {
            System.out.println("MISS " + g.type() + " '" + TextOffsets.substring(d.text(), g.span()) + "' got "
                + pred.stream().filter(x -> x.span().overlaps(g.span())).map(x -> x.type() + ":'"
                + TextOffsets.substring(d.text(), x.span()) + "'").toList() + " in: " + d.text().replace('\n', ' '));
          }
        }
      }
      m.add(gold, pred);
      List<Annotation> tokenGold = new ArrayList<>();
      for (Annotation a : d.gold()) {
        String t = PRESIDIO_MAPPING.getOrDefault(a.type(), "O");
        if (TOKEN_SUPPORTED.contains(t)) {
          tokenGold.add(Annotation.gold(a.span(), null, t));
        }
      }
      List<Annotation> tokenPred = new ArrayList<>();
      for (Detection det : detections) {
        String t = det.type().equals(PiiTypes.STREET_ADDRESS) ? PiiTypes.LOCATION : det.type();
        if (TOKEN_SUPPORTED.contains(t)) {
          tokenPred.add(new Annotation(new Span(TextOffsets.toCodePoint(d.text(), det.start()),
              TextOffsets.toCodePoint(d.text(), det.end())), null, t, det.score()));
        }
      }
      tokens.add(d.text(), tokenGold, tokenPred);
      (template % 2 == 0 ? dev : heldOut).add(d.text(), tokenGold, tokenPred);
    }
    return new Scores(m, tokens, dev, heldOut);
  }

  /**
   * Figures as dotted keys: strict {@code <TYPE>.precision|recall|f1|f2} and {@code micro.*}; per token
   * {@code token.<TYPE>.*} and {@code token.pii.*}; the same per half as {@code dev.token.*} and
   * {@code heldout.token.*}.
   */
  static Map<String, Double> figures(Scores s) {
    Map<String, Double> out = new LinkedHashMap<>();
    put(out, "micro", s.strict().micro());
    s.strict().perType().forEach((t, p) -> put(out, t, p));
    put(out, "token.pii", s.token().pii());
    s.token().perType().forEach((t, p) -> put(out, "token." + t, p));
    put(out, "dev.token.pii", s.dev().pii());
    s.dev().perType().forEach((t, p) -> put(out, "dev.token." + t, p));
    put(out, "heldout.token.pii", s.heldOut().pii());
    s.heldOut().perType().forEach((t, p) -> put(out, "heldout.token." + t, p));
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
