package io.polylink.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.model.Entity;
import io.polylink.model.EntityType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 14 and issue 19 item 2: the URIs each API gives resolve (Wikipedia in JSON, DBpedia for Spotlight and
 * GERBIL clients, who score against DBpedia), or say that they are local; none points to polylink.io.
 */
class UrisTest {

  @TempDir Path tmp;

  @Test
  void everyApiGivesTheUriItsClientsExpect() throws Exception {
    List<Entity> entities = new java.util.ArrayList<>(TestKb.entities());
    entities.add(TestKb.e("enwiki:Zürich", 120, EntityType.LOCATION, "largest city in Switzerland", Map.of(),
        "en", "Zürich", "de", "Zürich"));
    Path dir = tmp.resolve("kb");
    KbBuilder.into(dir).threads(1).build(TestKb.source(entities));
    try (KnowledgeBase kb = KnowledgeBase.open(dir);
         PolylinkServer server = PolylinkServer.builder(kb).config(ServerConfig.defaults().withPort(0)).start()) {
      Http http = new Http(server.url());
      String text = "Zürich liegt nicht weit von Berlin.";

      JsonNode mentions = http.post("/v1/link", "application/json", "{\"text\":\"" + text + "\",\"language\":\"de\"}")
          .json().get("mentions");
      JsonNode zurich = mentions.get(0);
      assertEquals("enwiki:Zürich", zurich.get("id").asText(), mentions.toString());
      assertEquals("https://en.wikipedia.org/wiki/Z%C3%BCrich", zurich.get("uri").asText());
      assertFalse(zurich.get("uri_local").asBoolean());
      assertEquals("http://www.wikidata.org/entity/Q64", mentions.get(1).get("uri").asText());

      Http.Answer spotlight = http.post("/rest/annotate", "application/x-www-form-urlencoded",
          "language=de&text=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8),
          "Accept", "application/json");
      assertEquals(200, spotlight.status(), spotlight.body());
      JsonNode resources = spotlight.json().get("Resources");
      assertEquals("http://dbpedia.org/resource/Z%C3%BCrich", resources.get(0).get("@URI").asText(), spotlight.body());
      assertEquals("http://www.wikidata.org/entity/Q64", resources.get(1).get("@URI").asText());

      Http.Answer candidates = http.post("/rest/candidates", "application/x-www-form-urlencoded",
          "language=de&text=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8),
          "Accept", "application/json");
      assertTrue(candidates.body().contains("\"@uri\":\"Z%C3%BCrich\""), candidates.body());

      Http.Answer nif = http.post("/gerbil/a2kb", "application/x-turtle", GerbilApiTest.gerbilRequest(text, new int[0][]));
      assertEquals(200, nif.status(), nif.body());
      List<GerbilApiTest.Phrase> phrases = GerbilApiTest.gerbilParse(nif.body(), text);
      assertEquals("http://dbpedia.org/resource/Z%C3%BCrich", phrases.get(0).uri(), nif.body());

      Http.Answer nifFormat = http.post("/v1/link", "application/json", "{\"text\":\"" + text + "\",\"format\":\"nif\"}");
      assertTrue(nifFormat.body().contains("<http://dbpedia.org/resource/Z%C3%BCrich>"), nifFormat.body());

      JsonNode entity = http.get("/v1/entities/enwiki:Zürich".replace("ü", "%C3%BC")).json();
      assertEquals("https://en.wikipedia.org/wiki/Z%C3%BCrich", entity.get("uri").asText(), entity.toString());
      assertFalse(entity.get("uri_local").asBoolean());

      // an entity with no public page says so instead of pointing to a host that serves nothing
      JsonNode local = http.get("/v1/entities/tz:Europe/Paris").json();
      assertEquals("urn:polylink:tz:Europe/Paris", local.get("uri").asText(), local.toString());
      assertTrue(local.get("uri_local").asBoolean());
      assertFalse(http.get("/v1/entities/Q90").json().get("uri_local").asBoolean());
    }
  }
}
