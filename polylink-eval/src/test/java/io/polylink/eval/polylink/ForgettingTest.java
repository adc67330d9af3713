package io.polylink.eval.polylink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.testsupport.TestData;
import io.polylink.kb.store.EntityAddition;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * Issue 7: adding 10,000 new entities changes Polylink's F1 on an ELEVANT benchmark (msnbc) and its accuracy on
 * PPRforNED testa by at most 0.5 points. Runs when ../shared/data exists.
 */
@Tag("data")
@Tag("slow")
class ForgettingTest {

  static final int ADDED = 10_000;
  static final double MAX_POINTS = 0.5;

  @TempDir Path tmp;

  @Test
  void tenThousandNewEntitiesForgetNothingOnElevant() throws Exception {
    Path data = TestData.dir();
    Forgetting.Result r = Forgetting.elevant(data.resolve("elevant/benchmarks/msnbc.benchmark.jsonl"),
        data.resolve("elevant/kb/qid_names.tsv"), Forgetting.generated(ADDED, 7, 0, List.of()), tmp);
    System.out.println("forgetting " + r.toJson());
    assertEquals(ADDED, r.added());
    assertTrue(r.maxChangePoints() <= MAX_POINTS, r.toJson().toString());
  }

  @Test
  void tenThousandNewEntitiesForgetNothingOnPprForNed() throws Exception {
    Path data = TestData.dir();
    Forgetting.Result r = Forgetting.pprforned(data.resolve("pprforned/testa"),
        Forgetting.generated(ADDED, 7, 0, List.of()), tmp);
    System.out.println("forgetting " + r.toJson());
    assertEquals(ADDED, r.added());
    assertTrue(r.maxChangePoints() <= MAX_POINTS, r.toJson().toString());
  }

  @Test
  void generatedEntitiesAreSeededAndNamed() {
    List<EntityAddition> a = Forgetting.generated(50, 3, 0.5, List.of("Paris", "Berlin"));
    List<EntityAddition> b = Forgetting.generated(50, 3, 0.5, List.of("Paris", "Berlin"));
    assertEquals(a, b, "same seed, same entities");
    assertTrue(a.stream().allMatch(x -> !x.entity().allNames().isEmpty()));
    long homonyms = a.stream().filter(x -> List.of("Paris", "Berlin").contains(x.entity().allNames().get(0))).count();
    assertTrue(homonyms > 10 && homonyms < 40, "about half are homonyms: " + homonyms);
  }
}
