package io.polylink.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.polylink.kb.store.KnowledgeBase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /v1/kb/entities: the bearer token guards it, bad entities are rejected before anything is written, and what
 * is added is linkable by the next request.
 */
class KbWritesTest {

  static final String TOKEN = "test-admin-token-0123456789";
  static final String ACME = "{\"entities\":[{\"id\":\"kb:acme\",\"names\":{\"en\":[\"Acme Anvils\"],\"de\":[\"Acme Ambosse\"]},"
      + "\"descriptions\":{\"en\":\"maker of anvils\"},\"type\":\"ORG\",\"popularity\":50}]}";

  @TempDir Path tmp;

  @Test
  void writesNeedTheBearerTokenAndAreLinkableAtOnce() throws Exception {
    try (KnowledgeBase kb = TestKb.fresh(tmp.resolve("kb"));
         PolylinkServer server = PolylinkServer.builder(kb)
             .config(ServerConfig.defaults().withPort(0).withAdminToken(TOKEN)).start()) {
      Http http = new Http(server.url());
      long before = kb.size();
      Http.Answer none = http.post("/v1/kb/entities", "application/json", ACME);
      ErrorsTest.problem(none, 401, "Authorization: Bearer");
      assertEquals("Bearer realm=\"polylink\"", none.header("WWW-Authenticate"));
      ErrorsTest.problem(http.post("/v1/kb/entities", "application/json", ACME, "Authorization", "Bearer wrong-token-000000000"),
          401, "not the server's admin token");
      ErrorsTest.problem(http.post("/v1/kb/entities", "application/json", ACME, "Authorization", "Basic " + TOKEN), 401,
          "must be 'Bearer");
      // authorized, but malformed: 400 naming the entity and the reason, and nothing written
      ErrorsTest.problem(http.post("/v1/kb/entities", "application/json", "{\"entities\":[{\"id\":\"kb:ok\",\"names\":"
          + "{\"en\":[\"Okay Corp\"]}},{\"names\":{\"en\":[\"x\"]}}]}", "Authorization", "Bearer " + TOKEN), 400,
          "entity 2: missing \"id\"");
      ErrorsTest.problem(http.post("/v1/kb/entities", "application/x-ndjson", "{\"id\":\"kb:a\"}\n{\"id\":\"kb:a\"}\n",
          "Authorization", "Bearer " + TOKEN), 400, "given twice");
      ErrorsTest.problem(http.post("/v1/kb/entities", "text/plain", "kb:a", "Authorization", "Bearer " + TOKEN), 415,
          "application/json");
      ErrorsTest.problem(http.post("/v1/kb/entities", "application/json", "{\"entities\":[{\"id\":\"kb:nameless\"}]}",
          "Authorization", "Bearer " + TOKEN), 400, "nothing added");
      // issue 14 item 6: a lone surrogate escape was a 500 "(UncheckedIOException)"; it is not Unicode: 400
      ErrorsTest.problem(http.post("/v1/kb/entities", "application/json", "{\"entities\":[{\"id\":\"kb:s\",\"names\":"
          + "{\"en\":[\"\\ud800\"]}}]}", "Authorization", "Bearer " + TOKEN), 400,
          "'entities[0].names.en[0]' holds a lone surrogate \\ud800");
      ErrorsTest.problem(http.post("/v1/kb/entities", "application/x-ndjson", "{\"id\":\"kb:t\",\"names\":{\"en\":[\"T\"]}}\n"
          + "{\"id\":\"kb:s\",\"names\":{\"en\":[\"S\\ud800\"]}}\n", "Authorization", "Bearer " + TOKEN), 400,
          "entity 2: 'names.en[0]' holds a lone surrogate");
      assertEquals(before, kb.size(), "rejected requests add nothing");
      assertEquals(404, http.get("/v1/entities/kb:ok").status());

      // the text does not link before the add
      String text = "{\"text\":\"Acme Anvils shipped a new anvil.\",\"language\":\"en\"}";
      for (JsonNode m : http.post("/v1/link", "application/json", text).json().get("mentions")) {
        assertFalse("kb:acme".equals(m.get("id").asText()), m.toString());
      }
      Http.Answer added = http.post("/v1/kb/entities", "application/json", ACME, "Authorization", "Bearer " + TOKEN);
      assertEquals(201, added.status(), added.body());
      assertEquals("kb:acme", added.json().get("added").get(0).asText());
      assertEquals(0, added.json().get("replaced").size());
      assertEquals(before + 1, added.json().get("kb_entities").asLong());
      JsonNode m = http.post("/v1/link", "application/json", text).json().get("mentions").get(0);
      assertEquals("kb:acme", m.get("id").asText(), "linkable by the next request: " + m);
      assertEquals("ORG", m.get("type").asText());
      assertEquals("maker of anvils", m.get("description").asText());
      assertEquals("Acme Ambosse", http.get("/v1/entities/kb:acme?language=de").json().get("label").asText());

      Http.Answer again = http.post("/v1/kb/entities", "application/x-ndjson",
          "{\"id\":\"kb:acme\",\"names\":{\"en\":[\"Acme Anvils\"]},\"descriptions\":{\"en\":\"anvils since 1949\"}}\n",
          "Authorization", "Bearer " + TOKEN);
      assertEquals(200, again.status(), again.body());
      assertEquals("kb:acme", again.json().get("replaced").get(0).asText());
      assertEquals("anvils since 1949", http.get("/v1/entities/kb:acme").json().get("description").asText());
      assertTrue(http.get("/health").json().get("kb_writes").asBoolean());
    }
  }

  @Test
  void withoutATokenWritesAreOff() {
    try (PolylinkServer server = PolylinkServer.builder(TestKb.get()).config(ServerConfig.defaults().withPort(0)).start()) {
      Http http = new Http(server.url());
      ErrorsTest.problem(http.post("/v1/kb/entities", "application/json", ACME, "Authorization", "Bearer " + TOKEN), 403,
          "KB writes are off");
      assertFalse(http.get("/health").json().get("kb_writes").asBoolean());
    }
  }
}
