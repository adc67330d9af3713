package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fuzzy match must misspell the name word by word: two edits over "thomas pole" reach "thomas more" and "thomas
 * gold" (and, through a web anchor, Joe the singer), none of which it names; "barak obama", "angela merkle" and
 * "hillary clintn" stay matches of their names.
 */
class FuzzyWordByWordTest {

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
      "thomas pole,    thomas more,     false",
      "thomas pole,    thomas gold,     false",
      "barak obama,    barack obama,    true",
      "angela merkle,  angela merkel,   true",
      "hillary clintn, hillary clinton, true",
      "vladimir putn,  vladimir putin,  false",
      "new york,       newyork,         true",
      "stock holm,     stockholm,       true",
      "deutfchland,    deutschland,     true",
      "weimarer republik, weimarer republic, true",
  })
  void wordByWord(String key, String name, boolean expected) {
    assertEquals(expected, FuzzyNameRetriever.wordByWord(key, name));
  }

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({"merkle, merkel, 1", "barak, barack, 1", "pole, more, 2", "abc, abc, 0", "clintn, clinton, 1"})
  void editDistanceCountsASwapOnce(String a, String b, int d) {
    assertEquals(d, io.polylink.kb.text.EditDistance.of(a, b, 3));
    assertEquals(d, io.polylink.kb.text.EditDistance.of(a, b));
    assertEquals(Math.min(d, 1), io.polylink.kb.text.EditDistance.of(a, b, 0), "capped at max + 1");
  }
}
