package io.polylink.link.types;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TypeClassifierTest {

  private static final String[] PERSON = {"striker", "actor", "singer", "minister"};
  private static final String[] PLACE = {"city", "flights", "residents", "mayor"};
  private static final String[] NOISE = {"report", "again", "week", "news", "today", "people"};

  /** Person contexts carry one of PERSON, place contexts one of PLACE; both carry noise words and a random name. */
  static List<TypeClassifier.Sample> separable(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<TypeClassifier.Sample> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean person = r.nextBoolean();
      String cue = (person ? PERSON : PLACE)[r.nextInt(4)];
      String text = "The " + cue + " Name" + r.nextInt(50) + " " + NOISE[r.nextInt(NOISE.length)] + ".";
      List<Token> tokens = TextNormalizer.tokenize(text);
      Set<String> profile = person ? Set.of("isa:Q5", "has:P106") : Set.of("isa:Q515", "has:P17");
      out.add(new TypeClassifier.Sample(TypeContext.features(tokens, 2, 3), profile));
    }
    return out;
  }

  @Test
  void learnsASeparableCase() {
    TypeClassifier c = TypeClassifier.train(separable(1, 400), TypeClassifier.Options.defaults(), Map.of());
    assertEquals(List.of("has:P106", "has:P17", "isa:Q5", "isa:Q515"), c.labels());
    double[] eval = c.evaluate(separable(2, 200));
    assertTrue(eval[0] > 0.98, "held-out micro F1 " + eval[0]);
    assertEquals(1.0, eval[2], 1e-9);
    List<Token> t = TextNormalizer.tokenize("Yesterday the striker Name7 said so.");
    double[] p = c.predict(TypeContext.features(t, 3, 4));
    assertTrue(p[c.labelIndex("isa:Q5")] > 0.9 && p[c.labelIndex("isa:Q515")] < 0.1, java.util.Arrays.toString(p));
  }

  @Test
  void writesAndReadsTheSameModel() throws Exception {
    TypeClassifier c = TypeClassifier.train(separable(3, 300), TypeClassifier.Options.defaults(),
        Map.of("trained_on", "a test"));
    StringWriter w = new StringWriter();
    c.write(w);
    TypeClassifier back = TypeClassifier.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)),
        "mem");
    assertEquals(c.labels(), back.labels());
    assertEquals("a test", back.meta().get("trained_on"));
    for (TypeClassifier.Sample s : separable(4, 20)) {
      assertArrayEquals(c.predict(s.features()), back.predict(s.features()), 1e-4);
    }
    StringWriter again = new StringWriter();
    back.write(again);
    assertEquals(w.toString(), again.toString());
  }

  @Test
  void badFilesAndDataFailWithAMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TypeClassifier.read(
        new ByteArrayInputStream("label\tx\t0\n".getBytes(StandardCharsets.UTF_8)), "f.tsv"));
    assertTrue(e.getMessage().contains("missing 'format"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> TypeClassifier.read(new ByteArrayInputStream(
        "format\tpolylink-types\t1\nweight\tm:x\t0\t1.0\n".getBytes(StandardCharsets.UTF_8)), "f.tsv"));
    assertTrue(e.getMessage().startsWith("f.tsv:2: "), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> TypeClassifier.train(List.of(
        new TypeClassifier.Sample(List.of("bias"), Set.of())), TypeClassifier.Options.defaults(), Map.of()));
    assertTrue(e.getMessage().contains("relations"), e.getMessage());
  }

  @Test
  void profilesMapToSortedIndicesOfKnownLabels() {
    TypeClassifier c = TypeClassifier.train(separable(5, 100), TypeClassifier.Options.defaults(), Map.of());
    assertArrayEquals(new int[] {c.labelIndex("has:P17"), c.labelIndex("isa:Q515")},
        c.indices(Set.of("isa:Q515", "has:P17", "isa:Q999")));
  }
}
