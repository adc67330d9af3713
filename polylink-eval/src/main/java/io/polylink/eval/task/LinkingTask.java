package io.polylink.eval.task;

import static io.polylink.eval.EvalJson.header;
import static io.polylink.eval.EvalJson.macro;
import static io.polylink.eval.EvalJson.prf;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.EvalDocument;
import io.polylink.eval.EvalJson;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.Format;
import io.polylink.eval.LinkingSystem;
import io.polylink.eval.PredictionsFormat;
import io.polylink.eval.Systems;
import io.polylink.eval.Task;
import io.polylink.eval.elevant.ElevantArticle;
import io.polylink.eval.elevant.ElevantMention;
import io.polylink.eval.elevant.ElevantReader;
import io.polylink.eval.elevant.ElevantScorer;
import io.polylink.eval.elevant.ElevantDatasets;
import io.polylink.eval.metrics.Bootstrap;
import io.polylink.eval.metrics.LinkingResult;
import io.polylink.eval.metrics.LinkingScorer;
import io.polylink.eval.metrics.Matching;
import io.polylink.eval.metrics.Prf;
import io.polylink.eval.report.ThresholdCurve;
import io.polylink.eval.polylink.MentionTraining;
import io.polylink.link.tagger.SequenceTagger;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tasks a2kb (find and link the mentions) and d2kb (link the gold mentions): strong and weak matching, in-KB and NIL
 * figures, a bootstrap interval of F1, mention detection, and on ELEVANT's format ELEVANT's own scores.
 */
public record LinkingTask(Systems systems) {

  /** The learned mention detector the request asks for: trained on its files, or loaded; null for none. */
  private static SequenceTagger mentionDetector(EvalRequest r) {
    if (!r.mentionsTrain().isEmpty()) {
      return MentionTraining.train(r.format(), r.mentionsTrain());
    }
    if (r.mentionsModel() != null) {
      try {
        return SequenceTagger.load(r.mentionsModel());
      } catch (java.io.IOException e) {
        throw new IllegalArgumentException("cannot read the mention detector model " + r.mentionsModel() + ": "
            + e.getMessage(), e);
      }
    }
    return null;
  }

