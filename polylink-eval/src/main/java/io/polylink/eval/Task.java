package io.polylink.eval;

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
    return Codes.code(this);
  }

  /** The task {@code code} names, case ignored; an unknown one is an IllegalArgumentException naming it. */
  public static Task of(String code) {
    return Codes.of(Task.class, code, "task");
  }
}
