package io.polylink.kb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Name priors in the record codec: kept per name, quantized to 1/65535; records of version 2 still read. */
class RecordPriorTest {

  static Entity merkel() {
    return new Entity(EntityId.of("enwiki:Angela_Merkel"), Map.of("en", "Angela Merkel"),
        Map.of("en", List.of("Merkel", "Mutti"), "ru", List.of("Меркель")), Map.of(), Map.of(), 8, EntityType.PERSON,
        Map.of("Angela Merkel", 0.98f, "Merkel", 0.59f, "Меркель", 1f));
  }

  @Test
  void priorsSurviveEncodingPerName() {
    EntityRecord r = RecordCodec.decode(RecordCodec.encode(RecordCodec.toRecord(merkel())));
    for (EntityRecord.Name n : r.names()) {
      switch (n.text()) {
        case "Angela Merkel" -> assertEquals(0.98f, n.prior(), 1f / 65535);
        case "Merkel" -> assertEquals(0.59f, n.prior(), 1f / 65535);
        case "Меркель" -> assertEquals(1f, n.prior(), 0f);
        case "Mutti" -> assertFalse(n.hasPrior(), "a name without a prior has none");
        default -> throw new AssertionError(n);
      }
    }
    Map<String, Float> back = r.toEntity().priors();
    assertEquals(3, back.size());
    assertEquals(0.59f, back.get("Merkel"), 1f / 65535);
    assertEquals(0.98f, back.get("Angela Merkel"), 1f / 65535);
  }

  @Test
  void versionTwoRecordsStillRead() {
    Entity plain = new Entity(EntityId.of("Q64"), Map.of("de", "Berlin"), Map.of(), Map.of(), Map.of(), 3,
        EntityType.LOCATION);
    BytesRef bytes = RecordCodec.encode(RecordCodec.toRecord(plain));
    assertEquals(RecordCodec.VERSION, bytes.bytes[bytes.offset]);
    bytes.bytes[bytes.offset] = 2; // what a KB built before priors holds: the same bytes, version 2
    EntityRecord r = RecordCodec.decode(bytes);
    assertEquals("Berlin", r.label("de"));
    assertFalse(r.names().get(0).hasPrior());
    bytes.bytes[bytes.offset] = 9;
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> RecordCodec.decode(bytes));
    assertTrue(e.getMessage().contains("version 9") && e.getMessage().contains("rebuild"), e.getMessage());
  }

  @Test
  void priorsOutsideZeroToOneAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Entity(EntityId.of("Q1"),
        Map.of("en", "x"), Map.of(), Map.of(), Map.of(), 0, EntityType.OTHER, Map.of("x", 1.5f)));
    assertTrue(e.getMessage().contains("'x'") && e.getMessage().contains("1.5"), e.getMessage());
  }
}
