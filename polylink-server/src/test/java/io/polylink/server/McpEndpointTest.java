package io.polylink.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /mcp} over raw HTTP: the limits and problem documents of every route, JSON-RPC answers as JSON, tool errors
 * as one line; and {@code format=llm} on {@code /v1/link}. (The SDK client's walk through every tool is
 * polylink-cli's McpAcceptanceTest.)
 */
class McpEndpointTest {

  static final long MAX = SmallBodyServer.MAX;
  static final String MCP_ACCEPT = "application/json, text/event-stream";

  @RegisterExtension
  static final SmallBodyServer SERVER = new SmallBodyServer();

  static Http http() {
    return SERVER.http();
  }

  static Http.Answer rpc(String body) {
    return http().post("/mcp", "application/json", body, "Accept", MCP_ACCEPT);
  }

  @Test
  void toolsListAndACallAreJsonRpcOverPost() {
    Http.Answer list = rpc("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
    assertEquals(200, list.status(), list.body());
    JsonNode tools = list.json().get("result").get("tools");
    assertEquals(4, tools.size(), list.body()); // no add_entity: this server has no admin token
    Http.Answer call = rpc("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":"
        + "\"link_entities\",\"arguments\":{\"text\":\"Angela Merkel flog nach Paris.\"}}}");
    assertEquals(200, call.status(), call.body());
    JsonNode result = call.json().get("result");
    assertFalse(result.get("isError").asBoolean(), call.body());
    assertEquals("Q567", result.get("structuredContent").get("mentions").get(0).get("id").asText());
  }

  @Test
  void badArgumentsAreOneLineToolErrors() {
    Http.Answer call = rpc("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":"
        + "\"search_entities\",\"arguments\":{\"name\":\"Paris\",\"limit\":\"ten\"}}}");
    assertEquals(200, call.status(), call.body());
    JsonNode result = call.json().get("result");
    assertTrue(result.get("isError").asBoolean(), call.body());
    assertEquals("search_entities: 'limit' must be an integer in [1, 50], got 'ten'",
        result.get("content").get(0).get("text").asText());
  }

  @Test
  void otherMethodsAndOversizedBodiesAreProblems() {
    ErrorsTest.problem(http().get("/mcp"), 405, "stateless");
    String big = "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"link_entities\","
        + "\"arguments\":{\"text\":\"" + "Paris ".repeat((int) MAX / 6 + 10) + "\"}}}";
    ErrorsTest.problem(rpc(big), 413, "");
  }

  @Test
  void formatLlmGivesMarkedTextAndAnEntityTable() {
    Http.Answer a = http().post("/v1/link", "application/json",
        "{\"text\":\"Angela Merkel flog von Berlin nach Paris.\",\"format\":\"llm\"}");
    assertEquals(200, a.status(), a.body());
    assertTrue(a.contentType().startsWith("text/plain"), a.contentType());
    assertEquals("Angela Merkel[1] flog von Berlin[2] nach Paris[3].\n\n"
        + "[1] Q567 Angela Merkel: Chancellor of Germany from 2005 to 2021\n"
        + "[2] Q64 Berlin: capital of Germany\n"
        + "[3] Q90 Paris: capital and largest city of France\n", a.body());
  }
}
