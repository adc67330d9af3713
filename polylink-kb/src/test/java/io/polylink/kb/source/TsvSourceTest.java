package io.polylink.kb.source;

import static io.polylink.kb.source.SourceFiles.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.model.Entity;
import io.polylink.model.EntityType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.polylink.testsupport.TestData;

class TsvSourceTest {

  @TempDir Path dir;

  private Path write(String content) throws IOException {
    return SourceFiles.write(dir, "names.tsv", content);
  }

  @Test
  void consecutiveLinesMergeAndColumnsAreOptional() throws IOException {
    Path p = write("Q64\tBerlin\nQ64\tBerlin, Germany\nQ64\tBerlin\tde\t300\nQ64\tBärlin\tde\r\nQ64\tBerlin\ten\t12\n"
        + "\n"
        + "Q90\tParis\tFR\t250\n"
        + "Q5\t\n"
        + "Q64\tBerlin again\n");
    List<Entity> es = readAll(new TsvSource(p));
    assertEquals(List.of("Q64", "Q90", "Q5", "Q64"), es.stream().map(e -> e.id().value()).toList());
    Entity berlin = es.get(0);
    assertEquals(Map.of("en", "Berlin", "de", "Berlin"), berlin.labels());
    assertEquals(Map.of("en", List.of("Berlin, Germany"), "de", List.of("Bärlin")), berlin.aliases());
    assertEquals(300, berlin.popularity());
    assertEquals(EntityType.OTHER, berlin.type());
    assertEquals(Map.of("fr", "Paris"), es.get(1).labels());
    assertEquals(250, es.get(1).popularity());
    assertTrue(es.get(2).labels().isEmpty(), "empty name: entity without names");
  }

  @Test
  void malformedLines() throws IOException {
    Map<String, String> cases = Map.of(
        "Q1 Berlin", "no tab",
        "Q 1\tBerlin", "invalid id",
        "\tBerlin", "invalid id",
        "Q1\tBerlin\te n", "invalid language",
        "Q1\tBerlin\ten\tmany", "non-negative integer",
        "Q1\tBerlin\ten\t-3", "non-negative integer",
        "Q1\tBerlin\ten\t3\tx", "at most 4");
    for (var c : cases.entrySet()) {
      Path p = write("Q0\tZero\n" + c.getKey() + "\nQ2\tTwo\n");
      SourceException e = assertThrows(SourceException.class, () -> readAll(new TsvSource(p)), c.getKey());
      assertEquals(2, e.line(), c.getKey());
      assertTrue(e.getMessage().contains(c.getValue()), c.getKey() + " -> " + e.getMessage());

      List<String> warnings = new ArrayList<>();
      List<Entity> es = readAll(new TsvSource(p, ErrorPolicy.SKIP, warnings::add));
      assertEquals(List.of("Q0", "Q2"), es.stream().map(x -> x.id().value()).toList());
      assertEquals(1, warnings.size());
      assertTrue(warnings.get(0).startsWith(p + ":2: "), warnings.get(0));
    }
  }

  @Test
  void elevantNameList() throws IOException {
    Path names = TestData.require("elevant/kb/qid_names.tsv");
    List<Entity> es = new ArrayList<>();
    SourceStats stats = new TsvSource(names).read(es::add);
    assertEquals(99_196, stats.entities());
    assertEquals(99_196, stats.lines());
    assertEquals(0, stats.malformed());
    assertEquals(58_190, es.stream().filter(e -> !e.labels().isEmpty()).count());
    assertEquals("Earth", es.get(0).labels().get("en"));
    assertEquals("Q2", es.get(0).id().value());
  }
}
