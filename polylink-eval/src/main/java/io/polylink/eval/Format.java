package io.polylink.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The corpus formats a dataset can be read from, as {@code eval --format} names them. */
public enum Format {
  NIF,
  ELEVANT,
  HIPE,
  PPRFORNED,
  MELO,
  BRAT,
  PRESIDIO;

  /** The name on the command line and in results: the constant in lower case. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format {@code code} names, case ignored; an unknown one is an IllegalArgumentException naming it. */
  public static Format of(String code) {
    for (Format f : values()) {
      if (f.code().equals(code == null ? null : code.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + (code == null ? null : code.toLowerCase(Locale.ROOT))
        + "', expected one of " + codes());
  }

  /** The codes, sorted, joined by '|'. */
  static String codes() {
    return Arrays.stream(values()).map(Format::code).sorted().collect(Collectors.joining("|"));
  }
}
