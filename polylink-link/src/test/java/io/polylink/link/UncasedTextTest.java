package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.model.Document;
import io.polylink.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 17: short texts typed without capitals ("flights to berlin next fri") keep their names. */
class UncasedTextTest {

  @RegisterExtension static final OpenKb KB = OpenKb.golden();

  static List<String> linked(String text) {
    return KB.linker().link(new Document("", text, Language.of("en"))).links().stream().filter(l -> !l.isNil())
        .map(l -> l.mention().surface() + "=" + l.entity().value()).toList();
  }

  @Test
  void uncasedMeansLettersOfACasedScriptAndNoCapital() {
    assertTrue(UncasedText.isUncased("flights to berlin next fri", 0, 26));
    assertFalse(UncasedText.isUncased("flights to Berlin next fri", 0, 26));
    assertFalse(UncasedText.isUncased("2024 !!", 0, 7), "no letters: nothing to say about case");
    assertFalse(UncasedText.isUncased("柏林", 0, 2), "an uncased script is not 'typed without capitals'");
  }

  @Test
  void namesInTextWithoutCapitalsAreLinked() {
    assertEquals(List.of("angela merkel=Q567", "berlin=Q64"), linked("did angela merkel fly to berlin tmrw"));
    assertEquals(List.of("germany=Q183"), linked("flights to germany next fri"));
  }

  @Test
  void commonWordsShortWordsAndConceptsStayUnlinked() {
    // 'the' and 'who' are names of a band in the fixture, 'city' a concept, 'usa' fine but 'us' would be too short
    assertEquals(List.of(), linked("the who and the city"));
  }

  @Test
  void oneCapitalAnywhereAndCaseCountsAgain() {
    // edited text: lower-case 'berlin' is still no name there, as before
    assertEquals(List.of("Angela Merkel=Q567"), linked("Angela Merkel flew to berlin"));
  }
}
