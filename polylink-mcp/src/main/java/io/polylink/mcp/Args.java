package io.polylink.mcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A tool call's arguments, read with one-line errors that name the bad argument. */
final class Args {
  private final String tool;
  private final Map<String, Object> values;

  Args(String tool, Map<String, Object> values, Set<String> allowed) {
    this.tool = tool;
    this.values = values == null ? Map.of() : values;
    Set<String> unknown = new TreeSet<>(this.values.keySet());
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw new ToolError(tool + ": unknown argument '" + unknown.iterator().next() + "'; allowed: "
          + String.join(", ", new TreeSet<>(allowed)));
    }
  }

  private Object get(String key) {
    return values.get(key);
  }

  String string(String key) {
    Object v = get(key);
    if (v == null) {
      throw new ToolError(tool + ": missing required argument '" + key + "'");
    }
    if (!(v instanceof String s)) {
      throw new ToolError(tool + ": '" + key + "' must be a string, got " + kind(v));
    }
    if (s.isBlank()) {
      throw new ToolError(tool + ": '" + key + "' is empty");
    }
    return s;
  }

  String optString(String key) {
    Object v = get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw new ToolError(tool + ": '" + key + "' must be a string, got " + kind(v));
    }
    return s.isBlank() ? null : s.strip();
  }

  Double optUnit(String key) {
    Object v = get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Number n) || Double.isNaN(n.doubleValue()) || n.doubleValue() < 0 || n.doubleValue() > 1) {
      throw new ToolError(tool + ": '" + key + "' must be a number in [0, 1], got " + shown(v));
    }
    return n.doubleValue();
  }

  int optInt(String key, int min, int max, int fallback) {
    Object v = get(key);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() < min
        || n.doubleValue() > max) {
      throw new ToolError(tool + ": '" + key + "' must be an integer in [" + min + ", " + max + "], got " + shown(v));
    }
    return n.intValue();
  }

  List<String> optStrings(String key) {
    Object v = get(key);
    if (v == null) {
      return List.of();
    }
    if (v instanceof String s) {
      return List.of(s);
    }
    if (!(v instanceof List<?> l)) {
      throw new ToolError(tool + ": '" + key + "' must be an array of strings, got " + kind(v));
    }
    List<String> out = new ArrayList<>();
    for (Object o : l) {
      if (!(o instanceof String s)) {
        throw new ToolError(tool + ": '" + key + "' must be an array of strings, it holds " + kind(o));
      }
      out.add(s);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> optObject(String key) {
    Object v = get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Map<?, ?> m)) {
      throw new ToolError(tool + ": '" + key + "' must be an object, got " + kind(v));
    }
    return (Map<String, Object>) m;
  }

  Map<String, Object> object(String key) {
    Map<String, Object> m = optObject(key);
    if (m == null) {
      throw new ToolError(tool + ": missing required argument '" + key + "'");
    }
    return m;
  }

  static String kind(Object v) {
    if (v instanceof String) {
      return "a string";
    }
    if (v instanceof Number) {
      return "a number";
    }
    if (v instanceof Boolean) {
      return "a boolean";
    }
    if (v instanceof List) {
      return "an array";
    }
    if (v instanceof Map) {
      return "an object";
    }
    return "null";
  }

  private static String shown(Object v) {
    String s = v instanceof String str ? "'" + str + "'" : String.valueOf(v);
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
