package io.polylink.kb.source;

import static io.polylink.kb.source.SourceFiles.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.model.Entity;
import io.polylink.model.EntityType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlSourceTest {

  @TempDir Path dir;

  private Path write(String content) throws IOException {
    return SourceFiles.write(dir, "kb.jsonl", content);
  }

  @Test
  void documentedExample() throws IOException {
    Path p = write("""
        {"id":"kb:acme-1", "names":{"en":["Acme","Acme Corp"],"de":["Acme GmbH"]}, "descriptions":{"en":"maker of anvils"}, "types":["Q43229"], "relations":{"P17":["Q183"]}, "popularity":12, "type":"ORG"}

        {"id":"kb:widget","names":{"EN_gb":"Widget"},"types":["Q5"],"relations":{"P31":["Q43229","Q5"]}}
        {"id":"kb:bare"}
        """);
    List<Entity> es = readAll(new JsonlSource(p));
    assertEquals(3, es.size());
    Entity acme = es.get(0);
    assertEquals("kb:acme-1", acme.id().value());
    assertEquals(Map.of("en", "Acme", "de", "Acme GmbH"), acme.labels());
    assertEquals(Map.of("en", List.of("Acme Corp")), acme.aliases());
    assertEquals("maker of anvils", acme.description("en"));
    assertEquals(Map.of("P31", List.of("Q43229"), "P17", List.of("Q183")), acme.relations());
    assertEquals(12, acme.popularity());
    assertEquals(EntityType.ORGANIZATION, acme.type());

    Entity widget = es.get(1);
    assertEquals(Map.of("en-gb", "Widget"), widget.labels());
    assertEquals(List.of("Q5", "Q43229"), widget.relation("P31"), "types first, then other P31 values");
    assertEquals(EntityType.PERSON, widget.type(), "type derived by TypeMapper when absent");

    Entity bare = es.get(2);
    assertTrue(bare.labels().isEmpty());
    assertEquals(EntityType.OTHER, bare.type());
  }

  @Test
  void badLinesNameLineAndField() throws IOException {
    Map<String, String> cases = Map.ofEntries(
        Map.entry("{\"names\":{\"en\":[\"x\"]}}", "missing \"id\""),
        Map.entry("{\"id\":\"a b\"}", "invalid \"id\""),
        Map.entry("{\"id\":\"\"}", "invalid \"id\""),
        Map.entry("{\"id\":7}", "\"id\" must be a string"),
        Map.entry("{\"id\":\"x\",\"names\":[\"x\"]}", "\"names\" must be an object"),
        Map.entry("{\"id\":\"x\",\"names\":{\"en\":[1]}}", "\"names.en[0]\" must be a string"),
        Map.entry("{\"id\":\"x\",\"names\":{\"en\":[\" \"]}}", "blank name"),
        Map.entry("{\"id\":\"x\",\"names\":{\"e n\":[\"x\"]}}", "invalid language code"),
        Map.entry("{\"id\":\"x\",\"descriptions\":{\"en\":[\"x\"]}}", "\"descriptions.en\" must be a string"),
        Map.entry("{\"id\":\"x\",\"types\":\"Q5\"}", "\"types\" must be a list of strings"),
        Map.entry("{\"id\":\"x\",\"relations\":{\"P17\":[\"Q 1\"]}}", "invalid id in \"relations.P17[0]\""),
        Map.entry("{\"id\":\"x\",\"popularity\":-1}", "must be >= 0"),
        Map.entry("{\"id\":\"x\",\"popularity\":1.5}", "non-negative integer"),
        Map.entry("{\"id\":\"x\",\"type\":\"ANIMAL\"}", "unknown entity type"),
        Map.entry("{\"id\":\"x\"", "invalid JSON"),
        Map.entry("[\"x\"]", "expected a JSON object"),
        Map.entry("{\"id\":\"x\"} {}", "unexpected content"));
    for (var c : cases.entrySet()) {
      Path p = write("{\"id\":\"ok\"}\n\n" + c.getKey() + "\n");
      SourceException e = assertThrows(SourceException.class, () -> readAll(new JsonlSource(p)), c.getKey());
      assertEquals(3, e.line(), c.getKey());
      assertTrue(e.getMessage().startsWith(p + ":3: ") && e.getMessage().contains(c.getValue()),
          c.getKey() + " -> " + e.getMessage());
    }
  }

  @Test
  void skipPolicyAndUnknownFields() throws IOException {
    Path p = write("{\"id\":\"a\",\"extra\":{\"x\":1}}\n{\"id\":\n{\"id\":\"c\",\"extra\":2,\"other\":[]}\n");
    List<String> warnings = new ArrayList<>();
    List<Entity> es = readAll(new JsonlSource(p, ErrorPolicy.SKIP, warnings::add));
    assertEquals(List.of("a", "c"), es.stream().map(e -> e.id().value()).toList());
    assertEquals(3, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains(":1: unknown field \"extra\""), warnings.get(0));
    assertTrue(warnings.get(1).contains(":2: invalid JSON"), warnings.get(1));
    assertTrue(warnings.get(2).contains(":3: unknown field \"other\""), warnings.get(2));
  }

  @Test
  void invalidUtf8() throws IOException {
    Path p = dir.resolve("bad.jsonl");
    byte[] head = "{\"id\":\"a\"}\n{\"id\":\"b\",\"names\":{\"en\":[\"".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\"]}}\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xE9; // Latin-1 é: not UTF-8
    all[head.length + 1] = 'x';
    System.arraycopy(tail, 0, all, head.length + 2, tail.length);
    Files.write(p, all);
    SourceException e = assertThrows(SourceException.class, () -> readAll(new JsonlSource(p)));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
  }
}
