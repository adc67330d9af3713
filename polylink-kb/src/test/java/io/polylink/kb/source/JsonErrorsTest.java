package io.polylink.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
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

  /** Jackson formats its numbers in the default locale; the plain message keeps ASCII digits whatever that is. */
  @Test
  void numbersInAnotherScriptsDigitsAreReadToo() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("hi-IN-u-nu-deva"));
      assertEquals("the JSON is nested more than 1000 levels deep", error("[".repeat(1500) + "]".repeat(1500)));
      String eof = error("{\"a\":1");
      assertTrue(eof.contains("line 1, column"), eof);
    } finally {
      Locale.setDefault(before);
    }
    assertEquals("a string of 23 characters is longer than the limit of 20",
        JsonErrors.plain("String value length (\u0968\u0969) exceeds the maximum allowed (\u0968\u0966, from x)"));
  }
}
