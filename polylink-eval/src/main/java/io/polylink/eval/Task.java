package io.polylink.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The evaluation tasks, as {@code eval --task} names them. */
public enum Task {
  /** End-to-end linking: find the mentions and link them. */
  A2KB,
  /** Linking given the gold mentions. */
  D2KB,
  /** Ranking given candidate lists (PPRforNED). */
  RANK,
  /** Retrieval of a concept for a short query (MELO). */
  RETRIEVAL,
  /** Clustering the mentions of entities the KB lacks (HIPE, the EDIN setting). */
  NIL,
  /** PII detection (the redactor, a baseline or stored predictions). */
  PII;

  /** The name on the command line and in results: the constant in lower case. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The task {@code code} names, case ignored; an unknown one is an IllegalArgumentException naming it. */
  public static Task of(String code) {
    for (Task t : values()) {
      if (t.code().equals(code == null ? null : code.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown task '" + (code == null ? null : code.toLowerCase(Locale.ROOT))
        + "', expected one of " + codes());
  }

  /** The codes, sorted, joined by '|'. */
  static String codes() {
    return Arrays.stream(values()).map(Task::code).sorted().collect(Collectors.joining("|"));
  }
}
