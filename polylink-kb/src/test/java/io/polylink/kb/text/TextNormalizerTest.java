package io.polylink.kb.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void keysFoldCaseDiacriticsAndWidth() {
    assertEquals("zurich", TextNormalizer.key("Zürich"));
    assertEquals("sao paulo", TextNormalizer.key("São  Paulo"));
    assertEquals("etats unis", TextNormalizer.key("États-Unis"));
    assertEquals("strasse", TextNormalizer.key("Straße"));
    assertEquals("abc", TextNormalizer.key("ＡＢＣ")); // full width
    assertEquals("kobenhavn", TextNormalizer.key("København"));
    assertEquals("lodz", TextNormalizer.key("Łódź"));
    assertEquals("москва", TextNormalizer.key("Москва"));
    assertEquals("елка", TextNormalizer.key("Ёлка"));
    assertEquals("αθηνα", TextNormalizer.key("Αθήνα"));
    assertEquals("", TextNormalizer.key(" -- "));
  }

  @Test
  void arabicHarakatAreRemovedButDevanagariVowelSignsStay() {
    assertEquals(TextNormalizer.key("مصر"), TextNormalizer.key("مِصْر"));
    assertEquals("भारत", TextNormalizer.key("भारत"));
    assertTrue(TextNormalizer.key("हिन्दी").length() > 3, "virama and vowel signs are part of Devanagari words");
  }

  @Test
  void scriptsWithoutSpacesAreSplitIntoCharactersAndJoinedWithoutSpaces() {
    List<Token> tokens = TextNormalizer.tokenize("北京是中国的首都");
    assertEquals(8, tokens.size());
    assertTrue(tokens.get(0).is(Token.NO_SPACE));
    assertEquals("中国", TextNormalizer.join(tokens, 3, 5));
    assertEquals("中国", TextNormalizer.key("中国"));
    // Thai: a consonant keeps its vowel and tone marks
    List<Token> thai = TextNormalizer.tokenize("กรุงเทพ");
    assertEquals("กรุงเทพ", TextNormalizer.join(thai, 0, -1));
    assertTrue(thai.size() < "กรุงเทพ".length(), "marks are absorbed into the preceding character");
    // mixed: Latin after Han is separated by a space in keys
    assertEquals("东京 tower", TextNormalizer.key("东京Tower"));
  }

  @Test
  void anInitialismsLastPeriodEndsNoSentence() {
    List<Token> t = TextNormalizer.tokenize("the U.S. Army left. Then J. Smith came. A.B. Mayer, Ph.D. Wait");
    // the, U, S, Army, left, Then, J, Smith, came, A, B, Mayer, Ph, D, Wait
    assertFalse(t.get(3).is(Token.SENTENCE_START), "'Army' goes on the sentence after 'U.S.'");
    assertTrue(t.get(5).is(Token.SENTENCE_START), "'Then' follows a period");
    assertFalse(t.get(11).is(Token.SENTENCE_START), "'Mayer' after 'A.B.'");
    assertTrue(t.get(14).is(Token.SENTENCE_START), "'Ph.D.' is no initialism of single letters");
  }

  @Test
  void shapeFlags() {
    List<Token> t = TextNormalizer.tokenize("The UN met in Paris. it 2024 iPhone");
    assertTrue(t.get(0).is(Token.SENTENCE_START) && t.get(0).is(Token.CAPITALIZED));
    assertTrue(t.get(1).is(Token.ALL_UPPER));
    assertFalse(t.get(4).is(Token.SENTENCE_START));
    assertTrue(t.get(5).is(Token.SENTENCE_START), "'it' follows a period");
    assertTrue(t.get(6).is(Token.NUMERIC));
    assertFalse(t.get(7).is(Token.CAPITALIZED));
    assertTrue(t.get(7).is(Token.CASED_SCRIPT));
  }

  @Test
  void transliterationGivesLatinKeysOnlyForOtherScripts() {
    assertEquals("moskva", Transliteration.latinKey("Москва"));
    assertNull(Transliteration.latinKey("Paris"));
    assertEquals("beijing", Transliteration.latinKey("北京").replace(" ", ""));
  }

  @Property(tries = 1000, seed = "43")
  void theFastKeyEqualsTheJoinedTokens(@ForAll @StringLength(max = 40) String text) {
    assertEquals(TextNormalizer.join(TextNormalizer.tokenize(text), 0, -1), TextNormalizer.key(text), text);
  }

  @Property(tries = 1000, seed = "44")
  void theAsciiKeyEqualsTheJoinedTokens(@ForAll @StringLength(max = 40) @CharRange(from = 0, to = 127) String text) {
    assertEquals(TextNormalizer.join(TextNormalizer.tokenize(text), 0, -1), TextNormalizer.key(text), text);
  }

  @Property(tries = 5000, seed = "47")
  void wordsNormalizeByCodePointAsIcuDoesOnTheWholeWord(@ForAll("words") String word) {
    String fast = TextNormalizer.normalizeWordByCodePoint(word);
    if (fast != null) {
      assertEquals(TextNormalizer.normalizeWordWhole(word), fast, word);
    }
    assertEquals(TextNormalizer.normalizeWordWhole(word), TextNormalizer.normalizeWord(word), word);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> words() {
    return net.jqwik.api.Arbitraries.strings()
        .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
        .withCharRange('\u00C0', '\u024F') // Latin-1 letters, Latin Extended A and B
        .withCharRange('\u0250', '\u02FF') // IPA, modifier letters
        .withCharRange('\u0300', '\u036F') // combining diacritics
        .withCharRange('\u0370', '\u03FF').withCharRange('\u0400', '\u052F') // Greek, Cyrillic
        .withCharRange('\u0590', '\u06FF') // Hebrew, Arabic with their marks
        .withCharRange('\u0900', '\u097F') // Devanagari (vowel signs, virama)
        .withCharRange('\u1100', '\u11FF').withCharRange('\uAC00', '\uAC20') // jamo, Hangul syllables
        .withCharRange('\u1E00', '\u1FFF') // Latin Extended Additional, Greek Extended
        .withCharRange('\u2160', '\u2188') // Roman numerals (compatibility)
        .withCharRange('\uFB00', '\uFB4F').withCharRange('\uFE70', '\uFEFF') // ligatures, Arabic forms
        .withCharRange('\uFF10', '\uFF5A') // full width
        .ofMinLength(1).ofMaxLength(8);
  }

  @Test
  void everyBmpCodePointNormalizesAloneAsIcuDoes() {
    for (char c = 0; c < 0xFFFF; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      String word = String.valueOf(c);
      String fast = TextNormalizer.normalizeWordByCodePoint(word);
      if (fast != null) {
        assertEquals(TextNormalizer.normalizeWordWhole(word), fast, () -> Integer.toHexString(word.charAt(0)));
      }
    }
  }

  @Test
  void theFastKeyEqualsTheJoinedTokensOnMixedScripts() {
    for (String s : new String[] {"东京Tower", "Tower东京", "ปารีส Paris", "São Paulo-北京 x", "ﱞกﱞ", "a ﱞ b", "Ｔｏｋｙｏ",
        "Ĳssel", "İstanbul", "ǅemal", "x\u0301y", "1 2 3", "l'Aquila", "Straße"}) {
      assertEquals(TextNormalizer.join(TextNormalizer.tokenize(s), 0, -1), TextNormalizer.key(s), s);
    }
  }

  @Property(tries = 300, seed = "42")
  void tokensAreOrderedDisjointAndInsideTheText(@ForAll @StringLength(max = 80) String text) {
    List<Token> tokens = TextNormalizer.tokenize(text);
    int last = 0;
    for (Token tok : tokens) {
      assertTrue(tok.start() >= last && tok.end() > tok.start() && tok.end() <= text.length());
      assertFalse(tok.norm().isEmpty());
      last = tok.end();
    }
    String key = TextNormalizer.key(text);
    assertEquals(key, key.strip());
    assertFalse(key.contains("  "));
  }
}
