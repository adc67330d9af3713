package io.polylink.kb.wikipedia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polylink.kb.wikipedia.AnchorFilter.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The anchor filter's rules, one verdict each, on made-up anchors. */
class AnchorFilterTest {

  final AnchorFilter f = AnchorFilter.defaults();

  /**
   * Each row: the verdict, the anchor text, the title it links to, the share of the anchor's links that go to that
   * title, and why when the row alone does not say it. Names are kept by the rule that says why (the first ten rows),
   * noise is dropped by the rule that says why (the others).
   */
  @ParameterizedTest(name = "{1} -> {2}: {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      TITLE                | angela merkel                              | Angela Merkel                      | 1    |
      TITLE_WORDS          | Merkel                                     | Angela Merkel                      | 0.59 |
      TITLE_WORDS          | Merkel, Angela                             | Angela Merkel                      | 1    |
      TITLE                | Battle of Poznan                           | Battle of Poznań                   | 1    | diacritics folded
      TITLE_WORDS_PLUS_ONE | Chancellor Merkel                          | Angela Merkel                      | 1    |
      INITIALS             | U.S.                                       | United States                      | 0.97 |
      INITIALS             | NATO                                       | North Atlantic Treaty Organization | 0.9  |
      OTHER_SCRIPT         | Москва                                     | Moscow                             | 0.95 |
      OTHER_SCRIPT         | 北京                                         | Beijing                            | 1    |
      CAPITALIZED_NAME     | Deutschland                                | Germany                            | 0.8  |
      BOILERPLATE          | http://en.wikipedia.org/wiki/Angela_Merkel | Angela Merkel                      | 1    |
      BOILERPLATE          | Angela Merkel on Wikipedia                 | Angela Merkel                      | 1    |
      BOILERPLATE          | see her profile here                       | Angela Merkel                      | 1    |
      BOILERPLATE          | "German Chancellor Angela Merkel           | Angela Merkel                      | 1    | unbalanced
      BOILERPLATE          | 默克爾簡歷（維基百科）                                | Angela Merkel                      | 1    | Wikipedia in Chinese
      MIXED_SCRIPT         | Характеристики Zimbra                      | Zimbra                             | 1    |
      POSSESSIVE           | Merkel's                                   | Angela Merkel                      | 1    |
      MISSPELLING          | Angela Markel                              | Angela Merkel                      | 1    |
      MISSPELLING          | Anglea                                     | Angela Merkel                      | 1    | a swap counts one edit
      EXTRA_WORDS          | boring old Angela Merkel                   | Angela Merkel                      | 1    |
      DESCRIPTION          | polls showed                               | Angela Merkel                      | 1    |
      DESCRIPTION          | всю вселенную                              | View Askewniverse                  | 1    | lower-case Cyrillic
      DESCRIPTION          | Это столица России.                        | Moscow                             | 1    | a sentence
      LOW_PROBABILITY      | Paris                                      | Paris                              | 0.01 |
      LOW_PROBABILITY      | Москва                                     | Moscow                             | 0.3  |
      TOO_LONG             | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | A                                  | 1    | 61 letters
      NO_LETTER            | 1929-07-27                                 | 1929-07-27                         | 1    |
      MARKUP               | "Giancarlo Minardi"                        | Giancarlo Minardi                  | 1    |
      MARKUP               | >Microsoft                                 | Microsoft                          | 1    |
      """)
  void eachVerdictComesFromTheRuleThatSaysWhy(Reason reason, String anchor, String title, double probability,
      String why) {
    assertEquals(reason, f.judge(anchor, title, probability), why);
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
