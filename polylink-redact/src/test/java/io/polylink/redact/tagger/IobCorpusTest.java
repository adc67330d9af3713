package io.polylink.redact.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.redact.Detection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IobCorpusTest {

  private static String span(AnnotatedText t, Detection d) {
    return d.type() + ":" + t.text().substring(d.start(), d.end());
  }

  @Test
  void segmentsBecomeTextsWithTheirSpans() {
    String iob = "Mme B-PER\r\nAnne I-PER\r\n- I-PER\r\nMarie I-PER\r\nAndersson I-PER\r\n, O\r\nle B-DATE\r\n28 I-DATE\r\n"
        + "mai I-DATE\r\n1996 I-DATE\r\n( O\r\nno O\r\n20022 B-CODE\r\n/ I-CODE\r\n92 I-CODE\r\n) O\r\n. O\r\n\r\n"
        + "L O\nâ€™ O\n' O\naffaire O\n« O\nRome B-LOC\n» O\nI-ORG I-ORG\n\" O\nCour B-ORG\n\" O\nfin O\n";
    List<AnnotatedText> docs = IobCorpus.parse(iob, "x.tsv");
    assertEquals(2, docs.size());
    AnnotatedText a = docs.get(0);
    assertEquals("Mme Anne-Marie Andersson, le 28 mai 1996 (no 20022/92).", a.text());
    assertEquals(List.of("PER:Mme Anne-Marie Andersson", "DATE:le 28 mai 1996", "CODE:20022/92"),
        a.spans().stream().map(d -> span(a, d)).toList());
    AnnotatedText b = docs.get(1);
    // an I- tag with no B- before it starts a span; quotes open and close
    assertTrue(b.text().contains("«Rome» I-ORG \"Cour\" fin"), b.text());
    assertEquals(List.of("LOC:Rome", "ORG:I-ORG", "ORG:Cour"), b.spans().stream().map(d -> span(b, d)).toList());
    assertEquals("x.tsv#2", b.id());
  }

  @Test
  void badLinesAreNamed(@TempDir Path dir) throws Exception {
    String e = assertThrows(IllegalArgumentException.class, () -> IobCorpus.parse("a O\nb\n", "f.tsv")).getMessage();
    assertEquals("f.tsv line 2: expected 'token TAG', got 'b'", e);
    e = assertThrows(IllegalArgumentException.class, () -> IobCorpus.parse("a PER\n", "f.tsv")).getMessage();
    assertEquals("f.tsv line 1: tag must be O, B-TYPE or I-TYPE, got 'PER'", e);
    Files.writeString(dir.resolve("a.tsv"), "Ana B-PER\n", StandardCharsets.UTF_8);
    assertEquals(1, IobCorpus.read(dir).size());
    assertThrows(java.io.IOException.class, () -> IobCorpus.read(dir.resolve("none")));
  }
}
