package io.polylink.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polylink.eval.DatasetFormatException;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.Format;
import io.polylink.eval.PredictionsFormat;
import io.polylink.eval.Task;
import io.polylink.eval.pii.PiiSystem;
import io.polylink.eval.EvalRunner;
import io.polylink.eval.LinkerUnavailableException;
import io.polylink.eval.LinkingSystem;
import io.polylink.eval.regression.RegressionFile;
import io.polylink.eval.regression.RegressionRunner;
import io.polylink.eval.report.Report;
import io.polylink.eval.report.SuiteReport;
import io.polylink.link.TextEncoder;
import io.polylink.link.rank.RankerModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code polylink eval}: scores a system on a dataset, or re-runs a regression file. Without {@code --predictions}
 * the system is Polylink itself on {@code --kb}, made by the factory given to the constructor.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score Polylink or stored predictions on a dataset; re-run a regression file.")
public final class EvalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--task", description = "a2kb|d2kb|rank|retrieval|nil|pii")
  String task;

  @Option(names = "--format", description = "nif|elevant|hipe|pprforned|melo|brat|presidio")
  String format;

  @Option(names = "--dataset", description = "dataset file or folder")
  Path dataset;

  @Option(names = "--kb", description = "KB for Polylink as the system: a KB folder, or a .tsv/.jsonl/Wikidata "
      + "source file built once into the KB cache (-Dpolylink.kb.cache, default target/kb-cache)")
  Path kb;

  @Option(names = "--predictions", description = "stored predictions to score instead of Polylink")
  Path predictions;

  @Option(names = "--predictions-format", description = "elevant|nif|jsonl")
  String predictionsFormat;

  @Option(names = "--train", description = "training data (nil on HIPE: its entities are the KB)")
  Path train;

  @Option(names = "--mentions-train", split = ",", paramLabel = "FILE", description = "a2kb: annotated files in the "
      + "dataset's format (hipe, nif, brat) to train Polylink's learned mention detector on before scoring "
      + "(deterministic, seconds; never the scored file); repeat or join with commas")
  List<Path> mentionsTrain = new java.util.ArrayList<>();

  @Option(names = "--mentions-model", paramLabel = "FILE", description = "a2kb: a mention detector model written by "
      + "'polylink train-mentions' for Polylink")
  Path mentionsModel;

  @Option(names = "--baseline", description = "built-in baseline instead of Polylink: prior (rank on PPRforNED), string-clusters (nil on HIPE), "
      + "regex or regex+polylink (pii)")
  String baseline;

  @Option(names = "--policy", description = "task pii: the redactor's policy file (.yaml, .json); with --model (a tagger "
      + "model from 'redact train') the redactor is configured as 'redact' would be")
  Path policy;

  @Option(names = "--report", description = "write report.md, report.html and result.json into this folder")
  Path report;

  @Option(names = "--regression", description = "re-run this regression YAML file, or every one under this folder "
      + "(with --report: one combined page); fails on drift")
  Path regression;

  @Option(names = "--data", description = "data folder for regression files (default: -Dpolylink.data.dir, "
      + "$POLYLINK_DATA, else ../shared/data)")
  Path data;

  @Option(names = "--json", description = "print the result as one JSON object")
  boolean json;

  @picocli.CommandLine.Mixin
  DictionaryOption dictionaries = new DictionaryOption();

  @picocli.CommandLine.Mixin
  RankerOptions ranker = new RankerOptions();

  /** Makes the Polylink system for a KB with a ranker model and a dense context encoder (null: the defaults). */
  @FunctionalInterface
  public interface SystemFactory {
    LinkingSystem make(Path kb, RankerModel model, TextEncoder dense);
  }

  private final SystemFactory polylink;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Without a linker: only stored predictions and baselines can be scored. */
  public EvalCommand() {
    this((SystemFactory) null);
  }

  /** @param polylink makes the Polylink linking system for a KB folder (may be null when there is none) */
  public EvalCommand(Function<Path, LinkingSystem> polylink) {
    this.polylink = polylink == null ? null : (kb, m, d) -> {
      if (m != null || d != null) {
        throw new IllegalArgumentException("this eval command cannot take --model or --dense-context");
      }
      return polylink.apply(kb);
    };
  }

  /** @param polylink makes the Polylink system for a KB, a ranker model and a dense encoder (may be null) */
  public EvalCommand(SystemFactory polylink) {
    this.polylink = polylink;
  }

  /** Task pii's redactor; polylink-cli's own by default. */
  private PiiSystem.Factory redactor = new EvalRedactor();

  /** Scores task pii with {@code redactor} instead of Polylink's redactor (null: none, task pii needs predictions). */
  public EvalCommand redactor(PiiSystem.Factory redactor) {
    this.redactor = redactor;
    return this;
  }

  private boolean isPii() {
    return task != null && task.equalsIgnoreCase("pii");
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RankerModel rankerModel;
    TextEncoder dense;
    try {
      // task pii: --model is the redactor's tagger model, not a ranker model
      rankerModel = isPii() ? null : ranker.readModel();
      dense = DenseContextOption.open(ranker.denseContext);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("eval failed: " + e.getMessage());
      return 2;
    }
    java.util.Set<String> linkedIds = new java.util.TreeSet<>();
    EvalRunner runner = new EvalRunner(polylink == null ? null
        : kbPath -> recording(polylink.make(kbPath, rankerModel, dense), linkedIds), null, rankerModel)
        .withRedactor(redactor);
    try {
      if (!dictionaries.files.isEmpty()) {
        runner = runner.dictionary(dictionaries.read());
      }
      if (regression != null) {
        return runRegression(runner, out, err);
      }
      if (task == null || format == null || dataset == null) {
        err.println("eval needs --task, --format and --dataset (or --regression FILE)");
        return 2;
      }
      ObjectNode result = runner.run(EvalRequest.builder(Task.of(task), Format.of(format), dataset).kb(kb)
          .predictions(predictions, predictionsFormat == null ? null : PredictionsFormat.of(predictionsFormat))
          .train(train).baseline(baseline).model(isPii() ? ranker.model : null).policy(policy)
          .mentionsTrain(mentionsTrain).mentionsModel(mentionsModel).build());
      print(result, out);
      warnIfTheDefaultKbCannotMatch(result, linkedIds, err);
      if (report != null) {
        writeReport(List.of(result));
      }
      return 0;
    } catch (LinkerUnavailableException e) {
      err.println(e.getMessage());
      return 1;
    } catch (DatasetFormatException | IllegalArgumentException | UncheckedIOException e) {
      err.println("eval failed: " + e.getMessage());
      return 2;
    } finally {
      DenseContextOption.close(dense);
    }
  }

  /**
   * Without {@code --kb} Polylink links with the default KB, whose ids need not be the dataset's (the CLDR starter
   * KB's are {@code iso3166:FR}, a Wikidata benchmark's {@code Q142}): every link then misses and F1 is 0 by
   * construction. Says so when no gold entity was matched and none of the linked ids is a Wikidata id.
   */
  private void warnIfTheDefaultKbCannotMatch(JsonNode result, java.util.Set<String> linkedIds, PrintWriter err) {
    boolean linking = "a2kb".equals(task) || "d2kb".equals(task);
    JsonNode inKb = result.path("inkb");
    long goldInKb = inKb.path("tp").asLong() + inKb.path("fn").asLong();
    if (!linking || kb != null || predictions != null || baseline != null || inKb.path("tp").asLong() != 0
        || goldInKb == 0 || linkedIds.stream().anyMatch(id -> WIKIDATA_ID.matcher(id).matches())) {
      return;
    }
    String examples = String.join(", ", linkedIds.stream().limit(3).toList());
    err.println("polylink: warning: none of the dataset's " + goldInKb + " gold entities was matched: without --kb "
        + "Polylink links with its default KB, whose ids" + (examples.isEmpty() ? "" : " (" + examples + ")")
        + " cannot match this dataset's; give --kb a KB with the dataset's ids (a KB folder, or a .tsv/.jsonl/"
        + "Wikidata file such as ../shared/data/elevant/kb/qid_names.tsv for ELEVANT)");
    err.flush();
  }

  private static final java.util.regex.Pattern WIKIDATA_ID = java.util.regex.Pattern.compile("Q[1-9][0-9]*");

  /** {@code system}, noting the id of every entity it links. */
  private static LinkingSystem recording(LinkingSystem system, java.util.Set<String> ids) {
    return new LinkingSystem() {
      @Override
      public String name() {
        return system.name();
      }

      @Override
      public io.polylink.model.LinkedDocument link(io.polylink.model.Document doc) {
        return noted(system.link(doc));
      }

      @Override
      public LinkingSystem withMentionDetector(io.polylink.link.tagger.SequenceTagger tagger) {
        return recording(system.withMentionDetector(tagger), ids);
      }

      @Override
      public io.polylink.model.LinkedDocument linkGivenSpans(io.polylink.model.Document doc,
          List<io.polylink.model.Span> spans) {
        return noted(system.linkGivenSpans(doc, spans));
      }

      private io.polylink.model.LinkedDocument noted(io.polylink.model.LinkedDocument d) {
        synchronized (ids) {
          d.links().stream().filter(l -> !l.isNil()).forEach(l -> ids.add(l.entity().value()));
        }
        return d;
      }
    };
  }

  private int runRegression(EvalRunner runner, PrintWriter out, PrintWriter err) {
    Path dataDir = dataDir();
    if (!Files.isDirectory(dataDir)) {
      out.println("skipped: data folder " + dataDir + " not found, regression " + regression + " not run");
      return 0;
    }
    if (Files.isDirectory(regression)) {
      return runSuite(runner, dataDir, out, err);
    }
    RegressionRunner.Outcome o = new RegressionRunner(runner).run(RegressionFile.read(regression), dataDir);
    if (o.result() != null) {
      print((ObjectNode) o.result(), out);
      if (report != null) {
        writeReport(List.of(o.result()));
      }
    }
    if (!o.passed()) {
      o.problems().forEach(p -> err.println("regression " + o.name() + ": " + p));
      return 1;
    }
    if (!json) {
      out.println("regression " + o.name() + ": OK");
    }
    return 0;
  }

  private int runSuite(EvalRunner runner, Path dataDir, PrintWriter out, PrintWriter err) {
    List<ObjectNode> results = SuiteReport.run(SuiteReport.files(regression), dataDir, runner);
    int failed = 0;
    for (ObjectNode r : results) {
      boolean ok = r.path("problems").isEmpty();
      if (!ok) {
        failed++;
        r.path("problems").forEach(p -> err.println("regression " + r.path("regression").asText() + ": "
            + p.asText()));
      }
      if (!json) {
        out.println(String.format(Locale.ROOT, "%-45s %s", r.path("regression").asText(), ok ? "OK" : "DRIFT"));
      }
    }
    if (json) {
      try {
        out.println(JSON.writeValueAsString(results));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    out.println(results.size() + " regression files, " + failed + " drifted");
    if (report != null) {
      try {
        Files.createDirectories(report);
        String title = "Polylink evaluation: " + regression.getFileName();
        Files.writeString(report.resolve("report.md"), SuiteReport.markdown(title, results), StandardCharsets.UTF_8);
        Files.writeString(report.resolve("report.html"), SuiteReport.html(title, results), StandardCharsets.UTF_8);
        Files.writeString(report.resolve("result.json"), JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(results), StandardCharsets.UTF_8);
        out.println("report written to " + report.toAbsolutePath().normalize());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the report to " + report, e);
      }
    }
    return failed == 0 ? 0 : 1;
  }

  private Path dataDir() {
    if (data != null) {
      return data;
    }
    String p = System.getProperty("polylink.data.dir");
    if (p == null || p.isBlank()) {
      p = System.getenv("POLYLINK_DATA");
    }
    return Path.of(p == null || p.isBlank() ? "../shared/data" : p);
  }

  private void print(ObjectNode result, PrintWriter out) {
    if (json) {
      try {
        out.println(JSON.writeValueAsString(result));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    out.println(String.format(Locale.ROOT, "%s %s on %s (n=%d): P %.4f R %.4f F1 %.4f", result.path("task").asText(),
        result.path("system").asText(), result.path("dataset").asText(), result.path("n").asInt(),
        result.at("/micro/precision").asDouble(), result.at("/micro/recall").asDouble(),
        result.at("/micro/f1").asDouble()));
    JsonNode e = result.path("elevant");
    if (e.isObject()) {
      out.println(String.format(Locale.ROOT, "ELEVANT all F1: IGNORED %.4f, REQUIRED %.4f",
          e.at("/IGNORED/f1").asDouble(), e.at("/REQUIRED/f1").asDouble()));
    }
    if (result.has("accuracy")) {
      out.println(String.format(Locale.ROOT, "accuracy@1 %.4f MRR %.4f", result.get("accuracy").asDouble(),
          result.path("mrr").asDouble()));
    }
  }

  private void writeReport(List<JsonNode> results) {
    try {
      Files.createDirectories(report);
      Files.writeString(report.resolve("report.md"), Report.markdown("Polylink evaluation", results),
          StandardCharsets.UTF_8);
      Files.writeString(report.resolve("report.html"), Report.html("Polylink evaluation", results,
          Report.curvesOf(results)), StandardCharsets.UTF_8);
      Files.writeString(report.resolve("result.json"), JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(results.size() == 1 ? results.get(0) : results), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + report, e);
    }
  }
}
