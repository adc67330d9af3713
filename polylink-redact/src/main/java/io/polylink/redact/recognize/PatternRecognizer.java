package io.polylink.redact.recognize;

import io.polylink.redact.Detection;
import io.polylink.redact.Recognizer;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression whose matches are scored by a validator: the validator returns the score, or a negative
 * number to reject the match (a failed checksum, an impossible date).
 */
final class PatternRecognizer implements Recognizer {

  private final String name;
  private final String type;
  private final Pattern pattern;
  private final ToDoubleFunction<String> scorer;
  private final char trigger;

  /**
   * @param trigger a char every match contains, checked before running the pattern so texts without it cost one
   *     scan; 0 for none
   */
  PatternRecognizer(String name, String type, Pattern pattern, char trigger, ToDoubleFunction<String> scorer) {
    this.name = name;
    this.type = type;
    this.pattern = pattern;
    this.trigger = trigger;
    this.scorer = scorer;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void recognize(String text, String language, List<Detection> out) {
    if (trigger != 0 && text.indexOf(trigger) < 0) {
      return;
    }
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String value = m.group();
      double score = scorer.applyAsDouble(value);
      if (score > 0) {
        out.add(new Detection(type, m.start(), m.end(), Math.min(1, score), name));
      }
    }
  }
}
