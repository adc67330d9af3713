package io.polylink.eval.regression;

import com.fasterxml.jackson.databind.JsonNode;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.EvalRunner;
import io.polylink.eval.elevant.ElevantReproduction;
import io.polylink.eval.elevant.ElevantScorer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the peer regression files: one per stored ELEVANT run (expected = ELEVANT's own "all" F1 in both modes,
 * tolerance 0.01, so the file proves the reproduction) and the PPRforNED prior baseline on train and testa.
 */
public final class RegressionGenerator {

  private RegressionGenerator() {}

  /** Generates into {@code outDir} from {@code dataDir} ({@code ../shared/data}). */
  public static int generate(Path dataDir, Path outDir) {
    int n = 0;
    EvalRunner runner = new EvalRunner(null);
    for (ElevantReproduction.Row row : ElevantReproduction.run(dataDir.resolve("elevant"))) {
      if (row.mode() != ElevantScorer.Mode.REQUIRED) {
        continue;
      }
      String system = row.system();
      Path pred = find(dataDir.resolve("elevant/predictions/" + system), "." + row.benchmark()
          + ".linked_articles.jsonl");
      String dataset = "elevant/benchmarks/" + row.benchmark() + ".benchmark.jsonl";
      String predRel = dataDir.relativize(pred).toString().replace('\\', '/');
      JsonNode result = runner.run(new EvalRequest("a2kb", "elevant", dataDir.resolve(dataset), null, pred,
          "elevant", null, null));
      Map<String, Double> expected = new LinkedHashMap<>();
      Map<ElevantScorer.Mode, io.polylink.eval.elevant.ElevantResults.Stored> theirs =
          io.polylink.eval.elevant.ElevantResults.read(pred.resolveSibling(pred.getFileName().toString()
              .replace(".linked_articles.jsonl", ".eval_results.json")));
      expected.put("elevant.IGNORED.f1", theirs.get(ElevantScorer.Mode.IGNORED).f1());
      expected.put("elevant.REQUIRED.f1", theirs.get(ElevantScorer.Mode.REQUIRED).f1());
      expected.put("micro.f1", result.path("micro").path("f1").asDouble());
      new RegressionFile("elevant-" + system + "-" + row.benchmark(),
          "Stored " + system + " predictions on ELEVANT " + row.benchmark()
              + "; expected ELEVANT F1s are ELEVANT's own eval_results.json figures, micro.f1 is our A2KB strong F1",
          "a2kb", "elevant", dataset, Checksums.sha256(dataDir.resolve(dataset)), predRel, "elevant",
          Checksums.sha256(pred), null, null, new java.util.TreeMap<>(Map.of("source", "none (stored predictions)")), 0.01, expected)
          .write(outDir.resolve("elevant").resolve(system + "." + row.benchmark() + ".yaml"));
      n++;
    }
    for (String split : List.of("train", "testa")) {
      String dataset = "pprforned/" + split;
      JsonNode r = runner.run(new EvalRequest("rank", "pprforned", dataDir.resolve(dataset), null, null, null, null,
          "prior"));
      Map<String, Double> expected = new LinkedHashMap<>();
      expected.put("accuracy", r.path("accuracy").asDouble());
      expected.put("macro_accuracy", r.path("macro_accuracy").asDouble());
      expected.put("mrr", r.path("mrr").asDouble());
      new RegressionFile("pprforned-prior-" + split, "In-link prior baseline ranking the PPRforNED AIDA candidates ("
          + split + "); candidate order is shuffled by the reader", "rank", "pprforned", dataset,
          Checksums.sha256(dataDir.resolve(dataset)), null, null, null, null, "prior",
          new java.util.TreeMap<>(Map.of("source", "PPRforNED candidate files", "mentions", r.path("mentions").asInt())), 0.0001, expected)
          .write(outDir.resolve("pprforned").resolve("prior." + split + ".yaml"));
      n++;
    }
    return n;
  }

  private static Path find(Path dir, String suffix) {
    try (var s = java.nio.file.Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst()
          .orElseThrow(() -> new IllegalStateException("no *" + suffix + " in " + dir));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code args[0]}: data folder, {@code args[1]}: output folder. */
  public static void main(String[] args) {
    System.out.println(generate(Path.of(args[0]), Path.of(args[1])) + " regression files written");
  }
}
