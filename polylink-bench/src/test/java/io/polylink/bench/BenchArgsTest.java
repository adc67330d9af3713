package io.polylink.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchArgsTest {

  private static final Set<String> KNOWN = Set.of("entities", "dump", "seconds", "flag");

  @Test
  void readsPairsAndEqualsFormWithDefaults() {
    BenchArgs a = BenchArgs.parse(new String[] {"--entities", "1_000_000", "--dump=/tmp/x.json", "--seconds", "0.5"},
        KNOWN);
    assertEquals(1_000_000, a.integer("entities", 1));
    assertEquals(Path.of("/tmp/x.json"), a.path("dump", null));
    assertEquals(0.5, a.decimal("seconds", 9));
    assertEquals(true, a.bool("flag", true));
    assertEquals("d", a.string("other", "d"));
  }

  @Test
  void rejectsUnknownOptionsNamingTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BenchArgs.parse(new String[] {"--entites", "5"}, KNOWN));
    assertTrue(e.getMessage().contains("--entites") && e.getMessage().contains("--entities"), e.getMessage());
  }

  @Test
  void rejectsMissingValuesStrayArgumentsAndBadNumbers() {
    assertThrows(IllegalArgumentException.class, () -> BenchArgs.parse(new String[] {"--entities"}, KNOWN));
    assertThrows(IllegalArgumentException.class, () -> BenchArgs.parse(new String[] {"5"}, KNOWN));
    BenchArgs a = BenchArgs.parse(new String[] {"--entities", "many"}, KNOWN);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.integer("entities", 1));
    assertTrue(e.getMessage().contains("many"), e.getMessage());
  }
}
