package io.polylink.eval.polylink;

import com.fasterxml.jackson.databind.JsonNode;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.EvalRunner;
import io.polylink.eval.format.pprforned.PprForNedReader;
import io.polylink.eval.regression.Checksums;
import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.EvalDocument;
import io.polylink.eval.elevant.ElevantReader;
import io.polylink.eval.elevant.ElevantDatasets;
import io.polylink.link.Linker;
import io.polylink.link.TextEncoder;
import io.polylink.link.rank.DocumentRanker;
import io.polylink.link.rank.RankCandidate;
import io.polylink.link.rank.RankMention;
import io.polylink.model.Span;
import io.polylink.link.rank.FeatureGroup;
import io.polylink.link.rank.RankerModel;
import io.polylink.link.rank.RankerTrainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Trains the library ranker on annotated data the harness reads (PPRforNED candidate files) and measures what each
 * feature group is worth: the ablation trains once per group left out and scores PPRforNED testa and, when given, an
 * ELEVANT benchmark (A2KB through the linker, that model ranking).
 */
public final class RankerTraining {

  /** What the shipped model's training data is and under which terms, written into the model file. */
  public static final String PPRFORNED_LICENCE = "The PPRforNED repository (masha-p/PPRforNED) states no licence. Its "
      + "candidate files derive from the AIDA CoNLL-YAGO annotations (CC BY-SA 3.0; the Reuters RCV1 texts are not "
      + "in them) and Wikipedia titles and links (CC BY-SA). The model holds feature weights and tree thresholds "
      + "only, no text of the data.";

  private RankerTraining() {}

  /** Trains on a PPRforNED split folder (e.g. {@code pprforned/train}). */
  public static RankerTrainer.Result trainPprForNed(Path trainDir, RankerTrainer.Options o) {
    return trainPprForNed(trainDir, o, UnaryOperator.identity());
  }

  /**
   * Trains on a PPRforNED split folder whose documents {@code prepare} completes first (e.g. with a KB's name priors,
   * {@link PprForNedPriors#attach}).
   */
  public static RankerTrainer.Result trainPprForNed(Path trainDir, RankerTrainer.Options o,
      UnaryOperator<List<PprForNedReader.Document>> prepare) {
    List<PprForNedReader.Document> docs = prepare.apply(PprForNedReader.readDir(trainDir));
    Map<String, String> meta = new LinkedHashMap<>(o.meta());
    meta.putIfAbsent("trained_on", "PPRforNED AIDA candidate files, " + trainDir.getFileName() + " split ("
        + docs.size() + " documents), masha-p/PPRforNED @ 1cdd4c0; candidates shuffled with the reader's fixed seed");
    meta.putIfAbsent("dataset_sha256", Checksums.sha256(trainDir));
    meta.putIfAbsent("licence", PPRFORNED_LICENCE);
    return RankerTrainer.train(PprForNedCandidates.examples(docs), o.withMeta(meta));
  }

  /**
   * Training documents from annotated running text: each gold span as the linker sees it (its candidates and all
   * their features, dense context included when the linker has an encoder); the gold candidate is the one with the
   * annotated id, -1 (NIL) when the mention is NIL or its entity is not among the candidates.
   */
  public static List<RankerTrainer.Example> textExamples(Linker linker, Dataset dataset) {
    List<RankerTrainer.Example> out = new ArrayList<>();
    for (EvalDocument d : dataset.documents()) {
      if (d.gold().isEmpty()) {
        continue;
      }
      List<Span> spans = d.gold().stream().map(Annotation::span).toList();
      List<RankMention> ms = linker.rankMentions(d.toDocument(), spans);
      int[] gold = new int[ms.size()];
      for (int i = 0; i < ms.size(); i++) {
        gold[i] = -1;
        String want = d.gold().get(i).entity();
        List<RankCandidate> cs = ms.get(i).candidates();
        for (int j = 0; want != null && j < cs.size(); j++) {
          if (cs.get(j).id().equals(want)) {
            gold[i] = j;
            break;
          }
        }
      }
      out.add(new RankerTrainer.Example(ms, gold));
    }
    return out;
  }

