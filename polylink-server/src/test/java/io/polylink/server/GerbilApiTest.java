package io.polylink.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.format.NifWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GERBIL's NIF web service contract, end to end: requests written the way GERBIL's NIF transfer library writes them
 * (a Jena model with one nif:Context, serialized as Turtle, sent as application/x-turtle;charset=UTF-8), answers
 * read back the way GERBIL reads them (the first nif:Context with nif:isString, then its phrases by
 * nif:referenceContext).
 */
class GerbilApiTest {

  @RegisterExtension static final TestServer SERVER = TestServer.with(ServerConfig.defaults());
  static final String NIF = NifWriter.NIF;
  static final String ITSRDF = NifWriter.ITSRDF;
  static final String DOC = "http://www.aksw.org/gerbil/NifWebService/request_0";
  // An astral character first: GERBIL's offsets are code points, Java's are UTF-16 units.
  static final String TEXT = "\uD834\uDD1E Angela Merkel besuchte Paris und traf Zorblax Quint.";

  record Phrase(int begin, int end, String anchor, String uri, double confidence) {}

  /** A request as GERBIL's DocumentWriter and AnnotationWriter build it. */
  static String gerbilRequest(String text, int[][] spans) {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefix("nif", NIF);
    m.setNsPrefix("itsrdf", ITSRDF);
    m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    m.setNsPrefix("rdf", RDF.getURI());
    int length = text.codePointCount(0, text.length());
    Resource ctx = m.createResource(DOC + "#char=0," + length);
    ctx.addProperty(RDF.type, m.createResource(NIF + "Context"));
    ctx.addProperty(RDF.type, m.createResource(NIF + "String"));
    ctx.addProperty(RDF.type, m.createResource(NIF + "RFC5147String"));
    ctx.addLiteral(m.createProperty(NIF, "isString"), m.createTypedLiteral(text, XSDDatatype.XSDstring));
    ctx.addLiteral(m.createProperty(NIF, "beginIndex"), m.createTypedLiteral(0, XSDDatatype.XSDnonNegativeInteger));
    ctx.addLiteral(m.createProperty(NIF, "endIndex"), m.createTypedLiteral(length, XSDDatatype.XSDnonNegativeInteger));
    for (int[] s : spans) {
      Resource p = m.createResource(DOC + "#char=" + s[0] + "," + s[1]);
      p.addProperty(RDF.type, m.createResource(NIF + "Phrase"));
      p.addProperty(RDF.type, m.createResource(NIF + "String"));
      p.addProperty(RDF.type, m.createResource(NIF + "RFC5147String"));
      int from = text.offsetByCodePoints(0, s[0]);
      int to = text.offsetByCodePoints(0, s[1]);
      p.addLiteral(m.createProperty(NIF, "anchorOf"), m.createTypedLiteral(text.substring(from, to), XSDDatatype.XSDstring));
      p.addLiteral(m.createProperty(NIF, "beginIndex"), m.createTypedLiteral(s[0], XSDDatatype.XSDnonNegativeInteger));
      p.addLiteral(m.createProperty(NIF, "endIndex"), m.createTypedLiteral(s[1], XSDDatatype.XSDnonNegativeInteger));
      p.addProperty(m.createProperty(NIF, "referenceContext"), ctx);
    }
    StringWriter w = new StringWriter();
    m.write(w, "TTL");
    return w.toString();
  }

  static Http.Answer send(String path, String turtle) {
    return SERVER.http().post(path, "application/x-turtle;charset=UTF-8", turtle, "Accept", "application/x-turtle",
        "Accept-Charset", "UTF-8");
  }

