package io.polylink.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The command line's names of the constants of {@link Task}, {@link Format} and {@link PredictionsFormat}. */
final class Codes {

  private Codes() {}

  /** The constant in lower case. */
  static String code(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** The constant {@code code} names, case ignored; else an IllegalArgumentException naming it and the choices. */
  static <E extends Enum<E>> E of(Class<E> type, String code, String what) {
    String lower = code == null ? null : code.strip().toLowerCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (code(e).equals(lower)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown " + what + " '" + lower + "', expected one of " + all(type));
  }

  /** The codes, sorted, joined by '|'. */
  static String all(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Codes::code).sorted().collect(Collectors.joining("|"));
  }
}
