package io.polylink.redact.recognize;

import io.polylink.kb.identifiers.Validators;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Validators that turn a date-like match into a score, or reject it. */
final class DateScores {

  private DateScores() {}

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*", Pattern.DOTALL);
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");

  /** yyyy-mm-dd with an optional time. */
  static double iso(String s) {
    Matcher m = ISO.matcher(s);
    if (!m.matches()) {
      return -1;
    }
    return Validators.date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
        ? 0.95 : -1;
  }

  /** dd/mm/yyyy or mm/dd/yyyy (either reading must be a real date); 2-digit years allowed. */
  static double numeric(String s) {
    Matcher m = NUMERIC.matcher(s);
    if (!m.matches()) {
      return -1;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    int y = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      y += 2000;
    }
    if (!Validators.date(y, b, a) && !Validators.date(y, a, b)) {
      return -1;
    }
    // separators must agree: 12-05/2019 is not a date
    char s1 = s.charAt(m.end(1));
    char s2 = s.charAt(m.end(2));
    return s1 == s2 ? 0.9 : -1;
  }

  /** A bare year: at the threshold alone, made strong by a context word ("born in", "year"). */
  static double year(String s) {
    int y = Integer.parseInt(s);
    return y >= 1900 && y <= 2099 ? 0.5 : -1;
  }

  /** hh:mm[:ss] [am|pm]. */
  static double time(String s) {
    String[] p = s.replaceAll("(?i)\\s*[ap]\\.?m\\.?", "").split(":");
    int h = Integer.parseInt(p[0].trim());
    int mi = Integer.parseInt(p[1].trim());
    int se = p.length > 2 ? Integer.parseInt(p[2].trim()) : 0;
    return h < 24 && mi < 60 && se < 60 ? 0.6 : -1;
  }
}
