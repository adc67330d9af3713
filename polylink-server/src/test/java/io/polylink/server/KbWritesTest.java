package io.polylink.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** POST /v1/kb/entities: the bearer token guards it, and bad entities are rejected before anything is written. */
class KbWritesTest {

  static final String TOKEN = "test-admin-token-0123456789";
  static final String ACME = "{\"entities\":[{\"id\":\"kb:acme\",\"names\":{\"en\":[\"Acme Anvils\"]},"
      + "\"descriptions\":{\"en\":\"maker of anvils\"},\"type\":\"ORG\"}]}";

  @Test
  void writesNeedTheBearerToken() {
    try (PolylinkServer server = PolylinkServer.builder(TestKb.get())
        .config(ServerConfig.defaults().withPort(0).withAdminToken(TOKEN)).start()) {
      Http http = new Http(server.url());
      Http.Answer none = http.post("/v1/kb/entities", "application/json", ACME);
      ErrorsTest.problem(none, 401, "Authorization: Bearer");
      assertEquals("Bearer realm=\"polylink\"", none.header("WWW-Authenticate"));
      ErrorsTest.problem(http.post("/v1/kb/entities", "application/json", ACME, "Authorization", "Bearer wrong-token-000000000"),
          401, "not the server's admin token");
      ErrorsTest.problem(http.post("/v1/kb/entities", "application/json", ACME, "Authorization", "Basic " + TOKEN), 401,
          "must be 'Bearer");
      // authorized, but the entity is malformed: 400 naming the entity and the reason
      ErrorsTest.problem(http.post("/v1/kb/entities", "application/json", "{\"entities\":[{\"names\":{\"en\":[\"x\"]}}]}",
          "Authorization", "Bearer " + TOKEN), 400, "entity 1: missing \"id\"");
      ErrorsTest.problem(http.post("/v1/kb/entities", "application/x-ndjson", "{\"id\":\"kb:a\"}\n{\"id\":\"kb:a\"}\n",
          "Authorization", "Bearer " + TOKEN), 400, "given twice");
      ErrorsTest.problem(http.post("/v1/kb/entities", "text/plain", "kb:a", "Authorization", "Bearer " + TOKEN), 415,
          "application/json");
    }
  }

  @Test
  void withoutATokenWritesAreOff() {
    try (PolylinkServer server = PolylinkServer.builder(TestKb.get()).config(ServerConfig.defaults().withPort(0)).start()) {
      Http http = new Http(server.url());
      ErrorsTest.problem(http.post("/v1/kb/entities", "application/json", ACME, "Authorization", "Bearer " + TOKEN), 403,
          "KB writes are off");
      assertTrue(!http.get("/health").json().get("kb_writes").asBoolean());
    }
  }
}