  /** Scores {@code r} (task a2kb or d2kb). */
  public ObjectNode run(EvalRequest r) {
    for (java.nio.file.Path p : r.mentionsTrain()) {
      if (p.toAbsolutePath().normalize().equals(r.dataset().toAbsolutePath().normalize())) {
        throw new IllegalArgumentException("the mention detector would be trained on the dataset it is scored on: "
            + p);
      }
    }
    boolean scored = false;
    List<ElevantArticle> articles = r.format() == Format.ELEVANT ? ElevantReader.read(r.dataset()) : null;
    Dataset gold = articles != null ? ElevantDatasets.gold(EvalJson.stem(r.dataset()), articles)
        : TaskSupport.mentions(r);
    List<List<Annotation>> goldLists = gold.documents().stream().map(EvalDocument::gold).toList();
    List<List<Annotation>> predicted;
    String system;
    double trainSeconds = -1;
    ObjectNode elevant = null;
    LinkingScorer.Task task = r.task() == Task.A2KB ? LinkingScorer.Task.A2KB : LinkingScorer.Task.D2KB;
    if (r.predictions() != null) {
      system = EvalJson.systemName(r.predictions());
      if (r.predictionsFormat() == PredictionsFormat.ELEVANT) {
        List<ElevantArticle> pred = ElevantReader.read(r.predictions());
        Map<String, ElevantArticle> byId = new HashMap<>();
        pred.forEach(a -> byId.put(Long.toString(a.id()), a));
        predicted = new ArrayList<>();
        List<ElevantArticle> merged = new ArrayList<>();
        for (int i = 0; i < gold.documents().size(); i++) {
          ElevantArticle p = byId.get(gold.documents().get(i).id());
          List<ElevantMention> ms = p == null ? List.of() : p.mentions();
          predicted.add(p == null ? List.of() : ElevantDatasets.predictions(List.of(p)).get(0));
          if (articles != null) {
            merged.add(articles.get(i).withMentions(ms));
          }
        }
        if (articles != null && task == LinkingScorer.Task.A2KB) {
          elevant = elevantBlock(ElevantScorer.score(merged));
        }
      } else {
        predicted = TaskSupport.storedMentions(r, gold);
      }
    } else {
      scored = true; // a live system's links carry its scores: the NIL threshold can be swept
      long t0 = System.nanoTime();
      SequenceTagger tagger = mentionDetector(r);
      trainSeconds = (System.nanoTime() - t0) / 1e9;
      LinkingSystem sys = systems.linker(r.kb());
      if (tagger != null) {
        sys = sys.withMentionDetector(tagger);
      }
      system = sys.name();
      predicted = new ArrayList<>();
      List<ElevantArticle> merged = new ArrayList<>();
      for (int i = 0; i < gold.documents().size(); i++) {
        EvalDocument d = gold.documents().get(i);
        LinkedDocument ld = task == LinkingScorer.Task.A2KB ? sys.link(d.toDocument())
            : sys.linkGivenSpans(d.toDocument(), d.gold().stream().map(Annotation::span).toList());
        List<Annotation> p = TaskSupport.fromLinks(ld);
        predicted.add(p);
        if (articles != null) {
          merged.add(articles.get(i).withMentions(p.stream().map(a -> new ElevantMention(a.span(),
              a.isNil() ? "<NIL>" : a.entity(), List.of())).toList()));
        }
      }
      if (articles != null && task == LinkingScorer.Task.A2KB) {
        elevant = elevantBlock(ElevantScorer.score(merged));
      }
    }
    LinkingScorer strong = new LinkingScorer(task, Matching.STRONG);
    LinkingResult s = strong.score(goldLists, predicted);
    LinkingResult w = new LinkingScorer(task, Matching.WEAK).score(goldLists, predicted);
    ObjectNode out = header(r, gold.name(), system, gold.documents().size());
    out.set("micro", prf(s.micro(), true));
    out.set("macro", macro(s.macroPrecision(), s.macroRecall(), s.macroF1()));
    out.set("weak", prf(w.micro(), true));
    out.set("inkb", prf(s.inKb(), false));
    out.set("nil", prf(s.nil(), false));
    List<Prf> perDoc = new ArrayList<>();
    for (int i = 0; i < goldLists.size(); i++) {
      perDoc.add(strong.countDocument(goldLists.get(i), predicted.get(i)));
    }
    Bootstrap.Interval ci = Bootstrap.f1(perDoc);
    ObjectNode c = out.putObject("f1_ci95");
    c.put("low", ci.low());
    c.put("high", ci.high());
    c.put("samples", ci.samples());
    c.put("seed", Bootstrap.SEED);
    if (r.hasMentionDetector()) {
      ObjectNode md = out.putObject("mention_detector");
      md.put(r.mentionsModel() != null ? "model" : "train", r.mentionsModel() != null
          ? r.mentionsModel().getFileName().toString()
          : String.join(",", r.mentionsTrain().stream().map(p -> p.getFileName().toString()).toList()));
      md.put("load_or_train_seconds", Math.round(trainSeconds * 10) / 10.0);
    }
    out.put("mentions", gold.mentionCount());
    out.put("nil_rate", nilRate(gold));
    if (task == LinkingScorer.Task.A2KB) {
      out.set("detection", detection(goldLists, predicted));
      long predNil = predicted.stream().flatMap(List::stream).filter(Annotation::isNil).count();
      long predAll = predicted.stream().mapToLong(List::size).sum();
      out.put("predicted_nil_rate", predAll == 0 ? 0 : (double) predNil / predAll);
      if (scored) {
        ArrayNode curve = out.putArray("nil_threshold_curve");
        for (ThresholdCurve.Point pt : ThresholdCurve.compute(goldLists, predicted)) {
          ObjectNode o = curve.addObject();
          o.put("threshold", pt.threshold());
          o.put("tp", pt.counts().tp());
          o.put("fp", pt.counts().fp());
          o.put("fn", pt.counts().fn());
          o.put("precision", pt.counts().precision());
          o.put("recall", pt.counts().recall());
          o.put("f1", pt.counts().f1());
        }
      }
    }
    if (elevant != null) {
      out.set("elevant", elevant);
    }
    return out;
  }

  /** Mention detection: strong span match, entities ignored. */
  private static ObjectNode detection(List<List<Annotation>> gold, List<List<Annotation>> predicted) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < gold.size(); i++) {
      Set<Span> g = new HashSet<>();
      gold.get(i).forEach(a -> g.add(a.span()));
      Set<Span> p = new HashSet<>();
      predicted.get(i).forEach(a -> p.add(a.span()));
      for (Span s : p) {
        if (g.contains(s)) {
          tp++;
        } else {
          fp++;
        }
      }
      fn += g.stream().filter(s -> !p.contains(s)).count();
    }
    return prf(new Prf(tp, fp, fn), true);
  }

  private static ObjectNode elevantBlock(Map<ElevantScorer.Mode, Prf> m) {
    ObjectNode e = EvalJson.object();
    m.forEach((mode, p) -> {
      ObjectNode o = prf(p, false);
      o.put("tp", p.tp());
      o.put("fp", p.fp());
      o.put("fn", p.fn());
      e.set(mode.name(), o);
    });
    return e;
  }

  private static double nilRate(Dataset d) {
    int n = d.mentionCount();
    long nil = d.documents().stream().flatMap(x -> x.gold().stream()).filter(Annotation::isNil).count();
    return n == 0 ? 0 : (double) nil / n;
  }
}
