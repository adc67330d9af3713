package io.polylink.eval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.DatasetFormatException;
import io.polylink.eval.EvalDocument;
import io.polylink.model.Language;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.polylink.eval.format.nif.Nif;
import io.polylink.eval.format.hipe.HipeReader;
import io.polylink.eval.format.brat.BratReader;
import io.polylink.eval.format.presidio.PresidioReader;
import io.polylink.eval.format.melo.MeloReader;
import io.polylink.eval.format.pprforned.PprForNedReader;
import io.polylink.eval.format.pprforned.PprPriorRanker;

/** Every reader on a small hand-written file, and on a malformed one (file, line and reason in the message). */
class ReadersTest {

  @TempDir
  Path tmp;

  private Path write(String name, String content) throws Exception {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static void assertFails(String fileAndLine, String reason, org.junit.jupiter.api.function.Executable run) {
    DatasetFormatException e = assertThrows(DatasetFormatException.class, run);
    assertTrue(e.getMessage().contains(fileAndLine) && e.getMessage().contains(reason), e.getMessage());
  }

  private static final String NIF_HEAD = """
      @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
      @prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
      @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
      """;

  @Test
  void nifReadsCodePointOffsetsAndNil() throws Exception {
    // The emoji is one code point but two UTF-16 chars: "Berlin" starts at code point 2.
    Path f = write("a.ttl", NIF_HEAD + """
        <http://ex.org/d1#char=0,15> a nif:Context ; nif:isString "\uD83D\uDE00 Berlin is big" .
        <http://ex.org/d1#char=2,8> a nif:Phrase ; nif:referenceContext <http://ex.org/d1#char=0,15> ;
          nif:beginIndex "2"^^xsd:nonNegativeInteger ; nif:endIndex "8"^^xsd:nonNegativeInteger ;
          nif:anchorOf "Berlin" ; itsrdf:taIdentRef <http://www.wikidata.org/entity/Q64> .
        <http://ex.org/d1#char=12,15> a nif:Phrase ; nif:referenceContext <http://ex.org/d1#char=0,15> ;
          nif:beginIndex "12"^^xsd:nonNegativeInteger ; nif:endIndex "15"^^xsd:nonNegativeInteger ;
          itsrdf:taIdentRef <http://aksw.org/notInWiki/big> .
        """);
    Dataset d = Nif.read(f, "a", Language.of("en"));
    EvalDocument doc = d.documents().get(0);
    assertEquals(List.of(Annotation.gold(new Span(2, 8), "Q64", ""), Annotation.gold(new Span(12, 15), null, "")),
        doc.gold());
    assertEquals("Berlin", TextOffsets.substring(doc.text(), doc.gold().get(0).span()));
    // Round trip through the writer.
    Path back = write("back.ttl", Nif.write(d.documents(), List.of(doc.gold())));
    assertEquals(doc.gold(), Nif.read(back, "b", Language.of("en")).documents().get(0).gold());
  }

  @Test
  void nifFailures() throws Exception {
    Path syntax = write("s.ttl", NIF_HEAD + "<http://ex.org/d> a nif:Context ;\n  nif:isString \"x\" \n<oops> .\n");
    assertFails("s.ttl:6", "Turtle syntax", () -> Nif.read(syntax, "s", Language.UNDETERMINED));
    Path anchor = write("b.ttl", NIF_HEAD + """
        <http://ex.org/d#char=0,5> a nif:Context ; nif:isString "Paris" .
        <http://ex.org/d#char=0,3> nif:referenceContext <http://ex.org/d#char=0,5> ;
          nif:beginIndex "0" ; nif:endIndex "3" ; nif:anchorOf "Rom" .
        """);
    assertFails("b.ttl:5", "differs from the context text", () -> Nif.read(anchor, "b", Language.UNDETERMINED));
    Path range = write("c.ttl", NIF_HEAD + """
        <http://ex.org/d#char=0,5> a nif:Context ; nif:isString "Paris" .
        <http://ex.org/d#char=3,9> nif:referenceContext <http://ex.org/d#char=0,5> ;
          nif:beginIndex "3" ; nif:endIndex "9" .
        """);
    assertFails("c.ttl:5", "outside its context", () -> Nif.read(range, "c", Language.UNDETERMINED));
  }

  private static final String HIPE_HEAD = "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\t"
      + "NE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC\n";

  private static String hipe(String token, String tag, String nel, String misc) {
    return token + "\t" + tag + "\tO\t_\t_\t_\t_\t" + nel + "\t_\t" + misc + "\n";
  }

  @Test
  void hipeRebuildsTextAndMentions() throws Exception {
    Path f = write("h.tsv", HIPE_HEAD + "# hipe2022:document_id = d1\n# hipe2022:language = fr\n"
        + hipe("Le", "O", "_", "_") + hipe("Conseil", "B-org", "Q1", "_") + hipe("fédéral", "I-org", "Q1", "NoSpaceAfter")
        + hipe(".", "O", "_", "EndOfLine") + hipe("Jean", "B-pers", "NIL", "_") + hipe("Dupont", "I-pers", "NIL", "_")
        + "# hipe2022:document_id = d2\n" + hipe("Bern", "B-loc", "Q70", "_"));
    Dataset d = HipeReader.read(f, "h");
    assertEquals(2, d.documents().size());
    EvalDocument d1 = d.documents().get(0);
    assertEquals("Le Conseil fédéral.\nJean Dupont ", d1.text());
    assertEquals(Language.of("fr"), d1.language());
    assertEquals(List.of(Annotation.gold(new Span(3, 18), "Q1", "org"), Annotation.gold(new Span(20, 31), null,
        "pers")), d1.gold());
    assertEquals("Conseil fédéral", TextOffsets.substring(d1.text(), d1.gold().get(0).span()));
  }

  @Test
  void hipeFailures() throws Exception {
    Path cols = write("c.tsv", HIPE_HEAD + "# hipe2022:document_id = d1\nParis\tB-loc\tQ90\n");
    assertFails("c.tsv:3", "expected 10 tab-separated columns", () -> HipeReader.read(cols, "c"));
    Path tag = write("t.tsv", HIPE_HEAD + "# hipe2022:document_id = d1\n" + hipe("Paris", "X-loc", "Q90", "_"));
    assertFails("t.tsv:3", "must be O, B-<type> or I-<type>", () -> HipeReader.read(tag, "t"));
    Path noDoc = write("n.tsv", HIPE_HEAD + hipe("Paris", "B-loc", "Q90", "_"));
    assertFails("n.tsv:2", "before any '# hipe2022:document_id'", () -> HipeReader.read(noDoc, "n"));
  }

  @Test
  void pprfornedShufflesCandidatesDeterministically() throws Exception {
    StringBuilder sb = new StringBuilder("ENTITY\ttext:EU\tnormalName:eu\turl:http://en.wikipedia.org/wiki/EU\n");
    for (int i = 0; i < 8; i++) {
      sb.append("CANDIDATE\tid:").append(i).append("\tinCount:").append(10 * i).append("\toutCount:1\tlinks:1;2\t"
          + "url:http://en.wikipedia.org/wiki/C").append(i).append("\tname:C").append(i).append('\n');
    }
    sb.append("ENTITY\ttext:Foo\turl:NIL\n");
    Path f = write("ppr/1", sb.toString());
    PprForNedReader.Document d = PprForNedReader.read(f);
    assertEquals(2, d.mentions().size());
    assertNull(d.mentions().get(1).goldUrl());
    List<String> ids = d.mentions().get(0).candidates().stream().map(PprForNedReader.Candidate::id).toList();
    assertEquals(8, ids.size());
    assertTrue(!ids.equals(List.of("0", "1", "2", "3", "4", "5", "6", "7")), "order must not survive: " + ids);
    assertEquals(ids, PprForNedReader.read(f).mentions().get(0).candidates().stream()
        .map(PprForNedReader.Candidate::id).toList());
    assertEquals(List.of("1", "2"), d.mentions().get(0).candidates().get(0).links());
    assertEquals("http://en.wikipedia.org/wiki/C7", PprPriorRanker.rank(d.mentions().get(0)).get(0));
  }

  @Test
  void pprfornedFailures() throws Exception {
    Path f = write("ppr/2", "CANDIDATE\tid:1\tinCount:1\toutCount:1\turl:u\n");
    assertFails("2:1", "CANDIDATE before any ENTITY", () -> PprForNedReader.read(f));
    Path g = write("ppr/3", "ENTITY\ttext:EU\turl:NIL\nCANDIDATE\tid:1\tinCount:many\toutCount:1\turl:u\n");
    assertFails("3:2", "must be integers", () -> PprForNedReader.read(g));
    Path h = write("ppr/4", "ENTITY\turl:NIL\n");
    assertFails("4:1", "missing field 'text:'", () -> PprForNedReader.read(h));
  }

  @Test
  void meloReadsQueriesCorpusAndQrels() throws Exception {
    write("m/queries.tsv", "Q1\tõpetaja\nQ2\tkokk\n");
    write("m/corpus_elements.tsv", "C1\tteacher\nC2\tcook\nC3\tchef\n");
    write("m/annotations.tsv", "Q1\t0\tC1\t1\nQ2\t0\tC2\t1\nQ2\t0\tC3\t1\n");
    MeloReader.MeloDataset m = MeloReader.read(tmp.resolve("m"));
    assertEquals(2, m.queries().size());
    assertEquals(java.util.Set.of("C2", "C3"), m.relevant().get("Q2"));
    write("m/annotations.tsv", "Q1\t0\tC1\t1\nQ2\t0\tC9\t1\n");
    assertFails("annotations.tsv:2", "unknown corpus element id 'C9'", () -> MeloReader.read(tmp.resolve("m")));
    write("m/annotations.tsv", "Q1\t0\tC1\n");
    assertFails("annotations.tsv:1", "expected 4 columns", () -> MeloReader.read(tmp.resolve("m")));
  }

  @Test
  void bratReadsTextBoundAnnotations() throws Exception {
    write("b/doc1.txt", "Paciente: Juan Pérez, 53 años.");
    write("b/doc1.ann", "T1\tNOMBRE 10 20\tJuan Pérez\nT2\tEDAD 22 29\t53 años\n#1\tAnnotatorNotes T1\tnote\n");
    Dataset d = BratReader.read(tmp.resolve("b"), "b", Language.of("es"));
    assertEquals(List.of(Annotation.gold(new Span(10, 20), null, "NOMBRE"), Annotation.gold(new Span(22, 29), null,
        "EDAD")), d.documents().get(0).gold());
    write("b/doc1.ann", "T1\tNOMBRE 10 20\tJuan Pérez\nT2\tEDAD 22 x\t53 años\n");
    assertFails("doc1.ann:2", "bad offsets", () -> BratReader.read(tmp.resolve("b"), "b", Language.of("es")));
    write("b/doc1.ann", "T1\tNOMBRE 10 19\tJuan Pérez\n");
    assertFails("doc1.ann:1", "differs from the text", () -> BratReader.read(tmp.resolve("b"), "b",
        Language.of("es")));
  }

  @Test
  void presidioReadsSpans() throws Exception {
    Path f = write("p.json", "[\n{\"full_text\": \"Call Ann at 555-1234\", \"spans\": [\n"
        + "{\"entity_type\": \"PERSON\", \"entity_value\": \"Ann\", \"start_position\": 5, \"end_position\": 8},\n"
        + "{\"entity_type\": \"PHONE_NUMBER\", \"entity_value\": \"555-1234\", \"start_position\": 12,"
        + " \"end_position\": 20}]}\n]\n");
    Dataset d = PresidioReader.read(f, "p");
    assertEquals(2, d.mentionCount());
    assertEquals("PHONE_NUMBER", d.documents().get(0).gold().get(1).type());
    Path bad = write("q.json", "[\n{\"full_text\": \"Hi\", \"spans\": []},\n{\"full_text\": \"Ann\", \"spans\": [\n"
        + "{\"entity_type\": \"PERSON\", \"start_position\": 0, \"end_position\": 9}]}\n]\n");
    assertFails("q.json:3", "record 1: span [0, 9) outside the text", () -> PresidioReader.read(bad, "q"));
    Path broken = write("r.json", "[\n{\"full_text\": \"Hi\",\n");
    assertFails("r.json", "not valid JSON", () -> PresidioReader.read(broken, "r"));
  }
}
