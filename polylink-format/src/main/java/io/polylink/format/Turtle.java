package io.polylink.format;

import java.util.Locale;

/** Turtle lexical helpers: string literals and IRIs that any Turtle parser reads back unchanged. */
public final class Turtle {
  private Turtle() {}

  /**
   * A quoted Turtle string: backslash, quote and line breaks escaped as ECHARs, other control characters as
   * {@code \\uXXXX}; everything else, astral characters included, written as is (Turtle is UTF-8).
   */
  public static String literal(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '"' -> sb.append("\\\"");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /**
   * An IRI in angle brackets. Characters Turtle forbids inside {@code <...>} (spaces, {@code <>"{}|^`\\} and
   * controls) are percent-encoded as UTF-8, so an id with odd characters still yields a parseable IRI.
   */
  public static String iri(String iri) {
    StringBuilder sb = new StringBuilder(iri.length() + 2).append('<');
    for (int i = 0; i < iri.length(); i++) {
      char c = iri.charAt(i);
      if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`'
          || c == '\\' || c == 0x7F) {
        sb.append(String.format(Locale.ROOT, "%%%02X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('>').toString();
  }
}
