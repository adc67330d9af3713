package io.polylink.link.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.store.EntityRecord;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TypeProfilesTest {

  static EntityRecord record(String id, Map<String, List<String>> relations) {
    return new EntityRecord(EntityId.of(id), 1, EntityType.OTHER, false, List.of(), Map.of(), relations, new int[0],
        List.of());
  }

  private final Map<String, EntityRecord> kb = new HashMap<>();
  private final AtomicInteger reads = new AtomicInteger();

  private Optional<EntityRecord> byId(String id) {
    reads.incrementAndGet();
    return Optional.ofNullable(kb.get(id));
  }

  private void put(String id, String... superclasses) {
    kb.put(id, record(id, superclasses.length == 0 ? Map.of() : Map.of("P279", List.of(superclasses))));
  }

  @Test
  void closesInstanceOfUnderSubclassOfChains() {
    put("Q11424"); // film: no superclass in the KB
    put("Q5", "Q215627"); // human -> person
    put("Q215627", "Q24229398"); // person -> agent
    put("Q24229398"); // agent
    EntityRecord merkel = record("Q567", Map.of("P31", List.of("Q5"), "P106", List.of("Q82955"),
        "P27", List.of("Q183")));
    Set<String> p = new TypeProfiles(6).profile(merkel, this::byId);
    assertEquals(Set.of("has:P31", "has:P106", "has:P27", "isa:Q5", "isa:Q215627", "isa:Q24229398", "P106:Q82955"),
        p);
  }

  @Test
  void depthBoundsTheClosure() {
    put("A", "B");
    put("B", "C");
    put("C", "D");
    put("D");
    assertEquals(List.of("B"), new TypeProfiles(1).closure("A", this::byId));
    assertEquals(List.of("B", "C"), new TypeProfiles(2).closure("A", this::byId));
    assertEquals(List.of("B", "C", "D"), new TypeProfiles(6).closure("A", this::byId));
    assertEquals(List.of(), new TypeProfiles(0).closure("A", this::byId));
  }

  @Test
  void cyclesEndAndTheClassIsNotItsOwnAncestor() {
    put("A", "B");
    put("B", "C", "A");
    put("C", "A");
    assertEquals(List.of("B", "C"), new TypeProfiles(50).closure("A", this::byId));
    put("S", "S"); // a class its own subclass
    assertEquals(List.of(), new TypeProfiles(5).closure("S", this::byId));
  }

  @Test
  void classesTheKbLacksEndAPath() {
    put("A", "MISSING", "B");
    put("B");
    assertEquals(List.of("MISSING", "B"), new TypeProfiles(5).closure("A", this::byId));
    EntityRecord x = record("X", Map.of("P31", List.of("NOWHERE")));
    assertEquals(Set.of("has:P31", "isa:NOWHERE"), new TypeProfiles(5).profile(x, this::byId));
    assertTrue(new TypeProfiles(5).profile(record("Y", Map.of()), this::byId).isEmpty());
  }

  @Test
  void closuresAreCachedPerClass() {
    put("A", "B");
    put("B");
    TypeProfiles tp = new TypeProfiles(5);
    tp.closure("A", this::byId);
    int after = reads.get();
    tp.closure("A", this::byId);
    assertEquals(after, reads.get());
  }

  @Test
  void subclassOfAClassEntityIsProfiledToo() {
    put("Q515", "Q486972"); // city -> human settlement
    put("Q486972");
    EntityRecord bigCity = record("Q1637706", Map.of("P279", List.of("Q515")));
    assertEquals(Set.of("has:P279", "sub:Q515", "sub:Q486972"), new TypeProfiles(5).profile(bigCity, this::byId));
  }

  @Test
  void rejectsABadDepth() {
    assertThrows(IllegalArgumentException.class, () -> new TypeProfiles(-1));
  }
}
