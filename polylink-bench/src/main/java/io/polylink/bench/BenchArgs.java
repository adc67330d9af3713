package io.polylink.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} options of a benchmark main. Unknown names are rejected with the list of known ones, so a
 * typo does not silently run the default (and long) configuration.
 */
final class BenchArgs {

  private final Map<String, String> values = new HashMap<>();

  private BenchArgs() {}

  /**
   * Parses {@code args} as {@code --name value} pairs.
   *
   * @param known the option names (without dashes) the caller accepts
   * @throws IllegalArgumentException for an unknown option, a missing value, or a stray argument
   */
  static BenchArgs parse(String[] args, Set<String> known) {
    BenchArgs a = new BenchArgs();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("expected an option like --entities 1000, got '" + arg + "'");
      }
      String name = arg.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown option --" + name + "; known: --" + String.join(", --",
            known.stream().sorted().toList()));
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option --" + name + " needs a value");
        }
        value = args[++i];
      }
      a.values.put(name, value);
    }
    return a;
  }

  String string(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  Path path(String name, Path fallback) {
    String v = values.get(name);
    return v == null ? fallback : Path.of(v);
  }

  int integer(String name, int fallback) {
    return number(name, fallback, v -> Integer.parseInt(v.replace("_", "").replace(",", "")), "an integer");
  }

  long longValue(String name, long fallback) {
    return number(name, fallback, v -> Long.parseLong(v.replace("_", "").replace(",", "")), "an integer");
  }

  double decimal(String name, double fallback) {
    return number(name, fallback, Double::parseDouble, "a number");
  }

  /**
   * The synthetic data of {@code --entities} and {@code --seed}, each defaulting to {@code fallback}'s (the KB's
   * recorded origin, or the benchmark's own default).
   */
  SyntheticData.Origin origin(SyntheticData.Origin fallback) {
    return new SyntheticData.Origin(integer("entities", fallback.entities()), longValue("seed", fallback.seed()));
  }

  private <T> T number(String name, T fallback, java.util.function.Function<String, T> parse, String what) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return parse.apply(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be " + what + ", got '" + v + "'");
    }
  }

  boolean bool(String name, boolean fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new IllegalArgumentException("--" + name + " must be true or false, got '" + v + "'");
    };
  }
}
