package io.polylink.eval.pii;

import io.polylink.eval.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How presidio-research's synthetic set is scored against Polylink's PII types, in the two ways the redactor's
 * acceptance test reports (polylink-redact's {@code PresidioScorer}; the figures must agree):
 *
 * <ul>
 *   <li><b>exact span</b>: gold GPE is LOCATION and DOMAIN_NAME is URL, the rest keep their names; only the types
 *       Polylink recognizes ({@link #SUPPORTED}) are scored, on both sides;</li>
 *   <li><b>per token</b>: presidio-research's own mapping of the set's types ({@link #PRESIDIO_MAPPING}, its
 *       {@code PRESIDIO_CONFIGURATION}: STREET_ADDRESS, GPE and NRP are LOCATION; TITLE, AGE, ZIP_CODE outside);
 *       Polylink's STREET_ADDRESS counts as LOCATION; scored over {@link #TOKEN_SUPPORTED}.</li>
 * </ul>
 */
public final class PresidioTypes {

  /** Gold types renamed for exact-span scoring. */
  public static final Map<String, String> TYPE_MAP = Map.of("GPE", "LOCATION", "DOMAIN_NAME", "URL");
  /** Types scored in exact spans. */
  public static final Set<String> SUPPORTED = Set.of("PERSON", "LOCATION", "ORGANIZATION", "STREET_ADDRESS",
      "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL", "DATE_TIME", "US_SSN");
  /** presidio-research's mapping of the synthetic set's types to Presidio's (its PRESIDIO_CONFIGURATION). */
  public static final Map<String, String> PRESIDIO_MAPPING = Map.ofEntries(Map.entry("STREET_ADDRESS", "LOCATION"),
      Map.entry("PERSON", "PERSON"), Map.entry("GPE", "LOCATION"), Map.entry("ORGANIZATION", "ORGANIZATION"),
      Map.entry("PHONE_NUMBER", "PHONE_NUMBER"), Map.entry("DATE_TIME", "DATE_TIME"), Map.entry("TITLE", "O"),
      Map.entry("CREDIT_CARD", "CREDIT_CARD"), Map.entry("US_SSN", "US_SSN"), Map.entry("AGE", "O"),
      Map.entry("NRP", "LOCATION"), Map.entry("ZIP_CODE", "O"), Map.entry("EMAIL_ADDRESS", "EMAIL_ADDRESS"),
      Map.entry("DOMAIN_NAME", "URL"), Map.entry("IP_ADDRESS", "IP_ADDRESS"), Map.entry("IBAN_CODE", "IBAN_CODE"),
      Map.entry("US_DRIVER_LICENSE", "US_DRIVER_LICENSE"));
  /** Types scored per token: Presidio's names of the types Polylink has recognizers for. */
  public static final Set<String> TOKEN_SUPPORTED = Set.of("PERSON", "LOCATION", "ORGANIZATION", "EMAIL_ADDRESS",
      "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL", "DATE_TIME", "US_SSN");

  private PresidioTypes() {}

  /** Gold spans for exact-span scoring. */
  public static List<Annotation> spanGold(List<Annotation> gold) {
    return keep(gold, TYPE_MAP, SUPPORTED);
  }

  /** Polylink's detections for exact-span scoring. */
  public static List<Annotation> spanPredicted(List<Annotation> predicted) {
    return keep(predicted, Map.of(), SUPPORTED);
  }

  /** Gold spans for per-token scoring. */
  public static List<Annotation> tokenGold(List<Annotation> gold) {
    List<Annotation> out = new ArrayList<>();
    for (Annotation a : gold) {
      String t = PRESIDIO_MAPPING.getOrDefault(a.type(), "O");
      if (TOKEN_SUPPORTED.contains(t)) {
        out.add(Annotation.gold(a.span(), null, t));
      }
    }
    return out;
  }

  /** Polylink's detections for per-token scoring. */
  public static List<Annotation> tokenPredicted(List<Annotation> predicted) {
    return keep(predicted, Map.of("STREET_ADDRESS", "LOCATION"), TOKEN_SUPPORTED);
  }

  private static List<Annotation> keep(List<Annotation> in, Map<String, String> rename, Set<String> types) {
    List<Annotation> out = new ArrayList<>();
    for (Annotation a : in) {
      String t = rename.getOrDefault(a.type(), a.type());
      if (types.contains(t)) {
        out.add(t.equals(a.type()) ? a : new Annotation(a.span(), a.entity(), t, a.score()));
      }
    }
    return out;
  }
}
