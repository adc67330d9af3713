package io.polylink.eval.polylink;

import io.polylink.discover.Discoverer;
import io.polylink.discover.DiscoveryConfig;
import io.polylink.discover.NilMention;
import io.polylink.eval.Annotation;
import io.polylink.eval.EvalDocument;
import io.polylink.eval.format.hipe.HipeReader;
import io.polylink.eval.metrics.ClusteringMetrics;
import io.polylink.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the discovery threshold was chosen, on the HIPE-2022 train splits only (hipe2020 de, newseye fi and sv): every
 * gold mention with a QID is clustered as if it were NIL (documents in id order), and each threshold's B-cubed F1
 * against the QIDs is averaged over the splits. Dev splits are never read here.
 *
 * <pre>
 * java -cp ... io.polylink.eval.polylink.EdinTuning ../shared/data
 * </pre>
 */
public final class EdinTuning {

  /** The train splits, relative to the data folder. */
  public static final List<String> TRAIN = List.of("hipe2022/hipe2020/de/HIPE-2022-v2.1-hipe2020-train-de.tsv",
      "hipe2022/newseye/fi/HIPE-2022-v2.1-newseye-train-fi.tsv",
      "hipe2022/newseye/sv/HIPE-2022-v2.1-newseye-train-sv.tsv");

  private EdinTuning() {}

  /** B-cubed F1 of clustering every QID mention of {@code docs} with {@code config}. */
  public static ClusteringMetrics.Score clusterGold(List<EvalDocument> docs, DiscoveryConfig config) {
    List<EvalDocument> sorted = new ArrayList<>(docs);
    sorted.sort(Comparator.comparing(EvalDocument::id));
    Discoverer d = Discoverer.create(config);
    Map<String, String> gold = new LinkedHashMap<>();
    Map<String, String> system = new LinkedHashMap<>();
    for (EvalDocument doc : sorted) {
      List<Span> spans = new ArrayList<>();
      Map<Span, String> qid = new LinkedHashMap<>();
      for (Annotation a : doc.gold()) {
        if (!a.isNil()) {
          spans.add(a.span());
          qid.put(a.span(), a.entity());
        }
      }
      for (NilMention m : NilMention.at(doc.toDocument(), spans, config.contextTokens())) {
        String k = doc.id() + "@" + m.span();
        gold.put(k, qid.get(m.span()));
        system.put(k, d.add(m));
      }
    }
    return ClusteringMetrics.bcubed(gold, system);
  }

  /** Prints the mean train B-cubed F1 per threshold. */
  public static void main(String[] args) {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    List<List<EvalDocument>> splits = new ArrayList<>();
    for (String t : TRAIN) {
      splits.add(HipeReader.read(data.resolve(t), t).documents());
    }
    for (int i = 20; i <= 95; i += 5) {
      double threshold = i / 100.0;
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "threshold %.2f", threshold));
      double sum = 0;
      for (List<EvalDocument> split : splits) {
        double f1 = clusterGold(split, DiscoveryConfig.defaults().withThreshold(threshold)).f1();
        sum += f1;
        line.append(String.format(Locale.ROOT, "  %.4f", f1));
      }
      line.append(String.format(Locale.ROOT, "  mean %.4f", sum / splits.size()));
      System.out.println(line);
    }
  }
}
