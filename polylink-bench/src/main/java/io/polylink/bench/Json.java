package io.polylink.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Benchmark results as JSON: nested maps, lists, strings, numbers and booleans; written with Jackson's generator. */
final class Json {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Json() {}

  /** {@code value} as pretty-printed JSON. */
  static String write(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      writeValue(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** {@code value} as JSON on one line (for a child JVM's result line). */
  static String writeLine(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      writeValue(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes a benchmark's result to {@code file} (see {@link #writeFile}) and says where. */
  static void writeResult(Path file, Object value) throws IOException {
    writeFile(file, value);
    System.out.println("written " + file);
  }

  /** Writes {@code value} to {@code file}, creating its folder. */
  static void writeFile(Path file, Object value) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Files.writeString(file, write(value) + "\n", StandardCharsets.UTF_8);
  }

  private static void writeValue(JsonGenerator g, Object v) throws IOException {
    switch (v) {
      case null -> g.writeNull();
      case Map<?, ?> m -> {
        g.writeStartObject();
        for (Map.Entry<?, ?> e : m.entrySet()) {
          g.writeFieldName(String.valueOf(e.getKey()));
          writeValue(g, e.getValue());
        }
        g.writeEndObject();
      }
      case List<?> l -> {
        g.writeStartArray();
        for (Object o : l) {
          writeValue(g, o);
        }
        g.writeEndArray();
      }
      case Double d -> {
        if (d.isNaN() || d.isInfinite()) {
          g.writeNull();
        } else {
          g.writeNumber(d);
        }
      }
      case Float f -> writeValue(g, f.doubleValue());
      case Long l -> g.writeNumber(l);
      case Integer i -> g.writeNumber(i);
      case Boolean b -> g.writeBoolean(b);
      default -> g.writeString(v.toString());
    }
  }

  /**
   * Reads a JSON object into maps (insertion-ordered), lists, strings, {@link Long}s, {@link Double}s, {@link Boolean}s
   * and nulls.
   *
   * @throws IllegalArgumentException when {@code json} is not a single valid JSON object
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> readObject(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("expected a JSON object, got: " + json);
      }
      Map<String, Object> out = (Map<String, Object>) readValue(p);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("trailing content after the JSON object: " + json);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalArgumentException("invalid JSON: " + e.getMessage() + " in: " + json, e);
    }
  }

  /** Reads the value whose first token the parser is on. */
  private static Object readValue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw new IOException("unexpected end of JSON");
    }
    return switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          m.put(name, readValue(p));
        }
        yield m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(readValue(p));
        }
        yield l;
      }
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT -> p.getLongValue();
      case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new IOException("unexpected JSON token " + t);
    };
  }
}
