package io.polylink.kb.wikipedia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polylink.kb.wikipedia.AnchorFilter.Reason;
import org.junit.jupiter.api.Test;

/** The anchor filter's rules, one verdict each, on made-up anchors. */
class AnchorFilterTest {

  final AnchorFilter f = AnchorFilter.defaults();

  @Test
  void namesAreKeptByTheRuleThatSaysWhy() {
    assertEquals(Reason.TITLE, f.judge("angela merkel", "Angela Merkel", 1));
    assertEquals(Reason.TITLE_WORDS, f.judge("Merkel", "Angela Merkel", 0.59));
    assertEquals(Reason.TITLE_WORDS, f.judge("Merkel, Angela", "Angela Merkel", 1));
    assertEquals(Reason.TITLE, f.judge("Battle of Poznan", "Battle of Poznań", 1), "diacritics folded");
    assertEquals(Reason.TITLE_WORDS_PLUS_ONE, f.judge("Chancellor Merkel", "Angela Merkel", 1));
    assertEquals(Reason.INITIALS, f.judge("U.S.", "United States", 0.97));
    assertEquals(Reason.INITIALS, f.judge("NATO", "North Atlantic Treaty Organization", 0.9));
    assertEquals(Reason.OTHER_SCRIPT, f.judge("Москва", "Moscow", 0.95));
    assertEquals(Reason.OTHER_SCRIPT, f.judge("北京", "Beijing", 1));
    assertEquals(Reason.CAPITALIZED_NAME, f.judge("Deutschland", "Germany", 0.8));
  }

  @Test
  void noiseIsDroppedByTheRuleThatSaysWhy() {
    assertEquals(Reason.BOILERPLATE, f.judge("http://en.wikipedia.org/wiki/Angela_Merkel", "Angela Merkel", 1));
    assertEquals(Reason.BOILERPLATE, f.judge("Angela Merkel on Wikipedia", "Angela Merkel", 1));
    assertEquals(Reason.BOILERPLATE, f.judge("see her profile here", "Angela Merkel", 1));
    assertEquals(Reason.BOILERPLATE, f.judge("\"German Chancellor Angela Merkel", "Angela Merkel", 1), "unbalanced");
    assertEquals(Reason.BOILERPLATE, f.judge("默克爾簡歷（維基百科）", "Angela Merkel", 1), "Wikipedia in Chinese");
    assertEquals(Reason.MIXED_SCRIPT, f.judge("Характеристики Zimbra", "Zimbra", 1));
    assertEquals(Reason.POSSESSIVE, f.judge("Merkel's", "Angela Merkel", 1));
    assertEquals(Reason.MISSPELLING, f.judge("Angela Markel", "Angela Merkel", 1));
    assertEquals(Reason.MISSPELLING, f.judge("Anglea", "Angela Merkel", 1), "a swap counts one edit");
    assertEquals(Reason.EXTRA_WORDS, f.judge("boring old Angela Merkel", "Angela Merkel", 1));
    assertEquals(Reason.DESCRIPTION, f.judge("polls showed", "Angela Merkel", 1));
    assertEquals(Reason.DESCRIPTION, f.judge("всю вселенную", "View Askewniverse", 1), "lower-case Cyrillic");
    assertEquals(Reason.DESCRIPTION, f.judge("Это столица России.", "Moscow", 1), "a sentence");
    assertEquals(Reason.LOW_PROBABILITY, f.judge("Paris", "Paris", 0.01));
    assertEquals(Reason.LOW_PROBABILITY, f.judge("Москва", "Moscow", 0.3));
    assertEquals(Reason.TOO_LONG, f.judge("a".repeat(61), "A", 1));
    assertEquals(Reason.NO_LETTER, f.judge("1929-07-27", "1929-07-27", 1));
    assertEquals(Reason.MARKUP, f.judge("\"Giancarlo Minardi\"", "Giancarlo Minardi", 1));
    assertEquals(Reason.MARKUP, f.judge(">Microsoft", "Microsoft", 1));
  }

  @Test
  void namesEndingInAVowelSignOrAnAbbreviationAreNoMarkup() {
    AnchorFilter f = AnchorFilter.defaults();
    assertTrue(f.judge("दिल्ली", "Delhi", 1).kept(), "Devanagari ends in a vowel sign");
    assertTrue(f.judge("U.S.", "United States", 0.97).kept());
    assertTrue(f.judge("Apple Inc.", "Apple Inc.", 1).kept());
  }

  @Test
  void languagesComeFromTheScript() {
    assertEquals("ru", AnchorFilter.languageOf("Москва", "en"));
    assertEquals("zh", AnchorFilter.languageOf("北京", "en"));
    assertEquals("ja", AnchorFilter.languageOf("東京タワー", "en"));
    assertEquals("ko", AnchorFilter.languageOf("서울", "en"));
    assertEquals("ar", AnchorFilter.languageOf("القاهرة", "en"));
    assertEquals("el", AnchorFilter.languageOf("Αθήνα", "en"));
    assertEquals("es", AnchorFilter.languageOf("Estados Unidos", "es"));
    assertEquals("Tragedy", AnchorFilter.labelOf("Tragedy_(band)"));
    assertEquals("band", AnchorFilter.qualifierOf("Tragedy_(band)"));
  }

  @Test
  void badThresholdsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new AnchorFilter(1.5, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new AnchorFilter(0.1, -1));
  }
}
