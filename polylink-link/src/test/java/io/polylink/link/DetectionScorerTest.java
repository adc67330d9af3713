package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polylink.kb.store.NameHit;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each shape of span gets its named {@link DetectionWeights} score. */
class DetectionScorerTest {

  private static final DetectionWeights W = DetectionWeights.DEFAULTS;
  private static final DetectionScorer EN = new DetectionScorer("en", LinkerConfig.defaults(), W);

  /** The score of the span that starts at the {@code first}-th token of {@code text} and has {@code count} tokens. */
  private static double shape(DetectionScorer scorer, String text, int first, int count) {
    List<Token> tokens = TextNormalizer.tokenize(text);
    return scorer.shape(tokens, first, first + count);
  }

  @Test
  void casedScriptShapes() {
    assertEquals(W.capitalizedWord(), shape(EN, "He met Obama there.", 2, 1));
    assertEquals(W.sentenceInitialWord(), shape(EN, "Obama met him.", 0, 1));
    assertEquals(W.shortAcronym(), shape(EN, "He joined NATO later.", 2, 1));
    assertEquals(W.longAllCaps(), shape(EN, "He shouted WONDERFUL twice.", 2, 1));
    assertEquals(W.capitalizedPhrase(), shape(EN, "He saw New York City.", 2, 3));
    assertEquals(W.description(), shape(EN, "The capital of Portugal is big.", 1, 3));
    assertEquals(W.lowerCase(), shape(EN, "He bought an iphone there.", 3, 1));
    assertEquals(0.0, shape(EN, "The dog slept.", 0, 1), "a function word alone is no name");
    assertEquals(0.0, shape(EN, "In 1990 he left.", 1, 1), "a number is no name");
  }

  @Test
  void scriptsWithoutCaseOrSpaces() {
    assertEquals(W.noSpaceTwoChars(), shape(EN, "东京", 0, 2));
    assertEquals(W.noSpaceLonger(), shape(EN, "北京大学", 0, 4));
    assertEquals(W.uncasedWord(), shape(EN, "गांधी", 0, 1));
  }

  @Test
  void theWeightsComeFromTheRecord() {
    DetectionWeights w = new DetectionWeights(0.6, 0.8, 0.6, 0.8, 0.1, 0.75, 0.6, 0.5, 0.42, 0.1, 0.5, 0.9, 0.4, 0.3,
        0.8, 0.6, 0.6, 0.5, 0.5, 2, 3, 6);
    assertEquals(0.42, shape(new DetectionScorer("en", LinkerConfig.defaults(), w), "He met Obama there.", 2, 1));
  }

  @Test
  void unknownNamesScoreByLengthAndCandidates() {
    String text = "Johann Weberling and Zorblax came.";
    Spot two = new Spot(text, 0, 2, 0, 16, "johann weberling", true);
    Spot one = new Spot(text, 3, 4, 21, 28, "zorblax", true);
    assertEquals(W.unknownPhrase(), EN.unknownName(two, List.of()));
    assertEquals(0.0, EN.unknownName(one, List.of()), "one word without a candidate is dropped");
    assertEquals(W.unknownWord(), EN.unknownName(one, List.of(new NameHit(null, 1, 1, true))));
  }
}
