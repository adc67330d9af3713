package io.polylink.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.redact.operate.Operator;
import io.polylink.redact.operate.OperatorContext;
import io.polylink.redact.operate.Operators;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactorTest {

  /** A recognizer that fails on any text containing "boom". */
  private static final Recognizer EXPLODES = new Recognizer() {
    @Override
    public String name() {
      return "explodes";
    }

    @Override
    public void recognize(String text, String language, List<Detection> out) {
      if (text.contains("boom")) {
        throw new IllegalStateException("cannot handle this text");
      }
    }
  };

  @Test
  void replacesWithTypeAndReportsWithoutOriginals() {
    Redactor r = Redactor.builder().names(false).build();
    RedactedDocument d = r.redact("d1", "Mail ana@example.com or call +34 612 345 678.");
    assertEquals("Mail <EMAIL_ADDRESS> or call <PHONE_NUMBER>.", d.text());
    assertEquals(Map.of("EMAIL_ADDRESS", 1, "PHONE_NUMBER", 1), d.report().counts());
    assertEquals(5, d.report().findings().get(0).span().start());
    assertNull(d.report().findings().get(0).original());
    Redactor withOriginals = Redactor.builder().names(false).includeOriginals(true).build();
    assertEquals("ana@example.com", withOriginals.redact("d1", "Mail ana@example.com").report().findings().get(0).original());
  }

  @Test
  void spansInReportsAreCodePoints() {
    RedactedDocument d = Redactor.builder().names(false).build().redact("d", "😀😀 ana@example.com");
    assertEquals(3, d.report().findings().get(0).span().start());
  }

  @Test
  void failingRecognizerEmitsNothingAndNamesTheDocument() {
    Redactor r = Redactor.builder().recognizer(EXPLODES).build();
    RedactionException e = assertThrows(RedactionException.class, () -> r.redact("doc-7", "boom ana@example.com"));
    assertEquals("doc-7", e.documentId());
    assertTrue(e.getMessage().contains("doc-7") && e.getMessage().contains("explodes"), e.getMessage());
  }

  @Test
  void failingOperatorEmitsNothing() {
    Operator broken = new Operator() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public String apply(String value, String type, OperatorContext context) {
        throw new IllegalStateException("key store offline");
      }
    };
    Policy p = new Policy(Map.of("EMAIL_ADDRESS", broken), Operators.replace(), 0.5, Set.of());
    Redactor r = Redactor.builder().names(false).policy(p).build();
    RedactionException e = assertThrows(RedactionException.class, () -> r.redact("doc-9", "ana@example.com"));
    assertTrue(e.getMessage().contains("doc-9") && e.getMessage().contains("broken"), e.getMessage());
  }

  @Test
  void jsonlStopsAtTheFailedDocumentOrSkipsIt() throws Exception {
    Redactor r = Redactor.builder().names(false).recognizer(EXPLODES).build();
    String in = "{\"id\":\"a\",\"text\":\"mail ana@example.com\"}\n{\"id\":\"b\",\"text\":\"boom ana@example.com\"}\n"
        + "{\"id\":\"c\",\"text\":\"ok\"}\n";
    StringWriter out = new StringWriter();
    RedactionException e = assertThrows(RedactionException.class, () -> r.redactJsonl(
        new BufferedReader(new StringReader(in)), out, new Redactor.JsonlOptions(2, false, false)));
    assertEquals("b", e.documentId());
    assertFalse(out.toString().contains("boom"));
    assertFalse(out.toString().contains("ana@example.com"));
    assertTrue(out.toString().contains("\"id\":\"a\""));

    StringWriter out2 = new StringWriter();
    CorpusReport rep = r.redactJsonl(new BufferedReader(new StringReader(in)), out2,
        new Redactor.JsonlOptions(2, true, true));
    String[] lines = out2.toString().split("\n");
    assertEquals(3, lines.length);
    assertTrue(lines[1].startsWith("{\"id\":\"b\",\"error\":") && !lines[1].contains("boom"), lines[1]);
    assertTrue(lines[2].contains("\"id\":\"c\""));
    assertEquals(2, rep.documents());
    assertEquals(Set.of("b"), rep.failed().keySet());
    assertEquals(Map.of("EMAIL_ADDRESS", 1L), rep.counts());
  }

  @Test
  void malformedJsonlLineFailsClosedWithItsLineNumber() {
    Redactor r = Redactor.builder().names(false).build();
    RedactionException e = assertThrows(RedactionException.class, () -> r.redactJsonl(
        new BufferedReader(new StringReader("{\"text\":\"a\"}\nnot json\n")), new StringWriter(),
        new Redactor.JsonlOptions(1, false, false)));
    assertEquals("line 2", e.documentId());
  }

  @Test
  void overlapsKeepTheHigherScoreThenTheContainingSpan() {
    String text = "abcdefghij";
    Detection high = new Detection("A", 2, 6, 0.9, "x");
    Detection lowInside = new Detection("B", 3, 5, 0.5, "y");
    Detection equalContaining = new Detection("C", 0, 8, 0.9, "z");
    List<Detection> r = Overlaps.resolve(List.of(high, lowInside, equalContaining), text);
    assertEquals(List.of(equalContaining), r);
    Detection partial = new Detection("D", 5, 10, 0.4, "w");
    List<Detection> r2 = Overlaps.resolve(List.of(high, partial), text);
    assertEquals(List.of(high, new Detection("D", 6, 10, 0.4, "w")), r2);
  }

  @Test
  void policyFromYamlAndJson(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("p.yaml");
    Files.writeString(yaml, """
        min_score: 0.6
        types: [EMAIL_ADDRESS, PHONE_NUMBER]
        operators:
          EMAIL_ADDRESS: {operator: mask, char: "#", chars: 3, from_end: true}
          PHONE_NUMBER: {operator: pseudonymize, secret: s, scope: corpus}
        """);
    Policy p = Policy.load(yaml);
    assertEquals(0.6, p.minScore());
    Redactor r = Redactor.builder().names(false).policy(p).build();
    String out = r.redact("d", "ana@example.com, +34 612 345 678, 4111 1111 1111 1111").text();
    assertTrue(out.startsWith("ana@example.###, +"), out);
    assertFalse(out.contains("612 345 678"), out);
    assertTrue(out.endsWith("4111 1111 1111 1111"), "cards are not in the policy's types: " + out);
    Path json = dir.resolve("p.json");
    Files.writeString(json, "{\"default\": {\"operator\": \"nope\"}}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Policy.load(json));
    assertTrue(e.getMessage().contains("nope"), e.getMessage());
  }

  @Test
  void aPolicyGivesBackWhatItEncryptedAndNothingElse(@TempDir Path dir) throws Exception {
    String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    Path yaml = dir.resolve("p.yaml");
    Files.writeString(yaml, "types: [EMAIL_ADDRESS, PHONE_NUMBER]\noperators:\n  EMAIL_ADDRESS: {operator: encrypt, key: "
        + key + "}\n");
    Policy p = Policy.load(yaml);
    assertTrue(p.reversible());
    String text = "Write to ana@example.com or luis@example.org, or call +34 612 345 678.";
    String out = Redactor.builder().names(false).policy(p).build().redact("d", text).text();
    assertFalse(out.contains("ana@example.com"), out);
    Policy.Restored back = p.restore(out);
    assertEquals(2, back.values(), back.text());
    assertEquals(text.replace("+34 612 345 678", "<PHONE_NUMBER>"), back.text());
    // another key gives nothing back, and a long run that only looks like an encrypted value is left alone
    Policy other = Policy.parse(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        "{\"default\": {\"operator\": \"encrypt\", \"key\": \""
            + java.util.Base64.getEncoder().encodeToString(new byte[16]) + "\"}}"));
    assertEquals(0, other.restore(out).values());
    String lookalike = "id AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA end";
    assertEquals(lookalike, p.restore(lookalike).text());
    assertFalse(Policy.defaults().reversible());
  }

  /** Issue 14, item 2: the parser's message quotes the line; no error record, report or exception may. */
  @Test
  void errorsOfAJsonlCorpusCarryNoDocumentText() throws Exception {
    Redactor r = Redactor.builder().names(false).build();
    String secret = "Ana Ruiz, DNI 12345678Z, lives at Calle Mayor 5";
    String in = "{\"id\":\"a\",\"text\":\"ok\"}\n" + secret + "\n{\"id\":\"c\",\"text\":\"" + secret + "\"\n";
    StringWriter out = new StringWriter();
    CorpusReport rep = r.redactJsonl(new BufferedReader(new StringReader(in)), out,
        new Redactor.JsonlOptions(1, true, false));
    StringWriter report = new StringWriter();
    Redactor.writeReport(report, rep);
    assertEquals(Set.of("line 2", "line 3"), rep.failed().keySet());
    for (String s : List.of(out.toString(), report.toString(), String.join(" ", rep.failed().values()))) {
      assertFalse(s.contains("Ana") || s.contains("Ruiz") || s.contains("Mayor"), s);
    }
    assertTrue(rep.failed().get("line 2").contains("not JSON"), rep.failed().toString());
    RedactionException e = assertThrows(RedactionException.class, () -> r.redactJsonl(
        new BufferedReader(new StringReader(in)), new StringWriter(), new Redactor.JsonlOptions(1, false, false)));
    assertFalse(e.getMessage().contains("Ana"), e.getMessage());
  }

  @Test
  void aRecognizerFailureQuotingTheTextIsReportedWithoutIt() {
    Recognizer quoting = new Recognizer() {
      @Override
      public String name() {
        return "quoting";
      }

      @Override
      public void recognize(String text, String language, List<Detection> out) {
        throw new NumberFormatException("For input string: \"" + text + "\"");
      }
    };
    Redactor r = Redactor.builder().names(false).recognizer(quoting).build();
    RedactionException e = assertThrows(RedactionException.class, () -> r.redact("d", "Ana Ruiz 612345678"));
    assertTrue(e.getMessage().contains("quoting") && !e.getMessage().contains("Ana"), e.getMessage());
  }
}
