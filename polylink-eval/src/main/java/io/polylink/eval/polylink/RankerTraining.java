package io.polylink.eval.polylink;

import com.fasterxml.jackson.databind.JsonNode;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.EvalRunner;
import io.polylink.eval.io.PprForNedReader;
import io.polylink.eval.regression.Checksums;
import io.polylink.link.rank.DocumentRanker;
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
    List<PprForNedReader.Document> docs = PprForNedReader.readDir(trainDir);
    Map<String, String> meta = new LinkedHashMap<>(o.meta());
    meta.putIfAbsent("trained_on", "PPRforNED AIDA candidate files, " + trainDir.getFileName() + " split ("
        + docs.size() + " documents), masha-p/PPRforNED @ 1cdd4c0; candidates shuffled with the reader's fixed seed");
    meta.putIfAbsent("dataset_sha256", Checksums.sha256(trainDir));
    meta.putIfAbsent("licence", PPRFORNED_LICENCE);
    return RankerTrainer.train(PprForNedCandidates.examples(docs), o.withMeta(meta));
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
    runs.addAll(List.of(FeatureGroup.values()));
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
    JsonNode r = new EvalRunner(new PolylinkFactory(null, model), null, model).run(new EvalRequest("a2kb", "elevant",
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
