package io.polylink.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JSON API, health, metrics and the OpenAPI document, as a client sees them. */
class ApiTest {

  @RegisterExtension static final TestServer SERVER = TestServer.with(ServerConfig.defaults().withWorkers(2, 16));

  @Test
  void linkOneTextGivesTheMentionContractPlusUriAndDescription() {
    Http.Answer a = SERVER.http().post("/v1/link", "application/json", "{\"text\":\"Angela Merkel flog von Berlin nach Paris.\"}");
    assertEquals(200, a.status(), a.body());
    assertTrue(a.contentType().startsWith("application/json"), a.contentType());
    JsonNode doc = a.json();
    assertEquals("de", doc.get("language").asText());
    JsonNode m = doc.get("mentions");
    assertEquals(3, m.size(), a.body());
    for (String f : new String[] {"start", "end", "surface", "id", "label", "score", "nil", "type", "uri", "description"}) {
      assertTrue(m.get(0).has(f), f + " in " + m.get(0));
    }
    assertEquals("Q567", m.get(0).get("id").asText());
    assertEquals(0, m.get(0).get("start").asInt());
    assertEquals(13, m.get(0).get("end").asInt());
    assertEquals("http://www.wikidata.org/entity/Q567", m.get(0).get("uri").asText());
    assertEquals("Chancellor of Germany from 2005 to 2021", m.get(0).get("description").asText());
    assertEquals("Q64", m.get(1).get("id").asText());
    assertEquals("Q90", m.get(2).get("id").asText());
  }

  @Test
  void offsetsAreCodePoints() {
    Http.Answer a = SERVER.http().post("/v1/link", "application/json", "{\"text\":\"\uD83D\uDE00\uD83D\uDE00 Paris und Berlin\"}");
    JsonNode m = a.json().get("mentions").get(0);
    assertEquals("Paris", m.get("surface").asText());
    assertEquals(3, m.get("start").asInt(), "two emoji and a space are 3 code points");
  }

  @Test
  void documentsLanguagesTypesAndConfidence() {
    Http.Answer a = SERVER.http().post("/v1/link", "application/json", "{\"documents\":[{\"id\":\"a\",\"text\":\"Париж и Берлин\"},"
        + "{\"id\":7,\"text\":\"Angela Merkel in Paris\"}],\"types\":[\"PER\"],\"languages\":[\"en\",\"ru\"]}");
    assertEquals(200, a.status(), a.body());
    JsonNode docs = a.json().get("documents");
    assertEquals(2, docs.size());
    assertEquals("a", docs.get(0).get("id").asText());
    assertEquals("ru", docs.get(0).get("language").asText());
    assertEquals(0, docs.get(0).get("mentions").size(), "only persons: " + docs.get(0));
    assertEquals("7", docs.get(1).get("id").asText());
    assertEquals(1, docs.get(1).get("mentions").size());
    assertEquals("PER", docs.get(1).get("mentions").get(0).get("type").asText());

    Http.Answer strict = SERVER.http().post("/v1/link", "application/json", "{\"text\":\"Angela Merkel in Paris\",\"confidence\":1.0}");
    for (JsonNode m : strict.json().get("mentions")) {
      assertTrue(m.get("nil").asBoolean(), "nothing scores above 1.0: " + m);
      assertTrue(m.get("id").isNull());
    }
  }

  @Test
  void plainTextBodyWithQueryOptionsAndOtherFormats() throws Exception {
    Http.Answer a = SERVER.http().post("/v1/link?language=en&types=LOC", "text/plain; charset=utf-8", "Angela Merkel in Paris");
    assertEquals(200, a.status(), a.body());
    assertEquals("en", a.json().get("language").asText());
    assertEquals(1, a.json().get("mentions").size());

    Http.Answer nif = SERVER.http().post("/v1/link", "application/json", "{\"text\":\"Merkel in \\\"Paris\\\"\",\"format\":\"nif\"}");
    assertEquals(200, nif.status(), nif.body());
    assertTrue(nif.contentType().startsWith("text/turtle"), nif.contentType());
    Model m = ModelFactory.createDefaultModel();
    m.read(new ByteArrayInputStream(nif.body().getBytes(StandardCharsets.UTF_8)), null, "TTL");
    assertEquals(2, m.listSubjectsWithProperty(m.createProperty(io.polylink.format.NifWriter.NIF, "anchorOf")).toList().size());

    Http.Answer sp = SERVER.http().post("/v1/link", "application/json", "{\"text\":\"Angela Merkel in Paris\",\"format\":\"spotlight\"}");
    assertEquals("http://www.wikidata.org/entity/Q567", sp.json().get("Resources").get(0).get("@URI").asText());
  }

