package io.polylink.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Issue 14 item 8: JSON errors in plain words, never Jackson's internal names. */
class JsonErrorsTest {

  private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private static String error(String json) {
    try {
      STRICT.readTree(json);
    } catch (JacksonException e) {
      return JsonErrors.plain(e);
    }
    fail("parsed: " + json);
    return null;
  }

  @Test
  void jacksonInternalsNeverReachTheMessage() {
    String[] bad = {"{\"a\":1", "{\"a\":1,\"a\":2}", "{\"a\":1} {\"b\":2}", "[".repeat(1500) + "]".repeat(1500),
        "{\"a\":tru}", "{\"a\":\"x", "{a:1}", "[1,]", "{\"a\":\"\u0001\"}"};
    for (String json : bad) {
      String m = error(json);
      assertFalse(JsonErrors.quotesInternals(m), m);
      assertFalse(m.contains("\n"), m);
      assertFalse(m.isBlank());
    }
  }

  @Test
  void knownErrorsReadPlainly() {
    assertEquals("the JSON is nested more than 1000 levels deep", error("[".repeat(1500) + "]".repeat(1500)));
    assertEquals("duplicate field 'a'", error("{\"a\":1,\"a\":2}"));
    assertEquals("more content after the JSON value; send exactly one JSON value", error("{\"a\":1} {\"b\":2}"));
    String eof = error("{\"a\":1");
    assertTrue(eof.startsWith("unexpected end-of-input"), eof);
    assertTrue(eof.contains("line 1, column 1"), eof);
    assertTrue(JsonErrors.quotesInternals("Duplicate field 'a' for `ObjectNode`"));
  }
}
