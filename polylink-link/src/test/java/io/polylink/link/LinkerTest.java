package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.store.KnowledgeBase;
import io.polylink.model.Document;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class LinkerTest {

  @TempDir static Path tmp;
  @RegisterExtension static final OpenKb KB = OpenKb.golden();

  /** surface -> id ("NIL" for NIL) of a linked text. */
  static Map<String, String> ids(LinkedDocument d) {
    Map<String, String> m = new TreeMap<>();
    for (Link l : d.links()) {
      m.put(l.mention().surface(), l.isNil() ? "NIL" : l.entity().value());
    }
    return m;
  }

  @Test
  void linksNamesInSeveralLanguagesAndScripts() {
    assertEquals(Map.of("Angela Merkel", "Q567", "Paris", "Q90", "France", "Q142"),
        ids(KB.linker().link("Angela Merkel flew to Paris, the capital of France, on Monday.")));
    assertEquals(Map.of("Angela Merkel", "Q567", "Paris", "Q90", "Frankreich", "Q142"),
        ids(KB.linker().link("Angela Merkel besuchte Paris und sprach über Frankreich.")));
    assertEquals(Map.of("Париж", "Q90", "Франция", "Q142"), ids(KB.linker().link("Париж — столица страны. Франция большая.")));
    assertEquals(Map.of("巴黎", "Q90", "法国", "Q142", "柏林", "Q64"), ids(KB.linker().link("巴黎是法国的首都，柏林是另一座城市。")));
    assertEquals(Map.of("باريس", "Q90", "فرنسا", "Q142"), ids(KB.linker().link("باريس هي عاصمة فرنسا")));
    assertEquals("Q90", ids(KB.linker().link("ฉันไปปารีสเมื่อวานนี้")).get("ปารีส"), "Thai has no spaces");
  }

  @Test
  void contextAndCoherenceChooseTheRightParis() {
    assertEquals("Q830149", ids(KB.linker().link("We drove from Dallas through Texas to Paris last summer.")).get("Paris"));
    assertEquals("Q90", ids(KB.linker().link("Paris is the capital of France.")).get("Paris"));
  }

  @Test
  void weekdaysAndMonthsAreNotMisspelledNames() throws IOException {
    java.util.List<io.polylink.model.Entity> entities = new java.util.ArrayList<>(TestKbs.fixture());
    entities.add(TestKbs.e("Q1049", 80, io.polylink.model.EntityType.LOCATION, "country in Africa", Map.of(),
        "jgo", "Sund\u00e2n", "en", "Sudan"));
    Path dir = tmp.resolve("calendar-kb");
    io.polylink.kb.store.KbBuilder.into(dir).threads(1).build(TestKbs.source(entities));
    try (KnowledgeBase k = KnowledgeBase.open(dir)) {
      Linker l = Linker.builder().knowledgeBase(k).build();
      assertEquals(Map.of(), ids(l.link("We open on Sunday at noon.")));
      assertEquals("Q1439", ids(l.link("We drove through Texass all night.")).get("Texass"),
          "a misspelled name is still found within one edit");
    }
  }

  @Test
  void longestNameWinsOverlaps() {
    assertEquals(Map.of("Paris Hilton", "Q663094"), ids(KB.linker().link("Yesterday Paris Hilton posted a photo.")));
  }

  @Test
  void commonWordsNumbersAndLowerCaseConceptsAreNotMentions() {
    LinkedDocument d = KB.linker().link("The city grew in 2024 and who knows what comes next. The Who played.");
    Map<String, String> m = ids(d);
    assertFalse(m.containsKey("city"), m.toString());
    assertFalse(m.containsKey("2024"), "numbers are not mentions: " + m);
    assertFalse(m.containsKey("who"), m.toString());
    assertFalse(m.containsKey("The"), m.toString());
    assertEquals("Q1861", ids(KB.linker().link("She sold it on eBay yesterday.")).get("eBay"), "the KB writes eBay so");
  }

  @Test
  void unknownCapitalizedNamesAreNil() {
    LinkedDocument d = KB.linker().link("Yesterday Johann Weberling met Angela Merkel in Berlin.");
    Link nil = d.links().stream().filter(l -> l.mention().surface().equals("Johann Weberling")).findFirst().orElseThrow();
    assertTrue(nil.isNil());
    assertNull(nil.entity());
    assertEquals("Q567", ids(d).get("Angela Merkel"));
    LinkedDocument noNil = Linker.builder().knowledgeBase(KB.kb()).config(LinkerConfig.defaults().withReportNil(false)).build()
        .link("Yesterday Johann Weberling met Angela Merkel in Berlin.");
    assertFalse(ids(noNil).containsKey("Johann Weberling"));
  }

  @Test
  void offsetsAreCodePoints() {
    String text = "😀😀 Paris 𝕏 Berlin";
    LinkedDocument d = KB.linker().link(text);
    for (Link l : d.links()) {
      assertEquals(l.mention().surface(), TextOffsets.substring(text, l.span()));
    }
    assertEquals(new Span(3, 8), d.links().get(0).span());
  }

  @Test
  void languageIsIdentifiedOrTaken() {
    assertEquals("de", KB.linker().link("Die Kanzlerin besuchte gestern die Stadt und sprach mit den Leuten.").document().language().code());
    assertEquals("fr", KB.linker().link(new Document("d1", "Paris", Language.of("fr"))).document().language().code());
  }

  @Test
  void streamingGivesTheSameLinksAsWholeDocuments() throws IOException {
    StringBuilder sb = new StringBuilder();
    String[] sentences = {"Angela Merkel visited Paris. ", "Texas is big, and Paris in Texas is small. ",
        "Берлин и Париж. ", "巴黎和柏林。 ", "Nothing to see here at all, really. "};
    for (int i = 0; i < 1000; i++) {
      sb.append(sentences[i % sentences.length]);
      if (i % 7 == 0) {
        sb.append('\n');
      }
    }
    String text = sb.toString();
    Linker small = Linker.builder().knowledgeBase(KB.kb()).config(LinkerConfig.defaults().withWindowChars(512)).build();
    LinkedDocument whole = small.link(new Document("", text, Language.of("en")));
    List<Link> streamed = new ArrayList<>();
    Linker.StreamSummary s = small.link(new StringReader(text), Language.of("en"), streamed::add);
    assertTrue(s.windows() > 20, "many windows: " + s.windows());
    assertEquals(text.codePointCount(0, text.length()), s.codePoints());
    assertEquals(spans(whole.links()), spans(streamed));
    assertEquals(ids(whole).keySet(), ids(new LinkedDocument(whole.document(), streamed)).keySet());
    for (Link l : streamed) {
      assertEquals(l.mention().surface(), TextOffsets.substring(text, l.span()));
    }
    assertTrue(whole.links().size() > 1000);
  }

  private static List<String> spans(List<Link> links) {
    return links.stream().map(l -> l.span() + "=" + l.entityId().map(Object::toString).orElse("NIL")).collect(Collectors.toList());
  }

  @Test
  void givenSpansAreDisambiguated() {
    String text = "Paris and Texas; later Paris again near Qwertyuiop.";
    List<Span> spans = List.of(new Span(0, 5), new Span(10, 15), new Span(23, 28), new Span(40, 50));
    LinkedDocument d = KB.linker().linkSpans(Document.of(text), spans);
    assertEquals(4, d.links().size());
    assertEquals("Q830149", d.links().get(0).entity().value(), "Texas pulls Paris to Paris, Texas");
    assertEquals("Q1439", d.links().get(1).entity().value());
    assertTrue(d.links().get(3).isNil());
    assertThrows(IllegalArgumentException.class, () -> KB.linker().linkSpans(Document.of("short"), List.of(new Span(0, 50))));
  }

  @Test
  void emptyAndOddTextsGiveNoLinksAndNoErrors() {
    assertTrue(KB.linker().link("").links().isEmpty());
    assertTrue(KB.linker().link("   \n\t").links().isEmpty());
    assertTrue(KB.linker().link("\uD800 lone surrogate Paris").links().size() <= 1);
    assertTrue(KB.linker().link("!!!???...").links().isEmpty());
  }

  @Test
  void isThreadSafe() throws Exception {
    String[] texts = {"Angela Merkel visited Paris and Berlin.", "巴黎是法国的首都。", "We drove through Texas to Paris.",
        "Париж и Берлин.", "Paris Hilton was in the United States."};
    Map<String, List<String>> expected = new TreeMap<>();
    for (String t : texts) {
      expected.put(t, spans(KB.linker().link(t).links()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8, Thread.ofPlatform().name("linker-test-", 0).factory());
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String t = texts[i % texts.length];
        results.add(pool.submit(() -> spans(KB.linker().link(t).links()).equals(expected.get(t))));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void builderAndConfigRejectBadValues() {
    assertThrows(IllegalStateException.class, () -> Linker.builder().build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LinkerConfig.defaults().withNilThreshold(1.5));
    assertTrue(e.getMessage().contains("1.5"));
    assertThrows(IllegalArgumentException.class, () -> LinkerConfig.defaults().withWindowChars(10));
  }
}