  @Test
  void entitiesById() {
    Http.Answer a = SERVER.http().get("/v1/entities/Q90?language=ru");
    assertEquals(200, a.status(), a.body());
    JsonNode e = a.json();
    assertEquals("Q90", e.get("id").asText());
    assertEquals("Париж", e.get("label").asText());
    assertEquals("LOC", e.get("type").asText());
    assertEquals(300, e.get("popularity").asInt());
    assertEquals("巴黎", e.get("labels").get("zh").asText());
    assertEquals("Q142", e.get("relations").get("P17").get(0).asText());

    Http.Answer slash = SERVER.http().get("/v1/entities/tz:Europe/Paris");
    assertEquals(200, slash.status(), slash.body());
    assertEquals("tz:Europe/Paris", slash.json().get("id").asText());

    Http.Answer missing = SERVER.http().get("/v1/entities/Q999999");
    assertEquals(404, missing.status());
    assertTrue(missing.contentType().startsWith("application/problem+json"), missing.contentType());
    assertTrue(missing.json().get("detail").asText().contains("Q999999"), missing.body());
  }

  @Test
  void redactUsesTheRedactionLibrary() {
    Http.Answer a = SERVER.http().post("/v1/redact", "application/json",
        "{\"text\":\"Write to jane.doe@example.com or call +1 212 555 0100.\"}");
    assertEquals(200, a.status(), a.body());
    String text = a.json().get("text").asText();
    assertFalse(text.contains("jane.doe@example.com"), text);
    assertFalse(text.contains("555 0100"), text);
    assertTrue(a.json().get("report").toString().contains("EMAIL"), a.body());

    Http.Answer masked = SERVER.http().post("/v1/redact", "application/json", "{\"text\":\"Mail jane.doe@example.com now\","
        + "\"policy\":{\"default\":{\"operator\":\"mask\",\"char\":\"#\"}}}");
    assertEquals(200, masked.status(), masked.body());
    assertTrue(masked.json().get("text").asText().contains("####"), masked.body());

    Http.Answer badPolicy = SERVER.http().post("/v1/redact", "application/json", "{\"text\":\"x\",\"policy\":{\"default\":\"shred\"}}");
    assertEquals(400, badPolicy.status());
    assertTrue(badPolicy.json().get("detail").asText().contains("unknown operator 'shred'"), badPolicy.body());
  }

  @Test
  void healthMetricsAndOpenApi() {
    SERVER.http().post("/v1/link", "application/json", "{\"text\":\"Paris\"}");
    Http.Answer h = SERVER.http().get("/health");
    assertEquals(200, h.status());
    assertEquals("ok", h.json().get("status").asText());
    assertEquals(TestKb.entities().size(), h.json().get("kb").get("entities").asInt());

    Http.Answer m = SERVER.http().get("/metrics");
    assertEquals(200, m.status());
    assertTrue(m.contentType().startsWith("text/plain"), m.contentType());
    for (String s : new String[] {"# TYPE polylink_http_requests_total counter",
        "polylink_http_requests_total{route=\"/v1/link\",method=\"POST\",status=\"200\"}",
        "# TYPE polylink_http_request_duration_seconds histogram",
        "polylink_http_request_duration_seconds_bucket{route=\"/v1/link\",le=\"+Inf\"}",
        "polylink_documents_total{route=\"/v1/link\"}", "polylink_mentions_total{result=\"linked\"}",
        "polylink_kb_entities " + TestKb.entities().size()}) {
      assertTrue(m.body().contains(s), s + " in\n" + m.body());
    }

    Http.Answer o = SERVER.http().get("/openapi.json");
    assertEquals(200, o.status());
    JsonNode paths = o.json().get("paths");
    for (String p : new String[] {"/v1/link", "/v1/redact", "/v1/entities/{id}", "/v1/kb/entities", "/rest/annotate",
        "/rest/candidates", "/gerbil/a2kb", "/gerbil/d2kb", "/health", "/metrics"}) {
      assertTrue(paths.has(p), p);
    }
  }

  @Test
  void thePageIsServedFromTheJar() {
    Http.Answer page = SERVER.http().get("/");
    assertEquals(200, page.status());
    assertTrue(page.contentType().startsWith("text/html"), page.contentType());
    assertTrue(page.body().contains("<script src=\"/app.js\">"));
    assertFalse(page.body().contains("http://") && page.body().contains("cdn"), "no CDN");
    assertEquals(200, SERVER.http().get("/app.js").status());
    assertEquals(200, SERVER.http().get("/style.css").status());
    assertNull(SERVER.http().get("/").header("Server"), "no server version banner");
  }
}