  /** Reads an answer as GERBIL's DocumentListParser and AnnotationParser do. */
  static List<Phrase> gerbilParse(String turtle, String expectedText) {
    Model m = ModelFactory.createDefaultModel();
    m.read(new StringReader(turtle), "", "TTL");
    String q = "SELECT DISTINCT ?context ?text WHERE { ?context a <" + NIF + "Context> . ?context <" + NIF
        + "isString> ?text . }";
    List<Resource> contexts = new ArrayList<>();
    try (QueryExecution exec = QueryExecutionFactory.create(QueryFactory.create(q), m)) {
      ResultSet rs = exec.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        contexts.add(s.getResource("context"));
        assertEquals(expectedText, s.getLiteral("text").getString());
      }
    }
    assertEquals(1, contexts.size(), "one document in the answer");
    assertEquals(DOC + "#char=0," + expectedText.codePointCount(0, expectedText.length()), contexts.get(0).getURI(),
        "the request's context URI is kept");
    Property ref = m.createProperty(NIF, "referenceContext");
    List<Phrase> out = new ArrayList<>();
    for (Resource p : m.listSubjectsWithProperty(ref, contexts.get(0)).toList()) {
      Statement conf = p.getProperty(m.createProperty(ITSRDF, "taConfidence"));
      out.add(new Phrase(p.getProperty(m.createProperty(NIF, "beginIndex")).getInt(),
          p.getProperty(m.createProperty(NIF, "endIndex")).getInt(),
          p.getProperty(m.createProperty(NIF, "anchorOf")).getString(),
          p.getProperty(m.createProperty(ITSRDF, "taIdentRef")).getResource().getURI(),
          conf == null ? Double.NaN : conf.getDouble()));
      assertTrue(p.hasProperty(RDF.type, m.createResource(NIF + "Phrase")));
    }
    out.sort(java.util.Comparator.comparingInt(Phrase::begin));
    return out;
  }

  @Test
  void a2kbAnswersPhrasesWithFullUrisAndConfidence() {
    Http.Answer a = send("/gerbil/a2kb", gerbilRequest(TEXT, new int[0][]));
    assertEquals(200, a.status(), a.body());
    assertTrue(a.contentType().startsWith("application/x-turtle"), a.contentType());
    List<Phrase> ps = gerbilParse(a.body(), TEXT);
    assertTrue(ps.size() >= 2, a.body());
    Phrase merkel = ps.get(0);
    assertEquals(new Phrase(2, 15, "Angela Merkel", "http://www.wikidata.org/entity/Q567", merkel.confidence()), merkel);
    assertTrue(merkel.confidence() > 0 && merkel.confidence() <= 1);
    Phrase paris = ps.get(1);
    assertEquals(25, paris.begin());
    assertEquals("http://www.wikidata.org/entity/Q90", paris.uri());
  }

  @Test
  void d2kbLinksEveryGivenSpanAndMarksNilOutsideTheKb() {
    // Zorblax Quint: code points 40..53, a name no KB entity has
    int[][] spans = {{2, 15}, {25, 30}, {40, 53}};
    Http.Answer a = send("/gerbil/d2kb", gerbilRequest(TEXT, spans));
    assertEquals(200, a.status(), a.body());
    List<Phrase> ps = gerbilParse(a.body(), TEXT);
    assertEquals(3, ps.size(), a.body());
    assertEquals("http://www.wikidata.org/entity/Q567", ps.get(0).uri());
    assertEquals("http://www.wikidata.org/entity/Q90", ps.get(1).uri());
    assertEquals("Zorblax Quint", ps.get(2).anchor());
    assertTrue(ps.get(2).uri().startsWith(NifWriter.NIL_BASE), ps.get(2).uri());
    assertFalse(ps.get(2).uri().startsWith("http://www.wikidata.org/"), "NIL is a URI outside the KB");
  }

  @Test
  void textTurtleAndALanguageTagAreAcceptedToo() {
    String ttl = "@prefix nif: <" + NIF + "> .\n<http://ex.org/d#char=0,14> a nif:Context ; nif:isString \"Париж и Берлин\"@ru .\n";
    Http.Answer a = SERVER.http().post("/gerbil/a2kb", "text/turtle", ttl);
    assertEquals(200, a.status(), a.body());
    assertTrue(a.body().contains("<http://www.wikidata.org/entity/Q90>"), a.body());
    assertTrue(a.body().contains("<http://www.wikidata.org/entity/Q64>"), a.body());
  }

  @Test
  void badTurtleRequestsAreProblems() {
    Http.Answer syntax = send("/gerbil/a2kb", "@prefix nif: <" + NIF + "> .\n<http://x> a nif:Context ; nif:isString \"unterminated .\n");
    assertEquals(400, syntax.status(), syntax.body());
    assertTrue(syntax.contentType().startsWith("application/problem+json"));
    assertTrue(syntax.json().get("detail").asText().startsWith("malformed Turtle"), syntax.body());

    Http.Answer none = send("/gerbil/a2kb", "@prefix nif: <" + NIF + "> .\n<http://x> a nif:Phrase .\n");
    assertEquals(400, none.status());
    assertTrue(none.json().get("detail").asText().contains("found 0"), none.body());

    Http.Answer two = send("/gerbil/a2kb", "@prefix nif: <" + NIF + "> .\n<http://x#char=0,1> a nif:Context ; nif:isString \"a\" .\n"
        + "<http://y#char=0,1> a nif:Context ; nif:isString \"b\" .\n");
    assertEquals(400, two.status());
    assertTrue(two.json().get("detail").asText().contains("found 2"), two.body());

    Http.Answer noSpans = send("/gerbil/d2kb", gerbilRequest(TEXT, new int[0][]));
    assertEquals(400, noSpans.status());
    assertTrue(noSpans.json().get("detail").asText().contains("D2KB needs the phrases"), noSpans.body());

    // UTF-16 offsets instead of code points: the anchor does not match
    String wrong = gerbilRequest(TEXT, new int[][] {{2, 15}}).replace("\"2\"^^", "\"3\"^^").replace("\"15\"^^", "\"16\"^^");
    Http.Answer off = send("/gerbil/d2kb", wrong);
    assertEquals(400, off.status(), off.body());
    assertTrue(off.json().get("detail").asText().contains("differs from the context text"), off.body());

    Http.Answer json = SERVER.http().post("/gerbil/a2kb", "application/json", "{}");
    assertEquals(415, json.status());
    assertTrue(json.json().get("detail").asText().contains("application/x-turtle"), json.body());
  }
}
