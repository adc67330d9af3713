package io.polylink.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void roundTripsNestedResults() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("docsPerSecond", 512.25);
    inner.put("ok", true);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", "link-throughput");
    m.put("documents", 1000L);
    m.put("linker", inner);
    m.put("runs", List.of(1L, "two"));
    m.put("missing", null);
    assertEquals(m, Json.readObject(Json.write(m)));
    assertEquals(m, Json.readObject(Json.writeLine(m)));
  }

  @Test
  void writesNonFiniteNumbersAsNull() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ratio", Double.NaN);
    m.put("speed", Double.POSITIVE_INFINITY);
    Map<String, Object> back = Json.readObject(Json.writeLine(m));
    assertEquals(List.of("ratio", "speed"), List.copyOf(back.keySet()));
    assertNull(back.get("ratio"));
    assertNull(back.get("speed"));
  }

  @Test
  void rejectsWhatIsNotOneObject() {
    assertThrows(IllegalArgumentException.class, () -> Json.readObject("[1]"));
    assertThrows(IllegalArgumentException.class, () -> Json.readObject("{\"a\":1} {}"));
    assertThrows(IllegalArgumentException.class, () -> Json.readObject("{\"a\":"));
  }
}
