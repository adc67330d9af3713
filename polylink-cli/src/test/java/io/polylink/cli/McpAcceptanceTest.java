package io.polylink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.server.PolylinkServer;
import io.polylink.server.ServerConfig;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance of issue 17: the official MCP Java SDK client drives Polylink's MCP server over stdio (the real
 * {@code polylink mcp} process) and over Streamable HTTP ({@code /mcp} on the server): initialize, list tools, call
 * each tool with good and bad arguments.
 */
class McpAcceptanceTest {

  @TempDir static Path tmp;
  static Path kb;

  static final String ENTITIES = String.join("\n",
      "{\"id\":\"Q90\",\"names\":{\"en\":[\"Paris\"],\"de\":[\"Paris\"],\"ru\":[\"Париж\"]},\"descriptions\":{\"en\":\"capital of France\"},\"types\":[\"Q515\"],\"relations\":{\"P17\":[\"Q142\"]},\"popularity\":300}",
      "{\"id\":\"Q142\",\"names\":{\"en\":[\"France\"],\"de\":[\"Frankreich\"]},\"descriptions\":{\"en\":\"country in Western Europe\"},\"types\":[\"Q6256\"],\"popularity\":350}",
      "{\"id\":\"Q567\",\"names\":{\"en\":[\"Angela Merkel\",\"Merkel\"]},\"descriptions\":{\"en\":\"Chancellor of Germany from 2005 to 2021\"},\"types\":[\"Q5\"],\"relations\":{\"P27\":[\"Q183\"]},\"popularity\":200}",
      "");

  @BeforeAll
  static void buildKb() throws Exception {
    kb = tmp.resolve("kb");
    CliTest.jsonlKb(tmp, ENTITIES);
  }

