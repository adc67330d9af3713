package io.polylink.kb.source;

import com.fasterxml.jackson.core.JacksonException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors as one plain line a user can act on: without Jackson's class and feature names
 * ({@code ObjectNode}, {@code StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION}, {@code StreamReadConstraints...}) and
 * without its {@code [Source: ...]} blocks. The server, {@code kb build} and the command line all word JSON errors
 * through here; callers add where (line and column) themselves.
 */
public final class JsonErrors {
  private JsonErrors() {}

  // Jackson formats its numbers in the default locale, so they may come in any script's digits (\p{Nd}); they
  // are written back in ASCII digits
  private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\p{Nd}+), column: (\\p{Nd}+)\\]");
  private static final Pattern DEPTH = Pattern.compile(
      "nesting depth \\((\\p{Nd}+)\\) exceeds the maximum allowed \\((\\p{Nd}+)");
  private static final Pattern LENGTH = Pattern.compile("(String value|Number value|Name) length \\((\\p{Nd}+)\\) "
      + "exceeds the maximum allowed? \\((\\p{Nd}+)");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*?)'");
  private static final Pattern BACKTICKED = Pattern.compile("`[^`]*`");

  /** The plain one-line reason of {@code e}. */
  public static String plain(JacksonException e) {
    return plain(e.getOriginalMessage());
  }

  /** The plain one-line form of a Jackson message. */
  public static String plain(String message) {
    if (message == null || message.isBlank()) {
      return "malformed JSON";
    }
    String m = message.replace('\n', ' ').replace('\r', ' ').strip();
    Matcher depth = DEPTH.matcher(m);
    if (depth.find()) {
      return "the JSON is nested more than " + ascii(depth.group(2)) + " levels deep";
    }
    Matcher length = LENGTH.matcher(m);
    if (length.find()) {
      String what = switch (length.group(1)) {
        case "String value" -> "a string";
        case "Number value" -> "a number";
        default -> "a field name";
      };
      return what + " of " + ascii(length.group(2)) + " characters is longer than the limit of " + ascii(length.group(3));
    }
    Matcher dup = DUPLICATE.matcher(m);
    if (dup.find()) {
      return "duplicate field '" + dup.group(1) + "'";
    }
    if (m.startsWith("Trailing token")) {
      return "more content after the JSON value; send exactly one JSON value";
    }
    m = scrub(m);
    return m.isEmpty() ? "malformed JSON" : Character.toLowerCase(m.charAt(0)) + m.substring(1);
  }

  /**
   * Removes Jackson's {@code [Source: ...]} blocks (keeping line and column) and its clauses and parentheticals that
   * name Jackson classes or features from any message, keeping the rest as it is.
   */
  public static String scrub(String message) {
    String m = message.replace('\n', ' ').replace('\r', ' ');
    m = SOURCE.matcher(m).replaceAll(r -> "line " + ascii(r.group(1)) + ", column " + ascii(r.group(2)));
    // a remaining clause that names Jackson's own settings or classes is dropped
    int internal = m.indexOf(": not allowed");
    if (internal > 0 && m.indexOf('`', internal) > 0) {
      m = m.substring(0, internal);
    }
    m = m.replaceAll("\\s*\\((?:[^()]|\\([^()]*\\))*`[^()]*\\)", "");
    return BACKTICKED.matcher(m).replaceAll("a value").replaceAll("\\s+", " ").strip();
  }

  /** Digits of any script as ASCII digits ("१००१" -> "1001"). */
  private static String ascii(String digits) {
    StringBuilder out = new StringBuilder(digits.length());
    digits.codePoints().forEach(c -> out.append((char) ('0' + Character.digit(c, 10))));
    return out.toString();
  }

  /** True when a message still carries one of Jackson's internal names (for tests and last-resort checks). */
  public static boolean quotesInternals(String message) {
    String m = message.toLowerCase(Locale.ROOT);
    return m.contains("streamreadfeature") || m.contains("streamreadconstraints") || m.contains("objectnode")
        || m.contains("deserializationfeature") || m.contains("com.fasterxml") || m.contains("[source:")
        || message.indexOf('`') >= 0;
  }
}
