package io.polylink.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.polylink.link.tagger.SequenceTagger;
import io.polylink.link.tagger.TaggedSpan;
import io.polylink.link.tagger.TrainingText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a server built with a learned mention detector links with it as {@code link --mentions-model} does: a
 * tagged firm the KB lacks comes back as a NIL mention of the tagger's type, on /v1 and on /mcp's linker.
 */
class MentionsModelTest {

  private static final String TEXT = "Kestrin Fendal verkaufte gestern Tee.";

  /** "Quelbin Orsat verkaufte gestern Tee." with the firm tagged {@code org}. */
  static SequenceTagger firmTagger() {
    String[][] firms = {{"Quelbin", "Orsat"}, {"Drevik", "Lumard"}, {"Varnek", "Sorbel"}, {"Almaro", "Brisko"}};
    List<TrainingText> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String[] f = firms[i % firms.length];
      String name = f[0] + " " + f[1];
      docs.add(new TrainingText("d" + i, name + " verkaufte gestern Tee.",
          List.of(new TaggedSpan("org", 0, name.length()))));
    }
    return SequenceTagger.train(docs, SequenceTagger.Settings.defaults());
  }

  private static JsonNode firm(JsonNode mentions) {
    for (JsonNode m : mentions) {
      if (m.get("surface").asText().equals("Kestrin Fendal")) {
        return m;
      }
    }
    return null;
  }

  @Test
  void aServedRequestReturnsATaggedNameTheKbLacksAsNilWithItsType() {
    PolylinkServer server = PolylinkServer.builder(TestKb.get()).config(ServerConfig.defaults().withPort(0))
        .mentionTagger(firmTagger()).start();
    try {
      Http http = new Http(server.url());
      for (String body : new String[] {"{\"text\":\"" + TEXT + "\"}",
          "{\"text\":\"" + TEXT + "\",\"confidence\":0.5}"}) { // a linker of its own per threshold
        Http.Answer a = http.post("/v1/link", "application/json", body);
        assertEquals(200, a.status(), a.body());
        JsonNode m = firm(a.json().get("mentions"));
        assertTrue(m != null, "the tagged firm is a mention: " + a.body());
        assertTrue(m.get("nil").asBoolean(), a.body());
        assertTrue(m.get("id").isNull(), a.body());
        assertEquals("ORG", m.get("type").asText(), a.body());
      }
    } finally {
      server.stop();
    }
  }

  @Test
  void withoutADetectorTheFirmIsNoOrganization() {
    PolylinkServer server = PolylinkServer.builder(TestKb.get()).config(ServerConfig.defaults().withPort(0)).start();
    try {
      Http.Answer a = new Http(server.url()).post("/v1/link", "application/json", "{\"text\":\"" + TEXT + "\"}");
      assertEquals(200, a.status(), a.body());
      JsonNode m = firm(a.json().get("mentions"));
      assertTrue(m == null || !m.get("type").asText().equals("ORG"), a.body());
    } finally {
      server.stop();
    }
  }
}
