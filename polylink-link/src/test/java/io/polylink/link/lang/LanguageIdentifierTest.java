package io.polylink.link.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageIdentifierTest {

  private static final LanguageIdentifier ID = LanguageIdentifier.create();

  static Stream<Arguments> samples() {
    return new TreeMap<>(Samples.BY_LANGUAGE).entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(text -> Arguments.of(e.getKey(), text)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("samples")
  void identifiesEachSample(String expected, String text) {
    LanguageIdentifier.Result r = ID.identify(text);
    assertEquals(Language.of(expected), r.language(), () -> "for '" + text + "': " + r);
    assertTrue(r.confidence() > 0.2, () -> "confidence too low: " + r);
  }

  @Test
  void heldOutAccuracyIsHigh() {
    int total = 0;
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : new TreeMap<>(Samples.HELD_OUT).entrySet()) {
      for (String text : e.getValue()) {
        total++;
        Language got = ID.identify(text).language();
        if (!got.code().equals(e.getKey())) {
          wrong.add(e.getKey() + "->" + got + ": " + text);
        }
      }
    }
    double accuracy = 1.0 - (double) wrong.size() / total;
    assertTrue(accuracy >= 0.95, () -> "accuracy " + accuracy + ", wrong: " + wrong);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n  \r\n", "12345 678,90", "2024-05-17 13:45:00", "😀😎🎉 👍", "\uD800",
      "\uDC00\uD800", "!!! ??? ...", "John Smith", "Zürich", "Jürgen Müller", "Hello world", "in Berlin",
      "\u0301\u0308"})
  void noEvidenceIsUndeterminedWithZeroConfidence(String text) {
    LanguageIdentifier.Result r = ID.identify(text);
    assertEquals(Language.UNDETERMINED, r.language(), r::toString);
    assertEquals(0.0, r.confidence());
    assertTrue(r.alternatives().isEmpty());
    assertFalse(r.isDetermined());
  }

  @Test
  void nullIsUndetermined() {
    assertSame(LanguageIdentifier.Result.undetermined(), ID.identify(null));
  }

  @Test
  void unpairedSurrogatesInsideTextAreSkipped() {
    String text = "Der Hund\uD800 schläft\uDC00 unter dem Tisch und die Katze auch.";
    assertEquals(Language.of("de"), ID.identify(text).language());
  }

  @Test
  void oneStopwordIsWeakEvidenceAndMoreTextIsStronger() {
    LanguageIdentifier.Result one = ID.identify("the");
    LanguageIdentifier.Result many = ID.identify(Samples.BY_LANGUAGE.get("en").get(0));
    assertEquals(Language.of("en"), one.language());
    assertTrue(one.confidence() < many.confidence(), () -> one + " vs " + many);
    assertTrue(one.confidence() < 0.7, one::toString);
  }

  @Test
  void aBareWordInAMultiLanguageScriptFallsBackWithLowConfidence() {
    LanguageIdentifier.Result r = ID.identify("Москва");
    assertEquals(Language.of("ru"), r.language());
    assertTrue(r.confidence() > 0 && r.confidence() < 0.5, r::toString);
  }

  @Test
  void oneLanguageScriptsNeedNoWords() {
    assertEquals(Language.of("ka"), ID.identify("თბილისი საქართველოს დედაქალაქია").language());
    assertEquals(Language.of("hy"), ID.identify("Երևանը Հայաստանի մայրաքաղաքն է").language());
    assertEquals(Language.of("ta"), ID.identify("சென்னை தமிழ்நாட்டின் தலைநகரம்").language());
    assertEquals(Language.of("am"), ID.identify("አዲስ አበባ የኢትዮጵያ ዋና ከተማ ናት").language());
  }

  @Test
  void kanaAmongHanMeansJapaneseAFewDoNot() {
    // Mostly kanji, but with the particles of Japanese grammar.
    assertEquals(Language.of("ja"), ID.identify("東京都知事選挙の結果が本日発表された。").language());
    String chinese = "我们昨天在北京参观了一个关于日本动画历史的展览，展览中介绍了很多作品，其中最有名的是ナルト，"
        + "观众非常多，大家都觉得内容丰富而且很有意思，我们打算明年再去看一次新的展览。";
    assertEquals(Language.of("zh"), ID.identify(chinese).language());
  }

  @Test
  void dominantScriptDecidesMixedText() {
    String text = "The delegation met Сергей Иванов and Мария Петрова in the capital on Monday, "
        + "and they spoke about the trade agreement for more than an hour.";
    LanguageIdentifier.Result r = ID.identify(text);
    assertEquals(Language.of("en"), r.language());
    LanguageIdentifier.Result pure = ID.identify(text.replace("Сергей Иванов", "Sergei Ivanov")
        .replace("Мария Петрова", "Maria Petrova"));
    assertTrue(r.confidence() < pure.confidence(), () -> r + " vs " + pure);
  }

  @Test
  void readsOnlyTheConfiguredPrefix() {
    String german = "Der Hund schläft unter dem Tisch, und die Katze sitzt auf dem Stuhl. ";
    String english = "The weather was fine and the children were playing in the garden with their friends. ";
    String text = german + english.repeat(30);
    assertEquals(Language.of("en"), ID.identify(text).language());
    LanguageIdentifier shortSighted = LanguageIdentifier.create(german.length());
    assertEquals(german.length(), shortSighted.maxCodePoints());
    assertEquals(Language.of("de"), shortSighted.identify(text).language());
  }

  @Test
  void alternativesExcludeTheWinnerAndAreRankedAndBounded() {
    LanguageIdentifier.Result r = ID.identify(Samples.BY_LANGUAGE.get("da").get(0));
    assertEquals(Language.of("da"), r.language());
    assertFalse(r.alternatives().isEmpty());
    assertEquals(Language.of("no"), r.alternatives().get(0).language(), r::toString);
    assertTrue(r.alternatives().size() <= 4);
    for (int i = 0; i < r.alternatives().size(); i++) {
      LanguageIdentifier.Scored s = r.alternatives().get(i);
      assertFalse(s.language().equals(r.language()));
      assertTrue(s.score() <= r.confidence());
      if (i > 0) {
        assertTrue(s.score() <= r.alternatives().get(i - 1).score());
      }
    }
  }

  @Test
  void distinctiveLettersSeparateCloseLanguages() {
    assertEquals(Language.of("uk"), ID.identify("Їжак і ґава живуть у лісі, де є багато їжі.").language());
    assertEquals(Language.of("be"), ID.identify("Я не ведаў, што ён ужо прыйшоў дадому.").language());
    assertEquals(Language.of("kk"), ID.identify("Мен бүгін қалаға бардым және досыммен кездестім.").language());
    assertEquals(Language.of("yi"), Samples.HELD_OUT.get("yi").stream().map(ID::identify)
        .map(LanguageIdentifier.Result::language).findFirst().orElseThrow());
  }

  @Test
  void isSafeToShareBetweenThreads() {
    List<String> texts = Samples.BY_LANGUAGE.values().stream().flatMap(List::stream).toList();
    List<LanguageIdentifier.Result> serial = texts.stream().map(ID::identify).toList();
    IntStream.range(0, 8).parallel().forEach(round -> {
      for (int i = 0; i < texts.size(); i++) {
        assertEquals(serial.get(i), ID.identify(texts.get(i)));
      }
    });
  }

  @Test
  void createReturnsTheCachedInstance() {
    assertSame(LanguageIdentifier.create(), LanguageIdentifier.create());
    assertEquals(LanguageIdentifier.DEFAULT_MAX_CODE_POINTS, LanguageIdentifier.create().maxCodePoints());
  }

  @Test
  void rejectsBadArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LanguageIdentifier.create(0));
    assertTrue(e.getMessage().contains("0"), e::getMessage);
    assertThrows(IllegalArgumentException.class,
        () -> new LanguageIdentifier.Result(Language.of("en"), 1.5, List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new LanguageIdentifier.Result(Language.UNDETERMINED, 0.5, List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new LanguageIdentifier.Scored(Language.of("en"), Double.NaN));
  }
}
