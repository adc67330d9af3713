package io.polylink.link.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;

class ShortTextVoteTest {

  private static final EvidenceTables TABLES = new EvidenceTables(Profiles.defaults());

  @Test
  void namesAndKnownWordsWeighLessThanOtherWords() {
    String text = "Angela Merkel traf Emmanuel Macron in Paris.";
    float[] w = ShortTextVote.letterWeights(text, TABLES);
    assertEquals(text.length(), w.length);
    assertEquals(ShortTextVote.NAME_WEIGHT, w[text.indexOf("Angela")]);
    assertEquals(ShortTextVote.NAME_WEIGHT, w[text.indexOf("Paris") + 4]);
    assertEquals(ShortTextVote.KNOWN_WORD_WEIGHT, w[text.indexOf(" in") + 1]);
    // "traf" is listed as a German verb form, so it is known too; a word neither listed nor capitalized weighs 1.
    assertEquals(ShortTextVote.KNOWN_WORD_WEIGHT, w[text.indexOf("traf")]);
    float[] plain = ShortTextVote.letterWeights("Der Hund schläft.", TABLES);
    assertEquals(ShortTextVote.KNOWN_WORD_WEIGHT, plain[0]); // "Der": capitalized, but a function word
    assertEquals(ShortTextVote.NAME_WEIGHT, plain[4]); // "Hund": a German noun looks like a name
    assertEquals(1f, plain[9]); // "schläft"
    assertEquals(1f, plain[plain.length - 1]); // "."
  }

  /** With every weight 1 the weighted n-grams give what OpenNLP's own detector gives. */
  @Test
  void unitWeightsReproduceTheDetector() throws IOException {
    NgramLanguageModel model = NgramLanguageModel.shared();
    assertNotNull(model, "the langdetect model on the test class path");
    LanguageDetectorME detector;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(NgramLanguageModel.RESOURCE)) {
      detector = new LanguageDetectorME(new LanguageDetectorModel(in));
    }
    for (String text : List.of("Angela Merkel traf Emmanuel Macron in Paris.", "Où as-tu mis les clés ?",
        "Вчера мы были в Самаре, 12 km от http://example.org #tag")) {
      Map<String, Double> theirs = new HashMap<>();
      for (opennlp.tools.langdetect.Language l : detector.predictLanguages(text)) {
        String code = NgramLanguageModel.ISO3_TO_ISO1.get(l.getLang());
        if (code != null && l.getConfidence() > 0) {
          theirs.merge(code, Math.log(l.getConfidence()), Math::max);
        }
      }
      Map<String, Double> ours = model.logProbabilities(text);
      assertEquals(theirs.keySet(), ours.keySet(), text);
      for (String code : ours.keySet()) {
        assertEquals(theirs.get(code), ours.get(code), 1e-9, text + " " + code);
      }
    }
  }

  @Test
  void namesOfOtherLanguagesNoLongerOutvoteTheVerb() {
    NgramLanguageModel model = NgramLanguageModel.shared();
    String text = "Angela Merkel traf Emmanuel Macron in Paris.";
    Map<String, Double> unweighted = model.logProbabilities(text);
    Map<String, Double> weighted = model.logProbabilities(text, n -> ShortTextVote.letterWeights(n, TABLES));
    // On all n-grams alike Dutch leads German by a wide margin; with the names at their weight much less.
    double before = unweighted.get("nl") - unweighted.get("de");
    double after = weighted.get("nl") - weighted.get("de");
    assertTrue(before > 0.2, "before " + before);
    assertTrue(after < before / 2, "after " + after + ", before " + before);
  }

  @Test
  void largerLanguagesHaveTheLargerPrior() {
    assertTrue(ShortTextVote.prior("en") > ShortTextVote.prior("nl"));
    assertTrue(ShortTextVote.prior("hr") > ShortTextVote.prior("bs"));
    assertEquals(0.0, ShortTextVote.prior("xx"));
  }

  /** Every function-word profile of Latin and Cyrillic script has its verb forms, or it would lose to those that do. */
  @Test
  void everyLatinAndCyrillicProfileHasVerbForms() {
    for (Profile p : Profiles.defaults()) {
      if (p.group() == ScriptGroup.LATIN || p.group() == ScriptGroup.CYRILLIC) {
        String code = p.language().code().equals("sr") ? "sr-latn" : p.language().code();
        assertFalse(EventVerbs.forms(code).isEmpty(), "no verb forms for " + code);
      }
    }
  }
}
