package io.polylink.eval;

/** The corpus formats a dataset can be read from, as {@code eval --format} names them. */
public enum Format {
  NIF, ELEVANT, HIPE, PPRFORNED, MELO, BRAT, PRESIDIO;

  /** The name on the command line and in results: the constant in lower case. */
  public String code() {
    return Codes.code(this);
  }

  /** The format {@code code} names, case ignored; an unknown one is an IllegalArgumentException naming it. */
  public static Format of(String code) {
    return Codes.of(Format.class, code, "format");
  }
}
