package io.polylink.eval.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.eval.EvalRunner;
import io.polylink.testsupport.TestData;
import io.polylink.eval.polylink.PolylinkFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Runs every regression file under src/test/resources/regressions when the data exists; skips (saying so) if not. */
class RegressionFilesTest {

  static final Path DIR = Path.of("src/test/resources/regressions");
  static final boolean WRITE = Boolean.getBoolean("polylink.regression.write");

  @TempDir
  Path tmp;

  /** The regression files, sorted; at least one, or the folder moved. */
  static List<Path> files() throws java.io.IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(DIR)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no regression files under " + DIR.toAbsolutePath());
    return files;
  }

  /**
   * One test per regression file, named by its path under the folder: a drift names its file in the report, and a
   * file added or removed needs no count changed here. Polylink's runs build their KBs once into target/kb-cache and
   * reuse them on later runs.
   */
  @TestFactory
  @Tag("data")
  @Tag("slow")
  Stream<DynamicTest> everyRegressionFileHolds() throws Exception {
    RegressionRunner runner = new RegressionRunner(new EvalRunner(new PolylinkFactory(null)));
    return files().stream().map(f -> DynamicTest.dynamicTest(DIR.relativize(f).toString(), f.toUri(),
        () -> holds(runner, f, TestData.dir())));
  }

  private static void holds(RegressionRunner runner, Path f, Path data) {
    RegressionFile rf = RegressionFile.read(f);
    RegressionRunner.Outcome o = runner.run(rf, data);
    if (!o.passed() && WRITE && o.result() != null && o.problems().stream().allMatch(p -> p.contains(" drifted: "))) {
      // -Dpolylink.regression.write=true: a deliberate change of figures (a new model, a new KB rule) rewrites
      // the expected values of the files that drifted, for review in the diff; checksum and missing-metric
      // problems are never written over
      Map<String, Double> measured = new java.util.LinkedHashMap<>();
      for (String k : rf.expected().keySet()) {
        measured.put(k, RegressionRunner.at(o.result(), k).asDouble());
      }
      new RegressionFile(rf.name(), rf.description(), rf.task(), rf.format(), rf.dataset(), rf.datasetSha256(),
          rf.predictions(), rf.predictionsFormat(), rf.predictionsSha256(), rf.train(), rf.baseline(), rf.kb(),
          rf.tolerance(), measured).write(f);
      System.out.println("rewrote " + f + ": " + o.problems());
      return;
    }
    assertTrue(o.passed(), f.getFileName() + ": " + o.problems());
  }

  @Test
  void driftBeyondToleranceFails() throws Exception {
    Path data = TestData.dir();
    RegressionFile f = RegressionFile.read(DIR.resolve("elevant/refined.kore50.yaml"));
    RegressionFile drifted = new RegressionFile(f.name(), f.description(), f.task(), f.format(), f.dataset(),
        f.datasetSha256(), f.predictions(), f.predictionsFormat(), f.predictionsSha256(), null, null, f.kb(), 0.01,
        Map.of("elevant.REQUIRED.f1", f.expected().get("elevant.REQUIRED.f1") + 0.02));
    RegressionRunner.Outcome o = new RegressionRunner(new EvalRunner(null)).run(drifted, data);
    assertFalse(o.passed());
    assertTrue(o.problems().get(0).contains("elevant.REQUIRED.f1 drifted"), o.problems().toString());
    RegressionFile badSum = new RegressionFile(f.name(), "", f.task(), f.format(), f.dataset(), "00", f.predictions(),
        f.predictionsFormat(), f.predictionsSha256(), null, null, null, 0.01, f.expected());
    assertTrue(new RegressionRunner(new EvalRunner(null)).run(badSum, data).problems().stream()
        .anyMatch(p -> p.contains("checksum differs")));
  }

  @Test
  void yamlRoundTrips() {
    RegressionFile f = new RegressionFile("x", "d", "rank", "pprforned", "pprforned/testa", "ab", null, null, null,
        null, "prior", Map.of("source", "s", "entities", 3), 0.001, Map.of("accuracy", 0.5));
    Path p = tmp.resolve("x.yaml");
    f.write(p);
    RegressionFile back = RegressionFile.read(p);
    assertEquals(f.expected(), back.expected());
    assertEquals(f.baseline(), back.baseline());
    assertEquals(0.001, back.tolerance());
  }
}