  static McpSyncClient stdioClient(Path kbDir, String... more) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> args = new ArrayList<>(List.of("--add-modules", "jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8", "-Dpolylink.wikidict=off",
        "-cp", System.getProperty("java.class.path"), "io.polylink.cli.PolylinkCli", "mcp", "--kb", kbDir.toString()));
    args.addAll(List.of(more));
    StdioClientTransport t = new StdioClientTransport(ServerParameters.builder(java).args(args).build(),
        McpJsonDefaults.getMapper());
    t.setStdErrorHandler(line -> { }); // the server's notes on stderr are not MCP messages
    return McpClient.sync(t).requestTimeout(Duration.ofSeconds(60)).initializationTimeout(Duration.ofSeconds(60))
        .build();
  }

  static McpSyncClient httpClient(String url, String bearer) {
    HttpRequest.Builder rb = HttpRequest.newBuilder();
    if (bearer != null) {
      rb.header("Authorization", "Bearer " + bearer);
    }
    HttpClientStreamableHttpTransport t = HttpClientStreamableHttpTransport.builder(url).endpoint("/mcp")
        .requestBuilder(rb).build();
    return McpClient.sync(t).requestTimeout(Duration.ofSeconds(60)).build();
  }

  @Test
  void stdioServesEveryToolToTheSdkClient() throws Exception {
    try (McpSyncClient c = stdioClient(kb)) {
      exercise(c, false);
    }
  }

  @Test
  void stdioOffersAddEntityOnlyBehindTheFlag() throws Exception {
    Path copy = tmp.resolve("kb-add");
    CliTest.jsonlKb(tmp.resolve("entities.jsonl"), copy);
    try (McpSyncClient c = stdioClient(copy, "--allow-add")) {
      exercise(c, true);
    }
  }

  @Test
  void httpServesEveryToolAndAddEntityOnlyWithTheAdminToken() throws Exception {
    Path copy = tmp.resolve("kb-http");
    CliTest.jsonlKb(tmp.resolve("entities.jsonl"), copy);
    try (KnowledgeBase k = KnowledgeBase.open(copy);
         PolylinkServer server = PolylinkServer.builder(k).config(ServerConfig.defaults().withPort(0)
             .withAdminToken("a-long-enough-admin-token")).start()) {
      try (McpSyncClient c = httpClient(server.url(), null)) {
        exercise(c, false);
      }
      try (McpSyncClient c = httpClient(server.url(), "wrong-token")) {
        c.initialize();
        assertFalse(names(c).contains("add_entity"));
      }
      try (McpSyncClient c = httpClient(server.url(), "a-long-enough-admin-token")) {
        exercise(c, true);
      }
    }
  }

  static Set<String> names(McpSyncClient c) {
    return c.listTools().tools().stream().map(McpSchema.Tool::name).collect(Collectors.toSet());
  }

  static McpSchema.CallToolResult call(McpSyncClient c, String tool, Map<String, Object> args) {
    return c.callTool(new McpSchema.CallToolRequest(tool, args));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> ok(McpSchema.CallToolResult r) {
    assertFalse(Boolean.TRUE.equals(r.isError()), () -> "tool error: " + text(r));
    assertNotNull(r.structuredContent());
    assertTrue(text(r).startsWith("{"), text(r)); // the same JSON as text, for hosts that read only text
    return (Map<String, Object>) r.structuredContent();
  }

  static String text(McpSchema.CallToolResult r) {
    return ((McpSchema.TextContent) r.content().get(0)).text();
  }

  /** A tool error: one line that names what was wrong, no stack trace, no library internals. */
  static void error(McpSchema.CallToolResult r, String mustMention) {
    assertTrue(Boolean.TRUE.equals(r.isError()), () -> "expected a tool error, got " + r);
    String t = text(r);
    assertFalse(t.contains("\n"), t);
    assertFalse(t.contains("Exception") || t.contains("\tat ") || t.contains("jackson"), t);
    assertTrue(t.contains(mustMention), () -> "'" + t + "' should mention " + mustMention);
  }

  @SuppressWarnings("unchecked")
  static void exercise(McpSyncClient c, boolean addAllowed) {
    McpSchema.InitializeResult init = c.initialize();
    assertEquals("polylink", init.serverInfo().name());
    assertNotNull(init.capabilities().tools());

    List<McpSchema.Tool> tools = c.listTools().tools();
    Set<String> expected = addAllowed
        ? Set.of("link_entities", "search_entities", "get_entity", "redact_text", "add_entity")
        : Set.of("link_entities", "search_entities", "get_entity", "redact_text");
    assertEquals(expected, tools.stream().map(McpSchema.Tool::name).collect(Collectors.toSet()));
    for (McpSchema.Tool t : tools) {
      assertTrue(t.description().length() > 60, t.name());
      assertEquals("object", t.inputSchema().get("type"), t.name());
      assertFalse(((List<?>) t.inputSchema().get("required")).isEmpty(), t.name());
      assertNotNull(t.outputSchema(), t.name());
    }

    // link_entities
    Map<String, Object> linked = ok(call(c, "link_entities", Map.of("text", "Angela Merkel flew from Paris to France.")));
    List<Map<String, Object>> mentions = (List<Map<String, Object>>) linked.get("mentions");
    assertEquals(List.of("Q567", "Q90", "Q142"), mentions.stream().map(m -> m.get("id")).toList());
    assertEquals("capital of France", mentions.get(1).get("description"));
    assertEquals("http://www.wikidata.org/entity/Q90", mentions.get(1).get("uri"));
    assertEquals(0, ((Number) mentions.get(0).get("start")).intValue());
    assertEquals(13, ((Number) mentions.get(0).get("end")).intValue());
    assertTrue(((String) linked.get("annotated")).startsWith("Angela Merkel[1] flew from Paris[2] to France[3]."),
        (String) linked.get("annotated"));
    Map<String, Object> onlyPlaces = ok(call(c, "link_entities", Map.of("text", "Angela Merkel flew from Paris.",
        "types", List.of("LOC"))));
    assertEquals(List.of("Q90"), ((List<Map<String, Object>>) onlyPlaces.get("mentions")).stream()
        .map(m -> m.get("id")).toList());
    error(call(c, "link_entities", Map.of()), "'text'");
    error(call(c, "link_entities", Map.of("text", "Paris", "confidence", 2)), "'confidence'");
    error(call(c, "link_entities", Map.of("text", 42)), "'text' must be a string");
    error(call(c, "link_entities", Map.of("txt", "Paris")), "'txt'");
    error(call(c, "link_entities", Map.of("text", "Paris", "language", "not a language!")), "'language'");
    error(call(c, "link_entities", Map.of("text", "Paris", "types", List.of("PLANET"))), "'types'");

    // search_entities
    Map<String, Object> found = ok(call(c, "search_entities", Map.of("name", "Merkel")));
    Map<String, Object> first = ((List<Map<String, Object>>) found.get("candidates")).get(0);
    assertEquals("Q567", first.get("id"));
    assertEquals("exact", first.get("match"));
    assertEquals(List.of("en"), first.get("name_languages"));
    Map<String, Object> cyrillic = ((List<Map<String, Object>>) ok(call(c, "search_entities",
        Map.of("name", "париж"))).get("candidates")).get(0);
    assertEquals("Q90", cyrillic.get("id"));
    assertEquals(List.of("ru"), cyrillic.get("name_languages"));
    Map<String, Object> typo = ((List<Map<String, Object>>) ok(call(c, "search_entities",
        Map.of("name", "Frankriech"))).get("candidates")).get(0);
    assertEquals("Q142", typo.get("id"));
    assertEquals("fuzzy", typo.get("match"));
    assertEquals("Frankreich", typo.get("matched_name"));
    error(call(c, "search_entities", Map.of("name", "Paris", "limit", 0)), "'limit'");
    error(call(c, "search_entities", Map.of("name", "!!!")), "'name'");

    // get_entity
    Map<String, Object> paris = ok(call(c, "get_entity", Map.of("id", "Q90")));
    assertEquals("Paris", paris.get("label"));
    assertEquals("Париж", ((Map<String, Object>) paris.get("labels")).get("ru"));
    assertEquals(List.of("P17", "P31"), paris.get("type_profile"));
    Map<String, Object> country = ((List<Map<String, Object>>) paris.get("relations")).get(0);
    assertEquals("P17", country.get("property"));
    assertEquals(List.of(Map.of("id", "Q142", "label", "France")), country.get("targets"));
    error(call(c, "get_entity", Map.of("id", "Q999999")), "no entity 'Q999999'");
    error(call(c, "get_entity", Map.of("id", "two words")), "'id'");

    // redact_text
    Map<String, Object> redacted = ok(call(c, "redact_text", Map.of("text",
        "Write to jane.doe@example.com or call +49 30 1234567 today.")));
    String clean = (String) redacted.get("text");
    assertFalse(clean.contains("jane.doe@example.com") || clean.contains("1234567"), clean);
    assertFalse(text(call(c, "redact_text", Map.of("text", "Write to jane.doe@example.com"))).contains("jane.doe"));
    assertTrue(((Map<String, Object>) redacted.get("counts")).containsKey("EMAIL_ADDRESS")
        || ((Map<String, Object>) redacted.get("counts")).containsKey("EMAIL"), redacted.toString());
    error(call(c, "redact_text", Map.of("text", "x", "policy", "strict")), "'policy' must be an object");
    error(call(c, "redact_text", Map.of("text", "x", "policy", Map.of("no_such_key", 1))), "invalid 'policy'");

    // add_entity
    Map<String, Object> acme = Map.of("id", "kb:acme-1", "names", Map.of("en", List.of("Acme Anvils")),
        "descriptions", Map.of("en", "maker of anvils"), "type", "ORG");
    if (addAllowed) {
      Map<String, Object> added = ok(call(c, "add_entity", Map.of("entity", acme)));
      assertTrue(((List<String>) added.get("added")).contains("kb:acme-1")
          || ((List<String>) added.get("replaced")).contains("kb:acme-1"), added.toString());
      assertEquals("maker of anvils", ok(call(c, "get_entity", Map.of("id", "kb:acme-1"))).get("description"));
      error(call(c, "add_entity", Map.of("entity", Map.of("names", Map.of("en", List.of("No Id"))))), "'entity'");
      error(call(c, "add_entity", Map.of()), "'entity'");
    } else {
      // not offered: on stdio without the flag the tool does not exist; on HTTP without the token it is refused
      try {
        error(call(c, "add_entity", Map.of("entity", acme)), "admin token");
      } catch (McpError e) {
        assertTrue(String.valueOf(e.getJsonRpcError().data()).contains("add_entity"), e.toString());
      }
      error(call(c, "get_entity", Map.of("id", "kb:acme-1")), "no entity");
    }
    // an unknown tool is a protocol error (JSON-RPC -32602), as MCP specifies, naming the tool
    McpError unknown = assertThrows(McpError.class, () -> call(c, "no_such_tool", Map.of()));
    assertTrue(String.valueOf(unknown.getJsonRpcError().data()).contains("no_such_tool"), unknown.toString());
  }
}
