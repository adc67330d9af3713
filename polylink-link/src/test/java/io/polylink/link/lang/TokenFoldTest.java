package io.polylink.link.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenFoldTest {

  @Test
  void foldsCaseCodePointByCodePoint() {
    assertEquals("istanbul", TokenFold.fold("İSTANBUL"));
    assertEquals("straße", TokenFold.fold("Straße"));
  }

  @Test
  void foldsArabicAndPersianSpellingsTogether() {
    assertEquals(TokenFold.fold("\u0643\u064A"), TokenFold.fold("\u06A9\u06CC")); // Arabic vs Persian kaf, yeh
    assertEquals("\u0643\u062A\u0628", TokenFold.fold("\u0643\u064E\u062A\u064E\u0628\u064E")); // harakat dropped
  }

  @Test
  void dropsHebrewPointsButKeepsIndicVowelSigns() {
    assertEquals("\u05D0", TokenFold.fold("\u05D0\u05B7"));
    assertEquals("\u0915\u0947", TokenFold.fold("\u0915\u0947"));
    assertTrue(TokenFold.isWordPart(0x0947));
  }

  @Test
  void wordPartsAreLettersAndMarksOnly() {
    assertTrue(TokenFold.isWordPart('a'));
    assertTrue(TokenFold.isWordPart('ß'));
    assertFalse(TokenFold.isWordPart('\''));
    assertFalse(TokenFold.isWordPart('7'));
    assertFalse(TokenFold.isWordPart(0xD800));
    assertFalse(TokenFold.isWordPart(0x1F600));
  }

  @Test
  void serbianLatinTransliteratesWithDigraphs() {
    assertEquals("љубав", SerbianScript.toCyrillic("ljubav"));
    assertEquals("њихов", SerbianScript.toCyrillic("njihov"));
    assertEquals("џеп", SerbianScript.toCyrillic("džep"));
    assertEquals("ћу", SerbianScript.toCyrillic("ću"));
    assertNull(SerbianScript.toCyrillic("wow"));
  }
}
