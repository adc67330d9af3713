package io.polylink.cli;

import io.polylink.eval.DatasetFormatException;
import io.polylink.eval.format.pprforned.PprForNedReader;
import io.polylink.eval.polylink.PprForNedCandidates;
import io.polylink.eval.polylink.PprForNedPriors;
import io.polylink.eval.polylink.PprForNedThroughKb;
import io.polylink.eval.polylink.RankerTraining;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.link.LinkerConfig;
import io.polylink.link.TextEncoder;
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
import java.util.function.UnaryOperator;
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
      + "../shared/data/pprforned/train (may be left out when --with-elevant gives running text, or when --types-out "
      + "trains only the type classifier)")
  Path dataset;

  @Option(names = "--with-elevant", split = ",", paramLabel = "FILE", description = "ELEVANT benchmarks to train on "
      + "as well (running text: candidates and features come from the linker on --elevant-kb, dense context "
      + "included), e.g. ../shared/data/elevant/benchmarks/oke-2015-train.benchmark.jsonl")
  List<Path> withElevant;

  @Option(names = "--evaluate-elevant", split = ",", paramLabel = "FILE", description = "ELEVANT benchmarks to score "
      + "the trained model on (A2KB, REQUIRED F1, KB --elevant-kb)")
  List<Path> evaluateElevant;

  @Option(names = "--dense-context", arity = "0..1", paramLabel = "PATH|builtin",
      parameterConsumer = DenseContextOption.Value.class,
      description = "train with the dense context feature (the sentence encoder's cosine of each mention's context "
          + "and its candidates' label and description; only running text, --with-elevant, teaches it): 'builtin' "
          + "(all-MiniLM-L6-v2, quantized) or an ONNX model folder/file with its tokenizer.json")
  String denseContext;

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
      + "context, coherence, group, dense")
  List<String> without;

  @Option(names = "--priors-kb", paramLabel = "DIR", description = "a KB with name priors from link statistics "
      + "(e.g. 'kb build --source wikidict' without --qids, ids enwiki:Title): PPRforNED candidates get the prior of "
      + "their page for the mention's name, so that the model learns the linker's prior features; also for --evaluate")
  Path priorsKb;

  @Option(names = "--ppr-kb", paramLabel = "DIR", description = "with --dataset and --with-elevant: train on "
      + "PPRforNED's mentions a second time, with the candidates and features the linker finds for them in this KB "
      + "(entity ids enwiki:<Title>: kb build --source wikidict without --qids), so that the ranker and its "
      + "calibration learn what that kind of KB offers at run time")
  Path pprKb;

  @Option(names = "--ppr-kb-share", defaultValue = "0.5", paramLabel = "SHARE", description = "with --ppr-kb: the "
      + "share of PPRforNED training documents (by a hash of their id) trained the second time (default: ${DEFAULT-VALUE}; "
      + "all of them made the ranker doubt entities without link statistics, such as the starter KB's)")
  double pprKbShare;

  @Option(names = "--priors-without", defaultValue = "0.25", paramLabel = "SHARE", description = "with --priors-kb: "
      + "the share of PPRforNED training documents (by a hash of their id) left without priors, so that the model "
      + "also serves KBs without link statistics (default 0.25)")
  double priorsWithout;

  @Option(names = "--evaluate", description = "a held-out PPRforNED split folder to score the model on, e.g. "
      + "../shared/data/pprforned/testa")
  Path evaluate;

  @Option(names = "--ablation", description = "train once per feature group left out and print the table "
      + "(needs --evaluate; with --elevant also an ELEVANT benchmark)")
  boolean ablation;

  @Option(names = "--elevant", description = "ELEVANT benchmark for the ablation, e.g. "
      + "../shared/data/elevant/benchmarks/kore50.benchmark.jsonl")
  Path elevant;

  @Option(names = "--elevant-kb", description = "KB source for --elevant, --with-elevant and --evaluate-elevant (default: elevant/kb/qid_names.tsv beside "
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

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> out = new java.util.ArrayList<>();
    if (a != null) {
      out.addAll(a);
    }
    if (b != null) {
      out.addAll(b);
    }
    return out;
  }

  @Override
  public Integer call() {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean text = withElevant != null && !withElevant.isEmpty();
    if (typesOut != null) {
      int rc = TypeTraining.train(typesOut, kb, typesDataset, typesFormat, typesMinScore, o, err);
      if (rc != 0 || dataset == null && !text) {
        return rc;
      }
    }
    if (!format.equals("pprforned")) {
      err.println("train: format " + format + " is not supported; use pprforned");
      return 2;
    }
    if (dataset == null && !text) {
      err.println("train: give --dataset (PPRforNED) and/or --with-elevant (ELEVANT benchmarks), or --types-out "
          + "(the type classifier)");
      return 2;
    }
    if (text || evaluateElevant != null) {
      for (Path f : concat(withElevant, evaluateElevant)) {
        if (!Files.isRegularFile(f)) {
          err.println("train: ELEVANT benchmark " + f + " not found");
          return 2;
        }
      }
    }
    if (pprKb != null && (dataset == null || !text)) {
      err.println("train: --ppr-kb needs --dataset (PPRforNED) and --with-elevant");
      return 2;
    }
    if (!(pprKbShare >= 0 && pprKbShare <= 1)) {
      err.println("train: --ppr-kb-share must be in [0, 1], got " + pprKbShare);
      return 2;
    }
    if (pprKb != null && !KnowledgeBase.exists(pprKb)) {
      err.println("train: --ppr-kb " + pprKb + " is not a KB folder");
      return 2;
    }
    if (denseContext != null && !text) {
      err.println("train: --dense-context needs running text to learn from (--with-elevant); PPRforNED has none");
      return 2;
    }
    if (ablation && (text || denseContext != null)) {
      err.println("train: --ablation trains on PPRforNED only; leave out --with-elevant and --dense-context");
      return 2;
    }
    if (dataset != null && !Files.isDirectory(dataset)) {
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
    TextEncoder dense = null;
    KnowledgeBase priors = null;
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
      dense = DenseContextOption.open(denseContext);
      Path kb = elevantKb;
      if (kb == null && (text || evaluateElevant != null)) {
        Path any = text ? withElevant.get(0) : evaluateElevant.get(0);
        kb = any.toAbsolutePath().getParent().resolveSibling("kb").resolve("qid_names.tsv");
      }
      if (priorsKb != null && !KnowledgeBase.exists(priorsKb)) {
        err.println("train: --priors-kb " + priorsKb + " is not a KB folder");
        return 2;
      }
      priors = priorsKb == null ? null : KnowledgeBase.open(priorsKb);
      KnowledgeBase pk = priors;
      double share = priorsWithout;
      UnaryOperator<List<PprForNedReader.Document>> prepare = pk == null
          ? UnaryOperator.identity()
          : docs -> PprForNedPriors.attach(docs, pk, share);
      RankerTrainer.Result r = text
          ? RankerTraining.trainWithText(dataset, withElevant, kb, dense, opts, prepare, pprKb, pprKbShare)
          : RankerTraining.trainPprForNed(dataset, opts, prepare);
      r.model().write(out);
      o.printf(Locale.ROOT, "trained on %s in %.1f s: held-out accuracy per stage %s; model written to %s%n",
          r.model().meta().get("trained_on"), (System.nanoTime() - t0) / 1e9,
          r.model().meta().get("held_out_accuracy_per_stage"), out);
      if (dense != null && !r.model().uses(FeatureGroup.DENSE)) {
        o.println("note: the training data gave the dense context feature no weight; the model does not read it");
      }
      if (evaluate != null) {
        List<PprForNedReader.Document> test = PprForNedReader.readDir(evaluate);
        double[] acc = PprForNedCandidates.accuracy(new DocumentRanker(r.model()), test);
        o.printf(Locale.ROOT, "%s: micro accuracy %.4f, macro accuracy %.4f%s%n", evaluate, acc[0], acc[1],
            pk == null ? "" : " (without priors)");
        if (pk != null) {
          double[] withPriors = PprForNedCandidates.accuracy(new DocumentRanker(r.model()),
              PprForNedPriors.attach(test, pk, 0));
          o.printf(Locale.ROOT, "%s: micro accuracy %.4f, macro accuracy %.4f (with the priors of %s)%n", evaluate,
              withPriors[0], withPriors[1], priorsKb);
        }
      }
      if (evaluate != null && pprKb != null) {
        try (KnowledgeBase titles = KnowledgeBase.open(pprKb)) {
          Linker linker = Linker.builder().knowledgeBase(titles).forTraining().build();
          double threshold = LinkerConfig.defaults().nilThreshold();
          PprForNedThroughKb.Accuracy a = PprForNedThroughKb.accuracy(new DocumentRanker(r.model()),
              PprForNedThroughKb.examples(PprForNedReader.readDir(evaluate), linker), threshold);
          o.printf(Locale.ROOT, "%s through %s: %d mentions, %d with their page among the KB's candidates, top-1 "
              + "accuracy %.4f of those; at the NIL threshold %.2f %d linked right, %d wrong%n", evaluate,
              pprKb.getFileName(), a.mentions(), a.goldAmongCandidates(), a.topAccuracy(), threshold, a.linkedRight(),
              a.linkedWrong());
        }
      }
      if (evaluateElevant != null) {
        TextEncoder used = r.model().uses(FeatureGroup.DENSE) ? dense : null;
        for (Path b : evaluateElevant) {
          double f1 = RankerTraining.elevantF1(r.model(), used, b, kb);
          o.printf(Locale.ROOT, "%s: ELEVANT REQUIRED F1 %.4f%n", b.getFileName(), f1);
          o.flush();
        }
      }
      return 0;
    } catch (DatasetFormatException | IllegalArgumentException | UncheckedIOException e) {
      err.println("train failed: " + e.getMessage());
      return 2;
    } catch (java.io.IOException e) {
      err.println("train failed: " + e.getMessage());
      return 2;
    } finally {
      DenseContextOption.close(dense);
      if (priors != null) {
        try {
          priors.close();
        } catch (java.io.IOException e) {
          err.println("train: closing " + priorsKb + ": " + e.getMessage());
        }
      }
    }
  }
}
