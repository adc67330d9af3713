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
 * recognizers: [default, -date]  # default: the redactor's (see RecognizerSelection)
 * default: {operator: replace}   # default: replace with &lt;TYPE&gt;
 * operators:
 *   PERSON: {operator: pseudonymize, secret: s3cret, scope: corpus}
 *   EMAIL_ADDRESS: {operator: mask, char: "*", chars: 6, from_end: false}
 *   PHONE_NUMBER: {operator: hash, salt: pepper}
 *   IBAN_CODE: {operator: encrypt, key: BASE64_16_24_OR_32_BYTES}
 *   DATE_TIME: {operator: keep}
 *   URL: {operator: replace, with: "[LINK]"}
 * </pre>
 *
 * <p>Parsing is strict (see {@link #parse}), and a {@link Redactor} refuses a policy naming a type that none of its
 * recognizers finds: a misspelled type would otherwise redact nothing. The format is documented for users in the
 * README and in {@code polylink redact --help}.
 *
 * @param operators operator per type
 * @param fallback operator for types not in {@code operators}
 * @param minScore detections scoring below this are dropped, in [0, 1]
 * @param types types to redact; empty means all
 * @param recognizers which recognizers run ({@link RecognizerSelection}); empty means the redactor's default
 */
public record Policy(Map<String, Operator> operators, Operator fallback, double minScore, Set<String> types,
    List<String> recognizers) {

  public Policy {
    operators = Map.copyOf(operators);
    if (fallback == null) {
      throw new IllegalArgumentException("policy needs a default operator");
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("policy min_score must be in [0,1], got " + minScore);
    }
    types = Set.copyOf(types);
    recognizers = List.copyOf(recognizers);
  }

  /** A policy that leaves the choice of recognizers to the redactor's defaults. */
  public Policy(Map<String, Operator> operators, Operator fallback, double minScore, Set<String> types) {
    this(operators, fallback, minScore, types, List.of());
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
    return new Policy(operators, fallback, s, types, recognizers);
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
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var at = e.getLocation();
      throw new IllegalArgumentException("policy " + file + " is not valid " + (m.getFactory() instanceof YAMLFactory
          ? "YAML" : "JSON") + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
          + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy " + file + ": " + e.getMessage(), e);
    }
    try {
      return parse(root);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("policy " + file + ": " + e.getMessage(), e);
    }
  }

  private static final List<String> KEYS = List.of("min_score", "types", "default", "operators", "recognizers");

  /**
   * Builds a policy from its JSON tree (see the class comment for the keys). Strict: an unknown key, a value of the
   * wrong kind ({@code min_score: "abc"}, {@code with: null}) or an operator option another operator takes is an
   * error naming the key, never a silent default. Type names are checked against the recognizers in use when a
   * {@link Redactor} is built with the policy.
   */
  public static Policy parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("a policy is a mapping with " + String.join(", ", KEYS));
    }
    onlyKeys(root, KEYS, "policy");
    double min = 0.5;
    if (root.has("min_score")) {
      JsonNode n = root.get("min_score");
      if (!n.isNumber()) {
        throw new IllegalArgumentException("min_score must be a number in [0, 1], got " + shown(n));
      }
      min = n.asDouble();
    }
    Set<String> types = new TreeSet<>(strings(root, "types", false));
    Operator fallback = root.has("default") ? operator(root.get("default"), "default") : Operators.replace();
    Map<String, Operator> ops = new HashMap<>();
    if (root.has("operators")) {
      JsonNode n = root.get("operators");
      if (!n.isObject()) {
        throw new IllegalArgumentException("operators must be a mapping from type to operator, got " + shown(n));
      }
      n.fields().forEachRemaining(e -> ops.put(e.getKey(), operator(e.getValue(), "operators." + e.getKey())));
    }
    return new Policy(ops, fallback, min, types, strings(root, "recognizers", true));
  }

  /** The strings of list {@code key} of {@code root}; empty when absent; a comma list also when {@code commas}. */
  private static List<String> strings(JsonNode root, String key, boolean commas) {
    if (!root.has(key)) {
      return List.of();
    }
    JsonNode n = root.get(key);
    if (commas && n.isTextual()) {
      return List.of(n.asText().split(",", -1)).stream().map(String::strip).toList();
    }
    if (!n.isArray()) {
      throw new IllegalArgumentException(key + " must be a list of names" + (commas ? " (or one comma-separated text)"
          : "") + ", got " + shown(n));
    }
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      JsonNode t = n.get(i);
      if (!t.isTextual() || t.asText().isBlank()) {
        throw new IllegalArgumentException(key + "[" + i + "] must be a name, got " + shown(t));
      }
      out.add(t.asText().strip());
    }
    return List.copyOf(out);
  }

  /** The options each operator takes, besides {@code operator}. */
  private static final Map<String, List<String>> OPTIONS = Map.of("replace", List.of("with"), "keep", List.of(),
      "mask", List.of("char", "chars", "from_end"), "hash", List.of("salt"), "encrypt", List.of("key"),
      "pseudonymize", List.of("secret", "scope"));

  private static Operator operator(JsonNode n, String where) {
    String op;
    if (n.isTextual()) {
      op = n.asText();
    } else if (n.isObject()) {
      JsonNode o = n.get("operator");
      if (o == null || !o.isTextual()) {
        throw new IllegalArgumentException(where + ".operator must be one of replace, mask, hash, encrypt, "
            + "pseudonymize, keep, got " + (o == null ? "nothing" : shown(o)));
      }
      op = o.asText();
    } else {
      throw new IllegalArgumentException(where + " must be an operator name or a mapping with 'operator', got "
          + shown(n));
    }
    List<String> options = OPTIONS.get(op);
    if (options == null) {
      throw new IllegalArgumentException(where + ": unknown operator '" + op
          + "', expected replace, mask, hash, encrypt, pseudonymize or keep");
    }
    if (n.isObject()) {
      List<String> allowed = new java.util.ArrayList<>(options);
      allowed.add(0, "operator");
      onlyKeys(n, allowed, where + " (" + op + ")");
    }
    return switch (op) {
      case "replace" -> n.has("with") ? Operators.replace(text(n, "with", where, true)) : Operators.replace();
      case "keep" -> Operators.keep();
      case "mask" -> {
        String c = n.has("char") ? text(n, "char", where, true) : "*";
        if (c.codePointCount(0, c.length()) != 1 || c.length() != 1) {
          throw new IllegalArgumentException(where + ".char must be one character, got '" + c + "'");
        }
        int chars = -1;
        if (n.has("chars")) {
          JsonNode k = n.get("chars");
          if (!k.isIntegralNumber() || !k.canConvertToInt() || k.asInt() < 1) {
            throw new IllegalArgumentException(where + ".chars must be a whole number >= 1 (leave it out to mask "
                + "all), got " + shown(k));
          }
          chars = k.asInt();
        }
        boolean fromEnd = false;
        if (n.has("from_end")) {
          JsonNode f = n.get("from_end");
          if (!f.isBoolean()) {
            throw new IllegalArgumentException(where + ".from_end must be true or false, got " + shown(f));
          }
          fromEnd = f.asBoolean();
        }
        yield Operators.mask(c.charAt(0), chars, fromEnd);
      }
      case "hash" -> Operators.hash(required(n, "salt", where));
      case "encrypt" -> {
        byte[] key;
        try {
          key = Base64.getDecoder().decode(required(n, "key", where));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ".key must be base64", e);
        }
        try {
          yield Operators.encrypt(key);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ".key: " + e.getMessage(), e);
        }
      }
      case "pseudonymize" -> {
        String scope = n.has("scope") ? text(n, "scope", where, false) : "corpus";
        if (!scope.equals("corpus") && !scope.equals("document")) {
          throw new IllegalArgumentException(where + ".scope must be corpus or document, got '" + scope + "'");
        }
        yield Operators.pseudonymize(required(n, "secret", where), scope.equals("document"));
      }
      default -> throw new IllegalStateException("operator " + op);
    };
  }

  private static void onlyKeys(JsonNode n, List<String> allowed, String where) {
    for (var it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw new IllegalArgumentException("unknown " + where + " key '" + k + "', expected "
            + (allowed.isEmpty() ? "none" : String.join(", ", allowed)));
      }
    }
  }

  /** The text of {@code key}; a number, null, list or mapping there is an error naming it. */
  private static String text(JsonNode n, String key, String where, boolean showValue) {
    JsonNode v = n.get(key);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(where + "." + key + " must be a text, got "
          + (v == null ? "nothing" : showValue ? shown(v) : kind(v)));
    }
    return v.asText();
  }

  /** A secret option: never shown in messages. */
  private static String required(JsonNode n, String key, String where) {
    if (!n.isObject() || !n.has(key)) {
      throw new IllegalArgumentException(where + ": operator " + (n.isTextual() ? n.asText()
          : n.path("operator").asText()) + " needs '" + key + "'");
    }
    JsonNode v = n.get(key);
    if (!v.isTextual()) {
      throw new IllegalArgumentException(where + "." + key + " must be a text, got " + kind(v));
    }
    if (v.asText().isEmpty()) {
      throw new IllegalArgumentException(where + "." + key + " must not be empty");
    }
    return v.asText();
  }

  /** A policy value for an error message: short values as written, with their kind. */
  private static String shown(JsonNode v) {
    if (v.isNull()) {
      return "null";
    }
    if (v.isContainerNode()) {
      return kind(v);
    }
    String t = v.isTextual() ? "\"" + v.asText() + "\"" : v.asText();
    return t.length() > 40 ? kind(v) : t;
  }

  private static String kind(JsonNode v) {
    return v.isNull() ? "null" : v.isArray() ? "a list" : v.isObject() ? "a mapping" : v.isTextual() ? "a text"
        : v.isBoolean() ? "true/false" : "a number";
  }
}
