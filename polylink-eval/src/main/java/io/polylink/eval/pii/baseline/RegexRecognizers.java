package io.polylink.eval.pii.baseline;

import io.polylink.eval.Annotation;
import io.polylink.kb.identifiers.Validators;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BASELINE ONLY, not Polylink's PII module (which does not exist yet): the regular-expression recognizers that are
 * standard for PII types with a fixed shape, each with the validation commonly paired with it: the redactor's own
 * {@link Validators}, so that baseline and redactor accept the same values.
 *
 * <table>
 *   <caption>recognizers</caption>
 *   <tr><th>type</th><th>pattern</th><th>validation</th></tr>
 *   <tr><td>EMAIL_ADDRESS</td><td>local@domain.tld (RFC 5322 simplified)</td><td>-</td></tr>
 *   <tr><td>URL</td><td>http(s)://... or www....</td><td>-</td></tr>
 *   <tr><td>IP_ADDRESS</td><td>dotted quad; full or {@code ::}-compressed IPv6</td>
 *       <td>octets 0..255, no leading zeros</td></tr>
 *   <tr><td>CREDIT_CARD</td><td>12-19 digits, optional space or dash groups</td><td>Luhn</td></tr>
 *   <tr><td>IBAN_CODE</td><td>2 letters, 2 digits, 11-30 alphanumerics, optional spaces every 4</td>
 *       <td>mod 97 and the country's format (iban4j)</td></tr>
 *   <tr><td>US_SSN</td><td>ddd-dd-dddd</td><td>area not 000/666/9xx, group not 00, serial not 0000, no advertised
 *       number</td></tr>
 *   <tr><td>PHONE_NUMBER</td><td>optional +country, optional (area), digit groups separated by space, dot or dash</td>
 *       <td>7-15 digits</td></tr>
 *   <tr><td>DATE_TIME</td><td>ISO dates and date-times, d/m/y and m/d/y, "12 March 2004", "March 12, 2004",
 *       clock times, weekday and month names</td><td>-</td></tr>
 * </table>
 *
 * Overlapping matches are resolved longest first, then by the order above.
 */
public final class RegexRecognizers {

  /**
   * One recognizer.
   *
   * @param type the PII type it emits
   * @param pattern the expression; group 0 is the span
   * @param valid the validation a match must pass
   */
  public record Recognizer(String type, Pattern pattern, Predicate<String> valid) {}

  private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
      + "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?";

  /** The recognizers, in priority order. */
  public static final List<Recognizer> ALL = List.of(
      new Recognizer("EMAIL_ADDRESS", Pattern.compile(
          "\\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}\\b"), s -> true),
      new Recognizer("URL", Pattern.compile(
          "\\b(?:https?://|www\\.)[^\\s<>\"']+[^\\s<>\"'.,;:!?)]"), s -> true),
      new Recognizer("IP_ADDRESS", Pattern.compile(
          "\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b|\\b(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}\\b"
              + "|\\b(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4}\\b"),
          s -> s.contains(":") || Validators.ipv4(s)),
      new Recognizer("CREDIT_CARD", Pattern.compile("\\b\\d(?:[ -]?\\d){11,18}\\b"), Validators::luhn),
      new Recognizer("IBAN_CODE", Pattern.compile("\\b[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]){11,30}\\b"), Validators::iban),
      new Recognizer("US_SSN", Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b"), Validators::usSsn),
      new Recognizer("PHONE_NUMBER", Pattern.compile(
          "(?<![\\w+])(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{1,4}\\)[ .-]?)?\\d{2,5}(?:[ .-]\\d{2,5}){1,4}(?![\\w-])"
              + "|(?<![\\w+])\\+\\d{7,14}\\b|\\b\\d{10}\\b"), Validators::phoneDigits),
      new Recognizer("DATE_TIME", Pattern.compile(
          "\\b\\d{4}-\\d{2}-\\d{2}(?:[ T]" + TIME + ")?\\b"
              + "|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b"
              + "|\\b\\d{1,2}(?:st|nd|rd|th)? " + MONTH + "\\.?,? \\d{4}\\b"
              + "|\\b" + MONTH + "\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b"
              + "|\\b" + MONTH + " \\d{4}\\b"
              + "|\\b" + TIME + "|\\b" + WEEKDAY + "\\b|\\b(?:January|February|March|April|June|July|August|"
              + "September|October|November|December)\\b"), s -> true));

  private RegexRecognizers() {}

  /** Every validated match in {@code text}, overlaps resolved, spans in code points. */
  public static List<Annotation> find(String text) {
    record Hit(int start, int end, int priority, String type) {}
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < ALL.size(); i++) {
      Recognizer r = ALL.get(i);
      Matcher m = r.pattern().matcher(text);
      while (m.find()) {
        if (r.valid().test(m.group())) {
          hits.add(new Hit(m.start(), m.end(), i, r.type()));
        }
      }
    }
    hits.sort(Comparator.comparingInt((Hit h) -> h.start() - h.end()).thenComparingInt(Hit::priority)
        .thenComparingInt(Hit::start));
    List<Hit> kept = new ArrayList<>();
    for (Hit h : hits) {
      if (kept.stream().noneMatch(k -> k.start() < h.end() && h.start() < k.end())) {
        kept.add(h);
      }
    }
    TextOffsets.Index cp = new TextOffsets.Index(text);
    return kept.stream().sorted(Comparator.comparingInt(Hit::start))
        .map(h -> new Annotation(new Span(cp.codePointAt(h.start()), cp.codePointAt(h.end())), null, h.type(), 1.0))
        .toList();
  }
}
