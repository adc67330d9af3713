package io.polylink.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentLanguageTest {

  @Test
  void functionWordsDecideAndForeignNamesDoNot() {
    assertEquals("fr", DocumentLanguage.of("Le requérant, M. Pierre Dubois, a saisi la Cour le 3 mai 1996 au titre de "
        + "l'article 34 de la Convention."));
    assertEquals("es", DocumentLanguage.of("El demandante presentó una demanda ante el Tribunal por la decisión del "
        + "juez de Madrid."));
    assertEquals("de", DocumentLanguage.of("Der Kläger ist mit der Entscheidung des Gerichts nicht einverstanden."));
    // the n-gram identifier reads this as Polish; nothing here is firm evidence of another language than English
    String en = DocumentLanguage.of("Mr. Pavlović flew to STAXROITH on Monday morning.");
    assertEquals(true, en.isEmpty() || en.equals("en"), en);
    assertEquals("", DocumentLanguage.of("Meet me at PSC 1437, Box 3833 APO AA 66791"));
    assertEquals("", DocumentLanguage.of(""));
  }
}
