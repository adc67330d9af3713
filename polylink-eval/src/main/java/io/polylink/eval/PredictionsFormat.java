package io.polylink.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats stored predictions can be read from, as {@code eval --predictions-format} names them. */
public enum PredictionsFormat {
  ELEVANT,
  NIF,
  JSONL;

  /** The name on the command line: the constant in lower case. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format {@code code} names, case ignored; an unknown one is an IllegalArgumentException naming it. */
  public static PredictionsFormat of(String code) {
    for (PredictionsFormat f : values()) {
      if (f.code().equals(code == null ? null : code.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown predictions format '"
        + (code == null ? null : code.toLowerCase(Locale.ROOT)) + "', expected one of "
        + Arrays.stream(values()).map(PredictionsFormat::code).sorted().collect(Collectors.joining("|")));
  }

  /** The default for a dataset format: the same when it can hold predictions (elevant, nif), else jsonl. */
  static PredictionsFormat defaultFor(Format f) {
    return f == Format.ELEVANT ? ELEVANT : f == Format.NIF ? NIF : JSONL;
  }
}
