package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.store.KnowledgeBase;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.model.TextOffsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever the text, linking does not throw and its links are well formed. */
class LinkerPropertiesTest {

  static Path dir;
  static KnowledgeBase kb;
  static Linker linker;

  @BeforeContainer
  static void open() throws Exception {
    dir = Files.createTempDirectory("polylink-props");
    kb = KnowledgeBase.open(TestKbs.build(dir.resolve("kb")));
    linker = Linker.builder().knowledgeBase(kb).config(LinkerConfig.defaults().withWindowChars(256)).build();
  }

  @AfterContainer
  static void close() throws Exception {
    kb.close();
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of("Paris", "Hilton", "Texas", "Angela", "Merkel", "the", "The", "France",
        "巴黎", "法国", "Париж", "باريس", "ปารีส", ".", ",", "\n", "😀", "2024", "eBay", "Who", "Johann", "Weberling", "\uD800");
    Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(6);
    return Arbitraries.oneOf(words, words, noise).list().ofMaxSize(120)
        .map(l -> String.join(" ", l));
  }

  @Property(tries = 200, seed = "7")
  void linksAreOrderedDisjointAndMatchTheirSurface(@ForAll("texts") String text) {
    LinkedDocument d = linker.link(text);
    int lastEnd = 0;
    int cps = text.codePointCount(0, text.length());
    for (Link l : d.links()) {
      assertTrue(l.span().start() >= lastEnd, "ordered and disjoint: " + d.links());
      assertTrue(l.span().end() <= cps);
      assertEquals(l.mention().surface(), TextOffsets.substring(text, l.span()));
      assertTrue(l.score() >= 0 && l.score() <= 1);
      assertEquals(l.isNil(), l.entity() == null);
      lastEnd = l.span().end();
    }
  }
}
