package io.polylink.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.polylink.redact.operate.Operator;
import io.polylink.redact.operate.Operators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which operator redacts which type, which types are redacted at all, and the score a detection needs.
 *
 * <pre>
 * min_score: 0.5                 # default 0.5
 * types: [PERSON, EMAIL_ADDRESS] # default: every type found
 * default: {operator: replace}   # default: replace with &lt;TYPE&gt;
 * operators:
 *   PERSON: {operator: pseudonymize, secret: s3cret, scope: corpus}
 *   EMAIL_ADDRESS: {operator: mask, char: "*", chars: 6, from_end: false}
 *   PHONE_NUMBER: {operator: hash, salt: pepper}
 *   IBAN_CODE: {operator: encrypt, key: BASE64_16_24_OR_32_BYTES}
 *   DATE_TIME: {operator: keep}
 * </pre>
 *
 * @param operators operator per type
 * @param fallback operator for types not in {@code operators}
 * @param minScore detections scoring below this are dropped, in [0, 1]
 * @param types types to redact; empty means all
 */
public record Policy(Map<String, Operator> operators, Operator fallback, double minScore, Set<String> types) {

  public Policy {
    operators = Map.copyOf(operators);
    if (fallback == null) {
      throw new IllegalArgumentException("policy needs a default operator");
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("policy min_score must be in [0,1], got " + minScore);
    }
    types = Set.copyOf(types);
  }

  /** Every type replaced with {@code <TYPE>}, minimum score 0.5. */
  public static Policy defaults() {
    return new Policy(Map.of(), Operators.replace(), 0.5, Set.of());
  }

  /** The operator for {@code type}. */
  public Operator operatorFor(String type) {
    return operators.getOrDefault(type, fallback);
  }

  /** True when detections of {@code type} are redacted. */
  public boolean redacts(String type) {
    return types.isEmpty() || types.contains(type);
  }

  /** The same policy with another minimum score. */
  public Policy withMinScore(double s) {
    return new Policy(operators, fallback, s, types);
  }

  /** Whether some operator of this policy can give values back ({@link Operator#reverse}): an encrypt operator. */
  public boolean reversible() {
    return reversibleOperators().findAny().isPresent();
  }

  private java.util.stream.Stream<Operator> reversibleOperators() {
    return java.util.stream.Stream.concat(operators.values().stream(), java.util.stream.Stream.of(fallback)).distinct()
        .filter(Operator::reversible);
  }

  /** A text with the values this policy encrypted in it given back, and how many were. */
  public record Restored(String text, int values) {}

  /** The shortest encrypted value: nonce (12 bytes), tag (16) and one byte, in base64url without padding. */
  private static final int SHORTEST_ENCRYPTED = 39;
  /** Runs of base64url characters long enough to be an encrypted value. */
  private static final java.util.regex.Pattern ENCRYPTED = java.util.regex.Pattern.compile(
      "(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{" + SHORTEST_ENCRYPTED + ",}(?![A-Za-z0-9_-])");

  /**
   * Gives back every value in {@code text} that an operator of this policy encrypted (see {@link #reversible}); the
   * rest of the text, other operators' replacements included, stays as it is. AES-GCM authenticates each value, so a
   * run of characters that only looks like one is left alone, as is a value encrypted under another key.
   */
  public Restored restore(String text) {
    List<Operator> ops = reversibleOperators().toList();
    if (ops.isEmpty() || text.length() < SHORTEST_ENCRYPTED) {
      return new Restored(text, 0);
    }
    java.util.regex.Matcher m = ENCRYPTED.matcher(text);
    StringBuilder out = null;
    int last = 0;
    int n = 0;
    while (m.find()) {
      String original = null;
      for (Operator o : ops) {
        original = o.reverse(m.group()).orElse(null);
        if (original != null) {
          break;
        }
      }
      if (original != null) {
        out = out == null ? new StringBuilder(text.length()) : out;
        out.append(text, last, m.start()).append(original);
        last = m.end();
        n++;
      }
    }
    return out == null ? new Restored(text, 0) : new Restored(out.append(text, last, text.length()).toString(), n);
  }

  /** Reads a policy from a {@code .json}, {@code .yaml} or {@code .yml} file. */
  public static Policy load(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    ObjectMapper m = n.endsWith(".yaml") || n.endsWith(".yml") ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
    JsonNode root;
    try {
      root = m.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy " + file + ": " + e.getMessage(), e);
    }
    try {
      return parse(root);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("policy " + file + ": " + e.getMessage(), e);
    }
  }

  /** Builds a policy from its JSON tree (see the class comment for the keys). */
  public static Policy parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("a policy is a mapping with min_score, types, default and operators");
    }
    for (var it = root.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!Set.of("min_score", "types", "default", "operators").contains(k)) {
        throw new IllegalArgumentException("unknown policy key '" + k + "', expected min_score, types, default, operators");
      }
    }
    double min = root.path("min_score").asDouble(0.5);
    Set<String> types = new TreeSet<>();
    root.path("types").forEach(t -> types.add(t.asText()));
    Operator fallback = root.has("default") ? operator(root.get("default"), "default") : Operators.replace();
    Map<String, Operator> ops = new HashMap<>();
    root.path("operators").fields().forEachRemaining(e -> ops.put(e.getKey(), operator(e.getValue(), e.getKey())));
    return new Policy(ops, fallback, min, types);
  }

  private static Operator operator(JsonNode n, String where) {
    String op = n.isTextual() ? n.asText() : n.path("operator").asText("");
    return switch (op) {
      case "replace" -> n.has("with") ? Operators.replace(n.get("with").asText()) : Operators.replace();
      case "keep" -> Operators.keep();
      case "mask" -> {
        String c = n.path("char").asText("*");
        if (c.length() != 1) {
          throw new IllegalArgumentException(where + ": mask char must be one character, got '" + c + "'");
        }
        yield Operators.mask(c.charAt(0), n.path("chars").asInt(-1), n.path("from_end").asBoolean(false));
      }
      case "hash" -> Operators.hash(required(n, "salt", where));
      case "encrypt" -> {
        byte[] key;
        try {
          key = Base64.getDecoder().decode(required(n, "key", where));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ": encrypt key must be base64", e);
        }
        yield Operators.encrypt(key);
      }
      case "pseudonymize" -> {
        String scope = n.path("scope").asText("corpus");
        if (!scope.equals("corpus") && !scope.equals("document")) {
          throw new IllegalArgumentException(where + ": pseudonymize scope must be corpus or document, got '" + scope + "'");
        }
        yield Operators.pseudonymize(required(n, "secret", where), scope.equals("document"));
      }
      default -> throw new IllegalArgumentException(where + ": unknown operator '" + op
          + "', expected replace, mask, hash, encrypt, pseudonymize or keep");
    };
  }

  private static String required(JsonNode n, String key, String where) {
    String v = n.path(key).asText("");
    if (v.isEmpty()) {
      throw new IllegalArgumentException(where + ": operator " + n.path("operator").asText() + " needs '" + key + "'");
    }
    return v;
  }
}
