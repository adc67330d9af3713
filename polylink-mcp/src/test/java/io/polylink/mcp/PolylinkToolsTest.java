package io.polylink.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.spec.McpSchema;
import io.polylink.kb.source.EntitySource;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolylinkToolsTest {

  @TempDir static Path tmp;
  static KnowledgeBase kb;

  @BeforeAll
  static void kb() throws Exception {
    Path dir = tmp.resolve("kb");
    KbBuilder.into(dir).threads(1).build(EntitySource.of("mcp-fixture", List.of(
        new Entity(EntityId.of("Q90"), Map.of("en", "Paris", "ru", "Париж"), Map.of(),
            Map.of("en", "capital of France"), Map.of("P17", List.of("Q142")), 300, EntityType.LOCATION),
        new Entity(EntityId.of("Q142"), Map.of("en", "France"), Map.of(), Map.of("en", "country"), Map.of(), 350,
            EntityType.LOCATION))));
    kb = KnowledgeBase.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    kb.close();
  }

  static McpTransportContext bearer(String token) {
    Map<String, Object> m = new HashMap<>();
    if (token != null) {
      m.put(PolylinkTools.AUTHORIZATION, token);
    }
    return McpTransportContext.create(m);
  }

  static String text(McpSchema.CallToolResult r) {
    return ((McpSchema.TextContent) r.content().get(0)).text();
  }

  @Test
  void addEntityIsOffWithoutTokenOrFlag() {
    PolylinkTools plain = PolylinkTools.builder(kb).build();
    assertEquals(List.of("link_entities", "search_entities", "get_entity", "redact_text"),
        plain.tools().stream().map(McpSchema.Tool::name).toList());
    McpSchema.CallToolResult r = plain.call("add_entity", Map.of("entity", Map.of("id", "kb:x")), bearer(null));
    assertTrue(r.isError());
    assertEquals("unknown tool 'add_entity'", text(r));
  }

  @Test
  void addEntityNeedsTheExactBearerToken() {
    PolylinkTools tools = PolylinkTools.builder(kb).adminToken("s3cret-token").build();
    McpSchema.Tool add = tools.tools().stream().filter(t -> t.name().equals("add_entity")).findFirst().orElseThrow();
    assertTrue(tools.visible(bearer("Bearer s3cret-token"), add));
    assertTrue(tools.visible(bearer("bearer  s3cret-token "), add));
    for (String bad : new String[] {null, "s3cret-token", "Bearer s3cret-toke", "Basic s3cret-token", "Bearer "}) {
      assertFalse(tools.visible(bearer(bad), add), bad);
      McpSchema.CallToolResult r = tools.call("add_entity", Map.of("entity", Map.of("id", "kb:x")), bearer(bad));
      assertTrue(r.isError(), bad);
      assertTrue(text(r).contains("admin token"), text(r));
    }
    assertTrue(tools.visible(bearer(null), tools.tools().get(0)), "the other tools are for everyone");
    assertThrows(IllegalArgumentException.class, () -> PolylinkTools.builder(kb).adminToken(" "));
  }

  @Test
  void argumentErrorsNameTheArgument() {
    PolylinkTools tools = PolylinkTools.builder(kb).build();
    McpTransportContext none = bearer(null);
    assertEquals("link_entities: missing required argument 'text'",
        text(tools.call("link_entities", null, none)));
    assertEquals("link_entities: unknown argument 'lang'; allowed: confidence, language, text, types",
        text(tools.call("link_entities", Map.of("text", "Paris", "lang", "en"), none)));
    assertEquals("link_entities: 'confidence' must be a number in [0, 1], got 1.5",
        text(tools.call("link_entities", Map.of("text", "Paris", "confidence", 1.5), none)));
    assertEquals("link_entities: 'types' must be an array of strings, it holds a number",
        text(tools.call("link_entities", Map.of("text", "Paris", "types", List.of(1)), none)));
    assertEquals("search_entities: 'limit' must be an integer in [1, 50], got 2.5",
        text(tools.call("search_entities", Map.of("name", "Paris", "limit", 2.5), none)));
    assertEquals("get_entity: 'id' is empty", text(tools.call("get_entity", Map.of("id", " "), none)));
  }

  @Test
  void stdioWritesOnlyJsonRpcToStdout() throws Exception {
    PolylinkTools tools = PolylinkTools.builder(kb).build();
    String in = String.join("\n",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
            + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"get_entity\","
            + "\"arguments\":{\"id\":\"Q90\",\"language\":\"ru\"}}}", "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    McpServers.serveStdio(tools, new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), out);
    // the server answers asynchronously; stdin ended, so wait briefly for the two answers
    long until = System.nanoTime() + 10_000_000_000L;
    while (out.toString(StandardCharsets.UTF_8).split("\n").length < 2 && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertEquals(2, lines.length, out.toString(StandardCharsets.UTF_8));
    JsonNode answer = PolylinkTools.JSON.readTree(lines[1]);
    JsonNode entity = answer.get("result").get("structuredContent");
    assertEquals("Париж", entity.get("label").asText());
    assertEquals("France", entity.get("relations").get(0).get("targets").get(0).get("label").asText());
  }

  /** Issue 16: the tools' linker uses the learned mention detector, at the default threshold and at a given one. */
  @Test
  void linkEntitiesCountsATaggedFirmTheKbLacksAsAnUnlinkedOrganization() throws Exception {
    java.util.List<io.polylink.link.tagger.TrainingText> docs = new java.util.ArrayList<>();
    String[] firms = {"Quelbin Orsat", "Drevik Lumard", "Varnek Sorbel", "Almaro Brisko"};
    for (int i = 0; i < 40; i++) {
      String f = firms[i % firms.length];
      docs.add(new io.polylink.link.tagger.TrainingText("d" + i, f + " verkaufte gestern Tee.",
          List.of(new io.polylink.link.tagger.TaggedSpan("org", 0, f.length()))));
    }
    io.polylink.link.tagger.SequenceTagger tagger = io.polylink.link.tagger.SequenceTagger.train(docs,
        io.polylink.link.tagger.SequenceTagger.Settings.defaults());
    PolylinkTools with = PolylinkTools.builder(kb).mentionTagger(tagger).build();
    PolylinkTools without = PolylinkTools.builder(kb).build();
    for (Map<String, Object> args : List.<Map<String, Object>>of(
        Map.of("text", "Kestrin Fendal verkaufte gestern Tee.", "types", List.of("ORG")),
        Map.of("text", "Kestrin Fendal verkaufte gestern Tee.", "types", List.of("ORG"), "confidence", 0.5))) {
      JsonNode a = PolylinkTools.JSON.readTree(text(with.call("link_entities", args, bearer(null))));
      assertEquals(1, a.get("unlinked").asInt(), a.toString());
      JsonNode b = PolylinkTools.JSON.readTree(text(without.call("link_entities", args, bearer(null))));
      assertEquals(0, b.get("unlinked").asInt(), b.toString());
    }
  }
}
