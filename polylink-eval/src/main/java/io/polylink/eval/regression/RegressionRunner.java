package io.polylink.eval.regression;

import com.fasterxml.jackson.databind.JsonNode;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.EvalRunner;
import io.polylink.eval.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Re-runs a {@link RegressionFile} against the data folder and reports every drift beyond its tolerance. */
public final class RegressionRunner {

  /**
   * The outcome of one file.
   *
   * @param name the experiment
   * @param result the evaluation result
   * @param problems checksum mismatches and drifts; empty when the file passes
   */
  public record Outcome(String name, JsonNode result, List<String> problems) {
    /** True when nothing drifted. */
    public boolean passed() {
      return problems.isEmpty();
    }
  }

  private final EvalRunner runner;

  /** @param runner the runner that scores (carries the Polylink factory where there is one) */
  public RegressionRunner(EvalRunner runner) {
    this.runner = runner;
  }

  /** Runs {@code file} with paths resolved against {@code dataDir}. */
  public Outcome run(RegressionFile file, Path dataDir) {
    List<String> problems = new ArrayList<>();
    Path dataset = dataDir.resolve(file.dataset());
    check(problems, "dataset", dataset, file.datasetSha256());
    Path predictions = file.predictions() == null ? null : dataDir.resolve(file.predictions());
    if (predictions != null) {
      check(problems, "predictions", predictions, file.predictionsSha256());
    }
    Path kb = kbPath(file, dataDir);
    if (kb != null) {
      check(problems, "kb", kb, file.kb().get("sha256") == null ? null : file.kb().get("sha256").toString());
    }
    if (problems.stream().anyMatch(x -> x.contains("not found"))) {
      return new Outcome(file.name(), null, problems);
    }
    EvalRequest req = request(file.task(), file.format(), dataset, kb, predictions, file.predictionsFormat(),
        file.train(), file.baseline(), dataDir);
    JsonNode result = runner.run(req);
    for (Map.Entry<String, Double> e : file.expected().entrySet()) {
      JsonNode v = at(result, e.getKey());
      if (!v.isNumber()) {
        problems.add("metric " + e.getKey() + " is missing from the result");
      } else if (Math.abs(v.asDouble() - e.getValue()) > file.tolerance()) {
        problems.add(String.format(Locale.ROOT, "%s drifted: expected %.6f, got %.6f (tolerance %.6f)", e.getKey(),
            e.getValue(), v.asDouble(), file.tolerance()));
      }
    }
    return new Outcome(file.name(), result, problems);
  }

  /**
   * The request of a regression file. {@code train}, relative to {@code dataDir}: for task nil the split whose
   * entities are the KB; for task a2kb the annotated files, joined by commas, that Polylink's learned mention detector
   * is trained on before the run (in the dataset's format).
   */
  static EvalRequest request(String task, String format, Path dataset, Path kb, Path predictions,
      String predictionsFormat, String train, String baseline, Path dataDir) {
    if (train == null || Task.of(task) != Task.A2KB) {
      return new EvalRequest(task, format, dataset, kb, predictions, predictionsFormat,
          train == null ? null : dataDir.resolve(train), baseline);
    }
    List<Path> files = new ArrayList<>();
    for (String part : train.split(",")) {
      if (!part.isBlank()) {
        files.add(dataDir.resolve(part.strip()));
      }
    }
    EvalRequest plain = new EvalRequest(task, format, dataset, kb, predictions, predictionsFormat, null, baseline);
    return new EvalRequest(plain.task(), plain.format(), dataset, kb, predictions, plain.predictionsFormat(), null,
        baseline, null, null, files, null);
  }

  /**
   * The KB the file names: {@code kb.path}, relative to the data folder (a KB source file or KB folder); null when
   * it names none (stored predictions, baselines, KBs built from the dataset itself, the starter KB).
   */
  static Path kbPath(RegressionFile file, Path dataDir) {
    Object p = file.kb().get("path");
    return p == null || p.toString().isBlank() ? null : dataDir.resolve(p.toString());
  }

  /** The node at a dotted path ({@code elevant.REQUIRED.f1}); missing when any step is absent. */
  public static JsonNode at(JsonNode root, String dotted) {
    JsonNode n = root;
    for (String step : dotted.split("\\.")) {
      n = n.path(step);
    }
    return n;
  }

  private static void check(List<String> problems, String what, Path p, String expected) {
    if (!p.toFile().exists()) {
      problems.add(what + " not found: " + p);
      return;
    }
    if (expected != null && !expected.equals(Checksums.sha256(p))) {
      problems.add(what + " checksum differs from " + expected + ": " + p);
    }
  }
}
