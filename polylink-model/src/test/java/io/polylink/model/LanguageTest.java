package io.polylink.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void knownAcceptsIsoCodesWithTheirSubtags() {
    for (String code : new String[] {"en", "DE", "zh-hans", "sr_Latn", "be-tarask", "gsw", "yue", "und", " fr "}) {
      assertEquals(Language.of(code.strip()), Language.known(code), code);
    }
  }

  /** Issue 14, item 12: {@code --language deutsch} was accepted as a well-formed tag and used silently. */
  @Test
  void knownRefusesWordsThatNameNoLanguage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Language.known("deutsch"));
    assertEquals("unknown language code 'deutsch': did you mean 'de' (German)?", e.getMessage());
    assertEquals("unknown language code 'French': did you mean 'fr' (French)?",
        assertThrows(IllegalArgumentException.class, () -> Language.known("French")).getMessage());
    assertEquals("unknown language code 'xx': give an ISO 639 code such as en, de, fr or zh-hans",
        assertThrows(IllegalArgumentException.class, () -> Language.known("xx")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Language.known("q"));
    assertThrows(IllegalArgumentException.class, () -> Language.known("klingonese-x"));
    assertThrows(IllegalArgumentException.class, () -> Language.known(""));
    assertThrows(IllegalArgumentException.class, () -> Language.known(null));
  }
}
