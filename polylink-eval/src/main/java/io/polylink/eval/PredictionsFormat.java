package io.polylink.eval;

/** The formats stored predictions can be read from, as {@code eval --predictions-format} names them. */
public enum PredictionsFormat {
  ELEVANT, NIF, JSONL;

  /** The name on the command line: the constant in lower case. */
  public String code() {
    return Codes.code(this);
  }

  /** The format {@code code} names, case ignored; an unknown one is an IllegalArgumentException naming it. */
  public static PredictionsFormat of(String code) {
    return Codes.of(PredictionsFormat.class, code, "predictions format");
  }

  /** The default for a dataset format: the same when it can hold predictions (elevant, nif), else jsonl. */
  static PredictionsFormat defaultFor(Format f) {
    return f == Format.ELEVANT ? ELEVANT : f == Format.NIF ? NIF : JSONL;
  }
}
