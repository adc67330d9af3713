package io.polylink.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.model.Document;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Mention;
import io.polylink.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmTextTest {

  static Link link(int start, int end, String surface, String id) {
    return new Link(new Mention(new Span(start, end), surface, 0.9), id == null ? null : EntityId.of(id),
        id == null ? null : surface, 0.9, EntityType.LOCATION, List.of());
  }

  static final Map<String, LlmText.Entry> ENTRIES = Map.of(
      "Q90", new LlmText.Entry("Paris", "capital and largest city of France"),
      "Q64", new LlmText.Entry("Berlin", "capital of\nGermany"));

  @Test
  void marksLinkedMentionsNumbersEntitiesByFirstMentionAndSkipsNil() {
    // an emoji before the mentions: offsets are code points, the marker must still land after the mention
    String text = "\uD83D\uDE00 Berlin, Paris, Zorblax und Berlin.";
    LinkedDocument d = new LinkedDocument(new Document("", text, Language.of("de")), List.of(
        link(2, 8, "Berlin", "Q64"), link(10, 15, "Paris", "Q90"), link(17, 24, "Zorblax", null),
        link(29, 35, "Berlin", "Q64")));
    String out = LlmText.render(d, id -> ENTRIES.get(id.value()));
    assertEquals("\uD83D\uDE00 Berlin[1], Paris[2], Zorblax und Berlin[1].\n\n"
        + "[1] Q64 Berlin: capital of Germany\n"
        + "[2] Q90 Paris: capital and largest city of France\n", out);
    assertEquals(out, LlmText.render(d, id -> ENTRIES.get(id.value())), "deterministic");
  }

  @Test
  void textWithoutLinksIsReturnedAsIs() {
    LinkedDocument d = new LinkedDocument(new Document("", "nothing here", Language.of("en")), List.of());
    assertEquals("nothing here", LlmText.render(d, id -> null));
  }

  @Test
  void longDescriptionsAreCutAtAWord() {
    String s = LlmText.shorten("word ".repeat(40).strip());
    assertTrue(s.endsWith("word…"), s);
    assertTrue(s.codePointCount(0, s.length()) <= LlmText.MAX_DESCRIPTION, s);
  }

  @Test
  void tokensCountWordsAndEachPunctuationChar() {
    assertEquals(0, LlmText.tokens("  "));
    assertEquals(6, LlmText.tokens("Berlin[1], x"));
    assertEquals(3, LlmText.tokens("Q64 schön 2005"));
  }
}
