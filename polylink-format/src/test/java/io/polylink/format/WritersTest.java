package io.polylink.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.model.Candidate;
import io.polylink.model.Document;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Mention;
import io.polylink.model.Span;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.junit.jupiter.api.Test;

/** The shared writers produce what standard parsers read back unchanged. */
class WritersTest {

  static final String TEXT = "\"Paris\"\\ ist\tschön\n\uD83D\uDE00 Zorblax Quint";

  static LinkedDocument doc() {
    Link paris = new Link(new Mention(new Span(1, 6), "Paris", 0.9), EntityId.of("Q90"), "Paris", 0.9, EntityType.LOCATION,
        List.of(new Candidate(EntityId.of("Q90"), 0.9, 0.8), new Candidate(EntityId.of("Q1"), 0.3, 0.1)));
    Link nil = new Link(new Mention(new Span(20, 33), "Zorblax Quint", 0.8), null, null, 0.2, EntityType.PERSON, List.of());
    return new LinkedDocument(new Document("d1", TEXT, Language.of("de")), List.of(paris, nil));
  }

  @Test
  void nifReadsBackWithJena() throws Exception {
    StringBuilder sb = new StringBuilder();
    new NifWriter(sb).prefixes().document("https://example.org/doc/1", null, doc());
    Model m = ModelFactory.createDefaultModel();
    m.read(new StringReader(sb.toString()), null, "TTL");
    Property isString = m.createProperty(NifWriter.NIF, "isString");
    assertEquals(TEXT, m.listObjectsOfProperty(isString).next().asLiteral().getString());
    Property anchor = m.createProperty(NifWriter.NIF, "anchorOf");
    assertEquals(2, m.listSubjectsWithProperty(anchor).toList().size());
    Property ident = m.createProperty(NifWriter.ITSRDF, "taIdentRef");
    Set<String> uris = new java.util.TreeSet<>();
    m.listObjectsOfProperty(ident).forEachRemaining(n -> uris.add(n.asResource().getURI()));
    assertEquals(Set.of("http://www.wikidata.org/entity/Q90", "https://polylink.io/nil/Zorblax+Quint"), uris);
    assertTrue(NifWriter.isNilUri("https://polylink.io/nil/Zorblax+Quint"));
  }

  @Test
  void turtleIriEscapesWhatTurtleForbids() {
    assertEquals("<http://x/a%20b%3Cc%3E>", Turtle.iri("http://x/a b<c>"));
    assertEquals("\"a\\\"b\\\\c\\u0001\"", Turtle.literal("a\"b\\c\u0001"));
  }

  @Test
  void spotlightXmlKeepsTheTextExactly() throws Exception {
    StringWriter w = new StringWriter();
    Spotlight.annotationXml(w, TEXT + "\u0001", Spotlight.Params.defaults(), Spotlight.resources(doc(), id -> 7));
    var d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(TEXT + "\uFFFD", d.getDocumentElement().getAttribute("text"), "controls XML cannot hold become U+FFFD");
    var r = (org.w3c.dom.Element) d.getElementsByTagName("Resource").item(0);
    assertEquals("7", r.getAttribute("support"));
    assertEquals("1", r.getAttribute("offset"));
    assertEquals(1, d.getElementsByTagName("Resource").getLength(), "NIL has no Spotlight form");
  }

  @Test
  void spotlightTypesParseBothWays() {
    assertEquals(Set.of(EntityType.PERSON, EntityType.LOCATION), Spotlight.parseTypes("DBpedia:Person, Schema:Place"));
    assertEquals(Set.of(EntityType.ORGANIZATION), Spotlight.parseTypes("org"));
    assertEquals(Set.of(EntityType.OTHER), Spotlight.parseTypes("Polylink:MISC"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Spotlight.parseTypes("Alien"));
    assertTrue(e.getMessage().contains("'Alien'"));
  }
}
