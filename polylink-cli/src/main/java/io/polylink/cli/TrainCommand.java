package io.polylink.cli;

import io.polylink.eval.DatasetFormatException;
import io.polylink.eval.io.PprForNedReader;
import io.polylink.eval.polylink.PprForNedCandidates;
import io.polylink.eval.polylink.RankerTraining;
import io.polylink.link.rank.DocumentRanker;
import io.polylink.link.rank.FeatureGroup;
import io.polylink.link.rank.RankerTrainer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code polylink train}: trains the ranker on annotated data and writes a model file that {@code link --model}
 * and the library ({@code Linker.builder().rankerModel(RankerModel.read(path))}) read; optionally scores it on a
 * held-out split, or prints the feature-group ablation table.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the candidate ranker (listwise logistic regression + boosted trees, calibrated) on "
        + "annotated data; write a model file.")
public final class TrainCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--format", defaultValue = "pprforned", description = "training data format: pprforned "
      + "(default; the only one so far)")
  String format;

  @Option(names = "--dataset", description = "training data of the ranker: a PPRforNED split folder, e.g. "
      + "../shared/data/pprforned/train (needed unless --types-out trains only the type classifier)")
  Path dataset;

  @Option(names = "--out", description = "model file to write (default: ranker-model.tsv)", defaultValue =
      "ranker-model.tsv")
  Path out;

  @Option(names = "--stages", defaultValue = "2", description = "ranking stages; stage 1 decides alone, later "
      + "stages add coherence weighted by the previous stage's decisions (default 2)")
  int stages;

  @Option(names = "--trees", defaultValue = "100", description = "boosted trees per stage on top of the linear "
      + "score, 0 for a linear ranker (default 100)")
  int trees;

  @Option(names = "--folds", defaultValue = "5", description = "cross-fitting folds (default 5)")
  int folds;

  @Option(names = "--l2", defaultValue = "0.01", description = "L2 penalty of the linear weights (default 0.01)")
  double l2;

  @Option(names = "--without", split = ",", description = "feature groups to leave out: prior, name, type, shape, "
      + "context, coherence, group")
  List<String> without;

  @Option(names = "--evaluate", description = "a held-out PPRforNED split folder to score the model on, e.g. "
      + "../shared/data/pprforned/testa")
  Path evaluate;

  @Option(names = "--ablation", description = "train once per feature group left out and print the table "
      + "(needs --evaluate; with --elevant also an ELEVANT benchmark)")
  boolean ablation;

  @Option(names = "--elevant", description = "ELEVANT benchmark for the ablation, e.g. "
      + "../shared/data/elevant/benchmarks/kore50.benchmark.jsonl")
  Path elevant;

  @Option(names = "--elevant-kb", description = "KB source for --elevant (default: elevant/kb/qid_names.tsv beside "
      + "the benchmarks folder)")
  Path elevantKb;

  @Option(names = "--types-out", description = "also (or only, without --dataset) train the type classifier of "
      + "types from relations and write it here; needs --kb and --types-dataset")
  Path typesOut;

  @Option(names = "--kb", description = "for --types-out: the KB whose relations give the entities' type profiles")
  Path kb;

  @Option(names = "--types-dataset", split = ",", description = "for --types-out: annotated or raw text, one or "
      + "more files (comma-separated)")
  List<Path> typesDataset;

  @Option(names = "--types-format", defaultValue = "elevant", description = "format of --types-dataset: elevant "
      + "(gold entities of an ELEVANT benchmark JSONL) or text (JSONL {\"text\":...} or plain lines, annotated with "
      + "the KB's own confident links; default: ${DEFAULT-VALUE})")
  String typesFormat;

  @Option(names = "--types-min-score", defaultValue = "0.9", description = "for --types-format text: the lowest "
      + "link score taken as an annotation (default: ${DEFAULT-VALUE})")
  double typesMinScore;

  @Override
  public Integer call() {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (typesOut != null) {
      int rc = TypeTraining.train(typesOut, kb, typesDataset, typesFormat, typesMinScore, o, err);
      if (rc != 0 || dataset == null) {
        return rc;
      }
    }
    if (dataset == null) {
      err.println("train: give --dataset (the ranker's training data) or --types-out (the type classifier)");
      return 2;
    }
    if (!format.equals("pprforned")) {
      err.println("train: format " + format + " is not supported; use pprforned");
      return 2;
    }
    if (!Files.isDirectory(dataset)) {
      err.println("train: --dataset " + dataset + " is not a folder of PPRforNED files");
      return 2;
    }
    if (evaluate != null && !Files.isDirectory(evaluate)) {
      err.println("train: --evaluate " + evaluate + " is not a folder of PPRforNED files");
      return 2;
    }
    if (ablation && evaluate == null) {
      err.println("train: --ablation needs --evaluate (the split to score each model on)");
      return 2;
    }
    if (elevant != null && !Files.isRegularFile(elevant)) {
      err.println("train: --elevant " + elevant + " not found");
      return 2;
    }
    try {
      Set<FeatureGroup> groups = EnumSet.noneOf(FeatureGroup.class);
      if (without != null) {
        for (String g : without) {
          groups.add(FeatureGroup.parse(g.strip()));
        }
      }
      RankerTrainer.Options opts = new RankerTrainer.Options(stages, folds, l2, trees, groups, java.util.Map.of());
      if (ablation) {
        Path kb = elevantKb;
        if (elevant != null && kb == null) {
          kb = elevant.toAbsolutePath().getParent().resolveSibling("kb").resolve("qid_names.tsv");
        }
        String name = elevant == null ? "ELEVANT" : elevant.getFileName().toString().replace(".benchmark.jsonl", "");
        o.println(RankerTraining.header(name));
        o.flush();
        RankerTraining.ablation(dataset, evaluate, elevant, kb, opts, line -> {
          o.println(line);
          o.flush();
        });
        return 0;
      }
      long t0 = System.nanoTime();
      RankerTrainer.Result r = RankerTraining.trainPprForNed(dataset, opts);
      r.model().write(out);
      o.printf(Locale.ROOT, "trained on %s in %.1f s: held-out accuracy per stage %s; model written to %s%n", dataset,
          (System.nanoTime() - t0) / 1e9, r.model().meta().get("held_out_accuracy_per_stage"), out);
      if (evaluate != null) {
        List<PprForNedReader.Document> test = PprForNedReader.readDir(evaluate);
        double[] acc = PprForNedCandidates.accuracy(new DocumentRanker(r.model()), test);
        o.printf(Locale.ROOT, "%s: micro accuracy %.4f, macro accuracy %.4f%n", evaluate, acc[0], acc[1]);
      }
      return 0;
    } catch (DatasetFormatException | IllegalArgumentException | UncheckedIOException e) {
      err.println("train failed: " + e.getMessage());
      return 2;
    }
  }
}
