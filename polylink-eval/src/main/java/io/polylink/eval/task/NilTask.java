package io.polylink.eval.task;

import static io.polylink.eval.EvalJson.header;
import static io.polylink.eval.EvalJson.macro;
import static io.polylink.eval.EvalJson.score;
import static io.polylink.eval.EvalJson.stem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polylink.discover.DiscoveryConfig;
import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.EvalDocument;
import io.polylink.eval.EvalJson;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.Format;
import io.polylink.eval.format.hipe.HipeReader;
import io.polylink.eval.format.jsonl.PredictionsJsonl;
import io.polylink.eval.metrics.ClusteringMetrics;
import io.polylink.eval.polylink.EdinRun;
import io.polylink.eval.polylink.HipeTrainKb;
import io.polylink.eval.polylink.KbCache;
import io.polylink.eval.regression.Checksums;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.link.Linker;
import io.polylink.model.Link;
import io.polylink.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Task nil on HIPE in the EDIN setting (the KB is the train split's entities): the dev mentions of entities the KB
 * lacks clustered by stored predictions, by the {@code string-clusters} baseline, or by Polylink's discovery
 * ({@link EdinRun}); B-cubed, CEAF-e and MUC.
 */
public final class NilTask {

  /** Scores {@code r} (task nil). */
  public ObjectNode run(EvalRequest r) {
    if (r.format() != Format.HIPE) {
      throw new IllegalArgumentException("task nil reads format hipe, got " + r.format().code());
    }
    Dataset dev = HipeReader.read(r.dataset(), stem(r.dataset()));
    Set<String> kb = new HashSet<>();
    for (EvalDocument d : HipeReader.read(r.train(), stem(r.train())).documents()) {
      d.gold().stream().filter(a -> !a.isNil()).forEach(a -> kb.add(a.entity()));
    }
    // Gold clusters: mentions of entities the train KB lacks, one cluster per QID.
    Map<String, String> gold = new LinkedHashMap<>();
    for (EvalDocument d : dev.documents()) {
      for (Annotation a : d.gold()) {
        if (!a.isNil() && !kb.contains(a.entity())) {
          gold.put(mentionKey(d.id(), a.span()), a.entity());
        }
      }
    }
    Map<String, String> sys = new LinkedHashMap<>();
    String system;
    if (r.predictions() != null) {
      system = EvalJson.systemName(r.predictions());
      Map<String, PredictionsJsonl.Entry> pred = PredictionsJsonl.read(r.predictions());
      for (EvalDocument d : dev.documents()) {
        PredictionsJsonl.Entry e = pred.get(d.id());
        if (e != null) {
          for (Annotation a : e.mentions()) {
            String key = mentionKey(d.id(), a.span());
            if (gold.containsKey(key) && a.entity() != null) {
              sys.put(key, a.entity());
            }
          }
        }
      }
    } else if (r.baseline() == null) {
      return discovery(r, dev);
    } else if (!r.baseline().equals("string-clusters")) {
      throw new IllegalArgumentException("task nil knows the baseline string-clusters, got " + r.baseline());
    } else {
      // Baseline: Polylink disambiguates the dev spans against the train split's entities;
      // a mention linked to a train entity joins that entity's cluster (a wrong link for an unseen entity), and NIL
      // mentions are clustered by their normalized name.
      system = "polylink-string-clusters";
      List<EvalDocument> train = HipeReader.read(r.train(), stem(r.train())).documents();
      String language = dev.documents().isEmpty() ? "und" : dev.documents().get(0).language().code();
      HipeTrainKb source = new HipeTrainKb("hipe-train " + r.train().getFileName(), language, train);
      KnowledgeBase trainKb = KbCache.open("hipe-train-" + stem(r.train()).replaceAll("[^A-Za-z0-9._-]", "_"),
          Checksums.sha256(r.train()) + " hipe-train-kb 1", () -> source);
      Linker linker = Linker.builder().knowledgeBase(trainKb).build();
      for (EvalDocument d : dev.documents()) {
        List<Span> spans = d.gold().stream().map(Annotation::span).toList();
        if (spans.isEmpty()) {
          continue;
        }
        for (Link l : linker.linkSpans(d.toDocument(), spans).links()) {
          String key = mentionKey(d.id(), l.span());
          if (gold.containsKey(key)) {
            sys.put(key, l.isNil() ? "nil:" + TextNormalizer.key(l.mention().surface()) : l.entity().value());
          }
        }
      }
    }
    ObjectNode out = header(r, dev.name(), system, gold.size());
    ClusteringMetrics.Score b = ClusteringMetrics.bcubed(gold, sys);
    out.set("bcubed", score(b));
    out.set("ceafe", score(ClusteringMetrics.ceafe(gold, sys)));
    out.set("muc", score(ClusteringMetrics.muc(gold, sys)));
    ObjectNode micro = out.putObject("micro");
    micro.put("precision", b.precision());
    micro.put("recall", b.recall());
    micro.put("f1", b.f1());
    micro.put("f2", b.precision() + b.recall() == 0 ? 0 : 5 * b.precision() * b.recall()
        / (4 * b.precision() + b.recall()));
    out.set("macro", macro(b.precision(), b.recall(), b.f1()));
    out.put("unseen_entities", new HashSet<>(gold.values()).size());
    return out;
  }

  /** Discovery and indexing of unseen entities in the EDIN setting (see {@link EdinRun}). */
  private static ObjectNode discovery(EvalRequest r, Dataset dev) {
    List<EvalDocument> train = HipeReader.read(r.train(), stem(r.train())).documents();
    String language = dev.documents().isEmpty() ? "und" : dev.documents().get(0).language().code();
    Path work = null;
    try {
      work = Files.createTempDirectory("polylink-edin-");
      ObjectNode e = EdinRun.run(train, dev.documents(), language, DiscoveryConfig.defaults(), work);
      ObjectNode out = header(r, dev.name(), "polylink-discover", e.get("n").asInt());
      out.setAll(e);
      // the unseen mentions' scores are the task's headline figures, as for the baseline
      out.set("bcubed", e.path("unseen").path("bcubed"));
      out.set("ceafe", e.path("unseen").path("ceafe"));
      out.set("muc", e.path("unseen").path("muc"));
      ClusteringMetrics.Score b = new ClusteringMetrics.Score(e.at("/unseen/bcubed/precision").asDouble(),
          e.at("/unseen/bcubed/recall").asDouble(), e.at("/unseen/bcubed/f1").asDouble());
      ObjectNode micro = out.putObject("micro");
      micro.put("precision", b.precision());
      micro.put("recall", b.recall());
      micro.put("f1", b.f1());
      out.set("macro", macro(b.precision(), b.recall(), b.f1()));
      return out;
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot create a scratch folder for discovery: " + ex.getMessage(), ex);
    } finally {
      deleteTree(work);
    }
  }

  private static void deleteTree(Path p) {
    if (p == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    } catch (IOException ignored) {
      // a scratch folder in the temp directory: the system cleans it up
    }
  }

  private static String mentionKey(String doc, Span s) {
    return doc + "@" + s.start() + "-" + s.end();
  }
}
