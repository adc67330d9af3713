package io.polylink.redact.recognize;

import io.polylink.kb.identifiers.Validators;
import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import io.polylink.redact.Recognizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IBANs, compact or in groups of four, in either case, validated by iban4j. A grouped match may run into the next
 * word; the longest prefix ending at a group boundary that validates is kept.
 */
final class IbanRecognizer implements Recognizer {

  private static final Pattern CANDIDATE = Pattern.compile(
      "(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])");

  @Override
  public java.util.Set<String> types() {
    return java.util.Set.of(PiiTypes.IBAN_CODE);
  }

  @Override
  public String name() {
    return "iban";
  }

  @Override
  public void recognize(String text, String language, List<Detection> out) {
    Matcher m = CANDIDATE.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int end = m.end();
      int found = -1;
      while (end > m.start() + 14) {
        if (Validators.iban(text.substring(m.start(), end))) {
          found = end;
          break;
        }
        int space = text.lastIndexOf(' ', end - 1);
        if (space <= m.start()) {
          break;
        }
        end = space;
      }
      if (found > 0) {
        out.add(new Detection(PiiTypes.IBAN_CODE, m.start(), found, 1.0, name()));
        from = found;
      } else {
        from = m.start() + 1;
      }
    }
  }
}
