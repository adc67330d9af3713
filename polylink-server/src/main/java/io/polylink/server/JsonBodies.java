package io.polylink.server;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** JSON request bodies parsed into trees, with one-line messages that name what is wrong and where. */
final class JsonBodies {
  private JsonBodies() {}

  static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  /** Parses an object; malformed JSON is a 400 with line and column. */
  static JsonNode object(String text) {
    if (text.isBlank()) {
      throw Problem.badRequest("the request body is empty; send a JSON object");
    }
    JsonNode n;
    try {
      n = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      throw Problem.badRequest((e instanceof JsonParseException ? "malformed JSON" : "invalid JSON") + where + ": "
          + io.polylink.kb.source.JsonErrors.plain(e));
    }
    if (n == null || !n.isObject()) {
      throw Problem.badRequest("the request body must be a JSON object, got " + (n == null ? "nothing" : n.getNodeType()
          .toString().toLowerCase(java.util.Locale.ROOT)));
    }
    requireUnicode(n, "");
    return n;
  }

  /**
   * Fails with 400 on a string or field name holding a lone surrogate (a {@code \\ud800} escape without its pair): it
   * is not Unicode, cannot be written as UTF-8, and would fail later, deep inside the work. Jackson bounds the depth.
   */
  static void requireUnicode(JsonNode n, String path) {
    if (n.isTextual()) {
      checkUnicode(n.textValue(), path.isEmpty() ? "the request" : "'" + path + "'");
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        requireUnicode(n.get(i), path + "[" + i + "]");
      }
    } else if (n.isObject()) {
      for (Iterator<java.util.Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        java.util.Map.Entry<String, JsonNode> f = it.next();
        String at = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
        checkUnicode(f.getKey(), "a field name in " + (path.isEmpty() ? "the request" : "'" + path + "'"));
        requireUnicode(f.getValue(), at);
      }
    }
  }

  private static void checkUnicode(String s, String where) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw Problem.badRequest(where + " holds a lone surrogate \\u" + Integer.toHexString(c) + " at character " + i
            + ", which is not valid Unicode; send the pair or remove it");
      }
    }
  }

  /** Fails on fields outside {@code allowed}, naming the first and the allowed ones. */
  static void onlyFields(JsonNode n, Set<String> allowed, String where) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw Problem.badRequest("unknown field '" + f + "' in " + where + "; expected " + String.join(", ", new java.util.TreeSet<>(allowed)));
      }
    }
  }

  /** A required string field. */
  static String string(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw Problem.badRequest("missing '" + field + "' in " + where);
    }
    if (!v.isTextual()) {
      throw Problem.badRequest("'" + field + "' in " + where + " must be a string, got " + kind(v));
    }
    return v.textValue();
  }

  /** An optional string field, null when absent. */
  static String optString(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw Problem.badRequest("'" + field + "' in " + where + " must be a string, got " + kind(v));
    }
    return v.textValue();
  }

  /** An optional number in [0, 1], null when absent. */
  static Double optUnit(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isNumber() || !(v.doubleValue() >= 0 && v.doubleValue() <= 1)) {
      throw Problem.badRequest("'" + field + "' must be a number in [0, 1], got " + v);
    }
    return v.doubleValue();
  }

  /** An optional list of strings, given as an array or one comma-separated string; empty when absent. */
  static List<String> optStrings(JsonNode n, String field) {
    JsonNode v = n.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isTextual()) {
      for (String s : v.textValue().split(",")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
      return out;
    }
    if (!v.isArray()) {
      throw Problem.badRequest("'" + field + "' must be an array of strings, got " + kind(v));
    }
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw Problem.badRequest("'" + field + "' must hold strings only, got " + kind(e));
      }
      out.add(e.textValue());
    }
    return out;
  }

  static String kind(JsonNode v) {
    return v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }
}
