package io.polylink.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** DBpedia Spotlight's /rest interface: field names and formats a Spotlight client reads. */
class SpotlightApiTest {

  @RegisterExtension static final TestServer SERVER = TestServer.with(ServerConfig.defaults());
  static final String TEXT = "Angela Merkel flew from Berlin to \"Paris\" & back.";
  static final String[] RESOURCE_FIELDS = {"@URI", "@support", "@types", "@surfaceForm", "@offset", "@similarityScore",
      "@percentageOfSecondRank"};

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void annotateJsonHasSpotlightsFieldNames() {
    Http.Answer a = SERVER.http().get("/rest/annotate?text=" + q(TEXT) + "&confidence=0.4", "Accept", "application/json");
    assertEquals(200, a.status(), a.body());
    JsonNode j = a.json();
    assertEquals(TEXT, j.get("@text").asText());
    for (String f : new String[] {"@confidence", "@support", "@types", "@sparql", "@policy"}) {
      assertTrue(j.has(f), f);
    }
    JsonNode rs = j.get("Resources");
    assertEquals(3, rs.size(), a.body());
    for (JsonNode r : rs) {
      for (String f : RESOURCE_FIELDS) {
        assertTrue(r.has(f) && r.get(f).isTextual(), f + " as a string in " + r);
      }
    }
    JsonNode merkel = rs.get(0);
    assertEquals("http://www.wikidata.org/entity/Q567", merkel.get("@URI").asText());
    assertEquals("Angela Merkel", merkel.get("@surfaceForm").asText());
    assertEquals("0", merkel.get("@offset").asText());
    assertEquals("200", merkel.get("@support").asText());
    assertTrue(merkel.get("@types").asText().contains("DBpedia:Person"), merkel.toString());
    assertEquals("24", rs.get(1).get("@offset").asText());
  }

  @Test
  void postFormTypesSupportAndPolicy() {
    Http.Answer a = SERVER.http().post("/rest/annotate", "application/x-www-form-urlencoded",
        "text=" + q(TEXT) + "&types=" + q("DBpedia:Place") + "&support=260", "Accept", "application/json");
    assertEquals(200, a.status(), a.body());
    JsonNode rs = a.json().get("Resources");
    assertEquals(1, rs.size(), "places with support >= 260: only Paris (300), not Berlin (250): " + a.body());
    assertEquals("Paris", rs.get(0).get("@surfaceForm").asText());

    Http.Answer black = SERVER.http().get("/rest/annotate?text=" + q(TEXT) + "&types=PER&policy=blacklist");
    assertEquals(2, black.json().get("Resources").size(), black.body());
  }

  @Test
  void annotateXmlWhenAskedForXml() throws Exception {
    Http.Answer a = SERVER.http().get("/rest/annotate?text=" + q(TEXT), "Accept", "text/xml");
    assertEquals(200, a.status(), a.body());
    assertTrue(a.contentType().startsWith("text/xml"), a.contentType());
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(a.body().getBytes(StandardCharsets.UTF_8)));
    Element root = d.getDocumentElement();
    assertEquals("Annotation", root.getTagName());
    assertEquals(TEXT, root.getAttribute("text"));
    NodeList rs = root.getElementsByTagName("Resource");
    assertEquals(3, rs.getLength());
    Element first = (Element) rs.item(0);
    for (String f : RESOURCE_FIELDS) {
      assertTrue(first.hasAttribute(f.substring(1)), f.substring(1));
    }
    assertEquals("Angela Merkel", first.getAttribute("surfaceForm"));
    assertEquals("Resources", rs.item(0).getParentNode().getNodeName());

    Http.Answer app = SERVER.http().get("/rest/annotate?text=Paris", "Accept", "application/xml");
    assertTrue(app.body().contains("<Resource URI=\"http://www.wikidata.org/entity/Q90\""), app.body());
  }

  @Test
  void xmlKeepsLineBreaksInTheText() throws Exception {
    String text = "Paris\nund\tBerlin";
    Http.Answer a = SERVER.http().get("/rest/annotate?text=" + q(text), "Accept", "text/xml");
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(a.body().getBytes(StandardCharsets.UTF_8)));
    assertEquals(text, d.getDocumentElement().getAttribute("text"));
  }

  @Test
  void candidatesJsonAndXml() throws Exception {
    Http.Answer a = SERVER.http().get("/rest/candidates?text=" + q("Paris ist schön"));
    assertEquals(200, a.status(), a.body());
    JsonNode sf = a.json().get("annotation").get("surfaceForm");
    assertEquals("Paris", sf.get(0).get("@name").asText());
    assertEquals("0", sf.get(0).get("@offset").asText());
    JsonNode res = sf.get(0).get("resource");
    assertTrue(res.size() >= 2, "Paris is ambiguous in the test KB: " + a.body());
    for (String f : new String[] {"@label", "@uri", "@contextualScore", "@percentageOfSecondRank", "@support",
        "@priorScore", "@finalScore", "@types"}) {
      assertTrue(res.get(0).has(f), f);
    }
    assertEquals("Q90", res.get(0).get("@uri").asText());

    Http.Answer x = SERVER.http().post("/rest/candidates", "application/x-www-form-urlencoded", "text=Paris", "Accept", "text/xml");
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(x.body().getBytes(StandardCharsets.UTF_8)));
    assertEquals("annotation", d.getDocumentElement().getTagName());
    Element form = (Element) d.getElementsByTagName("surfaceForm").item(0);
    assertEquals("Paris", form.getAttribute("name"));
    assertTrue(form.getElementsByTagName("resource").getLength() >= 1);
  }

  @Test
  void spotlightErrorsAreProblems() {
    Http.Answer none = SERVER.http().get("/rest/annotate");
    assertEquals(400, none.status());
    assertTrue(none.json().get("detail").asText().contains("missing parameter 'text'"), none.body());
    Http.Answer conf = SERVER.http().get("/rest/annotate?text=Paris&confidence=high");
    assertEquals(400, conf.status());
    assertTrue(conf.json().get("detail").asText().contains("confidence"), conf.body());
    Http.Answer types = SERVER.http().get("/rest/annotate?text=Paris&types=DBpedia:Spaceship");
    assertEquals(400, types.status());
    assertTrue(types.json().get("detail").asText().contains("DBpedia:Spaceship"), types.body());
    Http.Answer url = SERVER.http().get("/rest/annotate?url=" + q("http://example.org/"));
    assertEquals(400, url.status());
    Http.Answer accept = SERVER.http().get("/rest/annotate?text=Paris", "Accept", "image/png");
    assertEquals(406, accept.status());
    Http.Answer json = SERVER.http().post("/rest/annotate", "application/json", "{\"text\":\"Paris\"}");
    assertEquals(415, json.status());
  }
}