  /**
   * Trains on PPRforNED candidate files ({@code pprTrainDir}, null for none) together with ELEVANT benchmarks whose
   * candidates and features come from the linker on {@code kb} (a KB folder or source file, as for eval), with the
   * dense context of {@code dense} when not null. Documents keep their order: PPRforNED first, then each benchmark.
   */
  public static RankerTrainer.Result trainWithText(Path pprTrainDir, List<Path> elevantBenchmarks, Path kb,
      TextEncoder dense, RankerTrainer.Options o) {
    return trainWithText(pprTrainDir, elevantBenchmarks, kb, dense, o, UnaryOperator.identity());
  }

  /** As {@link #trainWithText(Path, List, Path, TextEncoder, RankerTrainer.Options)}, the PPRforNED documents completed by {@code prepare}. */
  public static RankerTrainer.Result trainWithText(Path pprTrainDir, List<Path> elevantBenchmarks, Path kb,
      TextEncoder dense, RankerTrainer.Options o, UnaryOperator<List<PprForNedReader.Document>> prepare) {
    return trainWithText(pprTrainDir, elevantBenchmarks, kb, dense, o, prepare, null, 0);
  }

  /**
   * As {@link #trainWithText(Path, List, Path, TextEncoder, RankerTrainer.Options, UnaryOperator)}; with
   * {@code titleKb} (a KB folder with {@code enwiki:} title ids, null for none) the PPRforNED mentions are trained on
   * a second time, with the candidates and features the linker finds for them in that KB
   * ({@link PprForNedThroughKb}): the share {@code titleKbShare} of the documents, chosen by a hash of their id.
   */
  public static RankerTrainer.Result trainWithText(Path pprTrainDir, List<Path> elevantBenchmarks, Path kb,
      TextEncoder dense, RankerTrainer.Options o, UnaryOperator<List<PprForNedReader.Document>> prepare,
      Path titleKb, double titleKbShare) {
    List<RankerTrainer.Example> examples = new ArrayList<>();
    Map<String, String> meta = new LinkedHashMap<>(o.meta());
    List<String> parts = new ArrayList<>();
    if (pprTrainDir != null) {
      List<PprForNedReader.Document> raw = PprForNedReader.readDir(pprTrainDir);
      List<PprForNedReader.Document> docs = prepare.apply(raw);
      examples.addAll(PprForNedCandidates.examples(docs));
      parts.add("PPRforNED AIDA candidate files, " + pprTrainDir.getFileName() + " split (" + docs.size()
          + " documents), masha-p/PPRforNED @ 1cdd4c0");
      meta.putIfAbsent("licence", PPRFORNED_LICENCE);
      if (titleKb != null) {
        Linker linker = Linker.builder().knowledgeBase(new PolylinkFactory(null).knowledgeBase(titleKb))
            .forTraining().build();
        List<RankerTrainer.Example> ex = PprForNedThroughKb.examples(
            raw.stream().filter(d -> PprForNedThroughKb.chosen(d.id(), titleKbShare)).toList(), linker);
        examples.addAll(ex);
        parts.add("the same PPRforNED mentions with their candidates from the linker on " + titleKb.getFileName()
            + " (" + ex.size() + " documents)");
      }
    }
    if (!elevantBenchmarks.isEmpty()) {
      Linker.Builder b = Linker.builder().knowledgeBase(new PolylinkFactory(null).knowledgeBase(kb)).forTraining();
      if (dense != null) {
        b.denseContext(dense);
      }
      Linker linker = b.build();
      for (Path f : elevantBenchmarks) {
        String name = f.getFileName().toString().replace(".benchmark.jsonl", "");
        Dataset ds = ElevantDatasets.gold(name, ElevantReader.read(f));
        List<RankerTrainer.Example> ex = textExamples(linker, ds);
        examples.addAll(ex);
        parts.add("ELEVANT " + name + " (" + ex.size() + " documents; candidates from the linker on "
            + kb.getFileName() + ")");
      }
    }
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no training documents");
    }
    meta.putIfAbsent("trained_on", String.join("; ", parts));
    if (dense != null) {
      meta.put("dense_context", dense.name());
    }
    return RankerTrainer.train(examples, o.withMeta(meta));
  }

  /**
   * One line of the ablation table.
   *
   * @param removed the group left out, null for the full model
   * @param heldOut cross-validated accuracy on the training split (last stage)
   * @param micro PPRforNED testa micro accuracy
   * @param macro PPRforNED testa macro accuracy
   * @param elevantF1 ELEVANT REQUIRED F1 on the benchmark, NaN when none was given
   */
  public record AblationRow(FeatureGroup removed, double heldOut, double micro, double macro, double elevantF1) {}

  /**
   * Trains the full model and one per feature group left out; scores each on {@code testDir} and, when
   * {@code elevantBenchmark} is not null, on that ELEVANT benchmark with a KB from {@code elevantKb}.
   */
  public static List<AblationRow> ablation(Path trainDir, Path testDir, Path elevantBenchmark, Path elevantKb,
      RankerTrainer.Options o, Consumer<String> progress) {
    List<PprForNedReader.Document> train = PprForNedReader.readDir(trainDir);
    List<PprForNedReader.Document> test = PprForNedReader.readDir(testDir);
    List<RankerTrainer.Example> examples = PprForNedCandidates.examples(train);
    List<AblationRow> rows = new ArrayList<>();
    List<FeatureGroup> runs = new ArrayList<>();
    runs.add(null);
    for (FeatureGroup g : FeatureGroup.values()) {
      if (g != FeatureGroup.DENSE) { // PPRforNED has no running text: without dense is the full model
        runs.add(g);
      }
    }
    for (FeatureGroup g : runs) {
      Set<FeatureGroup> without = g == null ? Set.of() : EnumSet.of(g);
      RankerTrainer.Result r = RankerTrainer.train(examples, o.withoutGroups(without));
      double[] acc = PprForNedCandidates.accuracy(new DocumentRanker(r.model()), test);
      double f1 = elevantBenchmark == null ? Double.NaN : elevantF1(r.model(), elevantBenchmark, elevantKb);
      AblationRow row = new AblationRow(g, r.heldOutAccuracy()[r.heldOutAccuracy().length - 1], acc[0], acc[1], f1);
      rows.add(row);
      progress.accept(format(row));
    }
    return rows;
  }

  /** ELEVANT's REQUIRED F1 of the linker with {@code model} on one benchmark (A2KB). */
  public static double elevantF1(RankerModel model, Path benchmark, Path kb) {
    return elevantF1(model, null, benchmark, kb);
  }

  /** ELEVANT's REQUIRED F1 of the linker with {@code model} and dense context {@code dense} (null: off). */
  public static double elevantF1(RankerModel model, TextEncoder dense, Path benchmark, Path kb) {
    JsonNode r = new EvalRunner(new PolylinkFactory(null, model, dense), null, model).run(new EvalRequest("a2kb", "elevant",
        benchmark, kb, null, null, null, null));
    return r.path("elevant").path("REQUIRED").path("f1").asDouble(Double.NaN);
  }

  /** One table line: group, held-out, micro, macro, ELEVANT F1. */
  public static String format(AblationRow r) {
    return String.format(java.util.Locale.ROOT, "| %-22s | %.4f | %.4f | %.4f | %s |",
        r.removed() == null ? "(none: full model)" : "-" + r.removed().prefix(), r.heldOut(), r.micro(), r.macro(),
        Double.isNaN(r.elevantF1()) ? "n/a" : String.format(java.util.Locale.ROOT, "%.4f", r.elevantF1()));
  }

  /** The table header matching {@link #format}. */
  public static String header(String elevantName) {
    return "| feature group removed  | train CV acc | testa micro | testa macro | " + elevantName
        + " F1 (REQUIRED) |\n|---|---|---|---|---|";
  }
}
