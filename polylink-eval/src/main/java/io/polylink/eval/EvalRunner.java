package io.polylink.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polylink.eval.elevant.ElevantArticle;
import io.polylink.eval.elevant.ElevantMention;
import io.polylink.eval.elevant.ElevantReader;
import io.polylink.eval.elevant.ElevantScorer;
import io.polylink.eval.io.BratReader;
import io.polylink.eval.io.ElevantDatasets;
import io.polylink.eval.io.HipeReader;
import io.polylink.eval.io.MeloReader;
import io.polylink.eval.io.Nif;
import io.polylink.eval.io.PprForNedReader;
import io.polylink.eval.io.PprPriorRanker;
import io.polylink.eval.io.PredictionsJsonl;
import io.polylink.eval.io.PresidioReader;
import io.polylink.eval.metrics.Bootstrap;
import io.polylink.eval.metrics.ClusteringMetrics;
import io.polylink.eval.metrics.LinkingResult;
import io.polylink.eval.metrics.LinkingScorer;
import io.polylink.eval.metrics.Matching;
import io.polylink.eval.metrics.PiiSpanMetrics;
import io.polylink.eval.metrics.Prf;
import io.polylink.eval.metrics.RetrievalMetrics;
import io.polylink.eval.pii.baseline.PiiBaseline;
import io.polylink.discover.DiscoveryConfig;
import io.polylink.eval.polylink.EdinRun;
import io.polylink.eval.polylink.MeloKb;
import io.polylink.eval.polylink.MeloRetriever;
import io.polylink.eval.polylink.PprForNedCandidates;
import io.polylink.eval.polylink.PprForNedKb;
import io.polylink.eval.polylink.PprForNedRanker;
import io.polylink.eval.regression.Checksums;
import io.polylink.link.rank.DocumentRanker;
import io.polylink.link.rank.RankerModel;
import io.polylink.model.Candidate;
import io.polylink.model.Document;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs one {@link EvalRequest}: reads the dataset, obtains the system's answers (stored predictions, a built-in
 * baseline, or a {@link LinkingSystem} made by the Polylink factory) and scores them. The result is one JSON object
 * with {@code task}, {@code dataset}, {@code system}, {@code n}, {@code micro}, {@code macro} and the task's extras.
 */
public final class EvalRunner {

  /** Raised when the request needs the Polylink linker and none was plugged in. */
  public static final class LinkerUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LinkerUnavailableException() {
      super("Polylink linker not available");
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Function<Path, LinkingSystem> polylink;
  private final io.polylink.kb.store.KnowledgeBase rankKb;
  private final RankerModel rankerModel;
  private volatile io.polylink.link.xling.BilingualDictionary dictionary =
      io.polylink.link.xling.BilingualDictionary.empty();

  /** @param polylink makes the Polylink system for a KB folder (or null); null when no linker is available */
  public EvalRunner(Function<Path, LinkingSystem> polylink) {
    this(polylink, null, null);
  }

  /**
   * @param polylink makes the Polylink system for a KB folder (or null); null when no linker is available
   * @param rankKb the KB the linker baseline of task rank ranks PPRforNED candidates with, instead of the one built
   *     from the split (a KB made by {@link PprForNedKb}, e.g. a copy with entities added); null for the built one
   * @param rankerModel the ranker model Polylink ranks PPRforNED candidates with (task rank); null for the shipped one
   */
  public EvalRunner(Function<Path, LinkingSystem> polylink, io.polylink.kb.store.KnowledgeBase rankKb,
      RankerModel rankerModel) {
    this.polylink = polylink;
    this.rankKb = rankKb;
    this.rankerModel = rankerModel;
  }

  /**
   * Word pairs for cross-lingual retrieval (MELO {@code _q_xx_c_en}); {@code --dictionary} on {@code eval}.
   *
   * @param dictionary the dictionary, empty for none
   * @return this runner
   */
  public EvalRunner dictionary(io.polylink.link.xling.BilingualDictionary dictionary) {
    this.dictionary = java.util.Objects.requireNonNull(dictionary, "dictionary");
    return this;
  }

  /** Scores the request. */
  public ObjectNode run(EvalRequest r) {
    if (!Files.exists(r.dataset())) {
      throw new IllegalArgumentException("dataset not found: " + r.dataset());
    }
    if (r.predictions() != null && !Files.exists(r.predictions())) {
      throw new IllegalArgumentException("predictions not found: " + r.predictions());
    }
    return switch (r.task()) {
      case "a2kb", "d2kb" -> linking(r);
      case "pii" -> pii(r);
      case "rank" -> rank(r);
      case "retrieval" -> retrieval(r);
      case "nil" -> nil(r);
      default -> throw new IllegalArgumentException("unknown task " + r.task());
    };
  }

  // ---- linking --------------------------------------------------------------------------------------------------

  private ObjectNode linking(EvalRequest r) {
    boolean scored = false;
    List<ElevantArticle> articles = r.format().equals("elevant") ? ElevantReader.read(r.dataset()) : null;
    Dataset gold = articles != null ? ElevantDatasets.gold(stem(r.dataset()), articles) : readLinkingDataset(r);
    List<List<Annotation>> goldLists = gold.documents().stream().map(EvalDocument::gold).toList();
    List<List<Annotation>> predicted;
    String system;
    ObjectNode elevant = null;
    LinkingScorer.Task task = r.task().equals("a2kb") ? LinkingScorer.Task.A2KB : LinkingScorer.Task.D2KB;
    if (r.predictions() != null) {
      system = systemName(r.predictions());
      if (r.predictionsFormat().equals("elevant")) {
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
        predicted = alignById(gold, r.predictionsFormat().equals("nif")
            ? byId(Nif.read(r.predictions(), "predictions", Language.UNDETERMINED))
            : jsonlMentions(PredictionsJsonl.read(r.predictions())));
      }
    } else {
      scored = true; // a live system's links carry its scores: the NIL threshold can be swept
      LinkingSystem sys = system(r.kb());
      system = sys.name();
      predicted = new ArrayList<>();
      List<ElevantArticle> merged = new ArrayList<>();
      for (int i = 0; i < gold.documents().size(); i++) {
        EvalDocument d = gold.documents().get(i);
        LinkedDocument ld = task == LinkingScorer.Task.A2KB ? sys.link(d.toDocument())
            : sys.linkGivenSpans(d.toDocument(), d.gold().stream().map(Annotation::span).toList());
        List<Annotation> p = fromLinks(ld);
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
    out.put("mentions", gold.mentionCount());
    out.put("nil_rate", nilRate(gold));
    if (task == LinkingScorer.Task.A2KB) {
      out.set("detection", detection(goldLists, predicted));
      long predNil = predicted.stream().flatMap(List::stream).filter(Annotation::isNil).count();
      long predAll = predicted.stream().mapToLong(List::size).sum();
      out.put("predicted_nil_rate", predAll == 0 ? 0 : (double) predNil / predAll);
      if (scored) {
        com.fasterxml.jackson.databind.node.ArrayNode curve = out.putArray("nil_threshold_curve");
        for (io.polylink.eval.report.ThresholdCurve.Point pt
            : io.polylink.eval.report.ThresholdCurve.compute(goldLists, predicted)) {
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

  private Dataset readLinkingDataset(EvalRequest r) {
    return switch (r.format()) {
      case "nif" -> Nif.read(r.dataset(), stem(r.dataset()), Language.UNDETERMINED);
      case "hipe" -> HipeReader.read(r.dataset(), stem(r.dataset()));
      case "brat" -> BratReader.read(r.dataset(), stem(r.dataset()), Language.UNDETERMINED);
      case "presidio" -> PresidioReader.read(r.dataset(), stem(r.dataset()));
      default -> throw new IllegalArgumentException("task " + r.task() + " cannot read format " + r.format()
          + "; use nif, elevant, hipe, brat or presidio");
    };
  }

  private static ObjectNode elevantBlock(Map<ElevantScorer.Mode, Prf> m) {
    ObjectNode e = JSON.createObjectNode();
    m.forEach((mode, p) -> {
      ObjectNode o = prf(p, false);
      o.put("tp", p.tp());
      o.put("fp", p.fp());
      o.put("fn", p.fn());
      e.set(mode.name(), o);
    });
    return e;
  }

  // ---- pii ------------------------------------------------------------------------------------------------------

  private ObjectNode pii(EvalRequest r) {
    Dataset gold = readLinkingDataset(r);
    List<List<Annotation>> predicted;
    String system;
    if (r.predictions() != null) {
      system = systemName(r.predictions());
      predicted = alignById(gold, r.predictionsFormat().equals("nif")
          ? byId(Nif.read(r.predictions(), "predictions", Language.UNDETERMINED))
          : jsonlMentions(PredictionsJsonl.read(r.predictions())));
    } else if ("regex".equals(r.baseline()) || "regex+polylink".equals(r.baseline())) {
      PiiBaseline b = new PiiBaseline(r.baseline().equals("regex") ? null : system(r.kb()),
          r.format().equals("presidio") ? PiiBaseline.PRESIDIO : Map.of());
      system = b.name();
      predicted = gold.documents().stream().map(d -> b.find(d.toDocument())).toList();
    } else {
      LinkingSystem sys = system(r.kb());
      system = sys.name();
      predicted = gold.documents().stream().map(d -> fromLinks(sys.link(d.toDocument()))).toList();
    }
    PiiSpanMetrics m = new PiiSpanMetrics();
    for (int i = 0; i < gold.documents().size(); i++) {
      m.add(gold.documents().get(i).gold(), predicted.get(i));
    }
    ObjectNode out = header(r, gold.name(), system, gold.documents().size());
    out.set("micro", prf(m.micro(), true));
    double p = 0;
    double rc = 0;
    double f = 0;
    ObjectNode per = JSON.createObjectNode();
    for (Map.Entry<String, Prf> e : m.perType().entrySet()) {
      per.set(e.getKey(), prf(e.getValue(), true));
      p += e.getValue().precision();
      rc += e.getValue().recall();
      f += e.getValue().f1();
    }
    int k = Math.max(1, m.perType().size());
    out.set("macro", macro(p / k, rc / k, f / k));
    out.set("per_type", per);
    out.put("mentions", gold.mentionCount());
    return out;
  }

  // ---- rank -----------------------------------------------------------------------------------------------------

  private ObjectNode rank(EvalRequest r) {
    if (!r.format().equals("pprforned")) {
      throw new IllegalArgumentException("task rank reads format pprforned, got " + r.format());
    }
    List<PprForNedReader.Document> docs = PprForNedReader.readDir(r.dataset());
    Map<String, PredictionsJsonl.Entry> pred = r.predictions() == null ? null : PredictionsJsonl.read(r.predictions());
    String system;
    PprForNedRanker linkerRanker = null;
    DocumentRanker learned = null;
    if (pred != null) {
      system = systemName(r.predictions());
    } else if ("prior".equals(r.baseline())) {
      system = "prior-baseline";
    } else if ("linker".equals(r.baseline())) {
      if (polylink == null) {
        throw new LinkerUnavailableException();
      }
      system = "polylink-linker";
      linkerRanker = new PprForNedRanker(rankKb != null ? rankKb : PprForNedKb.cached(
          r.dataset().getFileName().toString(), Checksums.sha256(r.dataset()), docs));
    } else if (r.baseline() != null) {
      throw new IllegalArgumentException("task rank knows the baselines prior and linker, got " + r.baseline());
    } else if (polylink == null) {
      throw new LinkerUnavailableException();
    } else {
      system = "polylink";
      learned = new DocumentRanker(rankerModel == null ? RankerModel.defaults() : rankerModel);
    }
    RetrievalMetrics m = new RetrievalMetrics();
    int nil = 0;
    int goldMissing = 0;
    int mentions = 0;
    double docAccuracySum = 0;
    int scoredDocs = 0;
    for (PprForNedReader.Document d : docs) {
      List<List<String>> polylinkRanks = linkerRanker != null ? linkerRanker.rank(d)
          : learned != null ? PprForNedCandidates.rank(learned, d) : null;
      int docMentions = 0;
      int docCorrect = 0;
      for (int i = 0; i < d.mentions().size(); i++) {
        PprForNedReader.Mention men = d.mentions().get(i);
        mentions++;
        if (men.goldUrl() == null) {
          nil++;
          continue;
        }
        if (!men.goldInCandidates()) {
          goldMissing++;
        }
        List<String> ranked;
        if (pred != null) {
          PredictionsJsonl.Entry e = pred.get(d.id());
          ranked = e == null ? List.of() : e.rankedPerMention().getOrDefault(i, List.of());
        } else if (polylinkRanks != null) {
          ranked = polylinkRanks.get(i);
        } else {
          ranked = PprPriorRanker.rank(men);
        }
        m.add(ranked, Set.of(men.goldUrl()));
        docMentions++;
        if (!ranked.isEmpty() && ranked.get(0).equals(men.goldUrl())) {
          docCorrect++;
        }
      }
      if (docMentions > 0) {
        docAccuracySum += (double) docCorrect / docMentions;
        scoredDocs++;
      }
    }
    RetrievalMetrics.Result res = m.result();
    ObjectNode out = retrievalJson(r, stem(r.dataset()), system, res);
    out.put("macro_accuracy", scoredDocs == 0 ? 0 : docAccuracySum / scoredDocs);
    out.put("documents_scored", scoredDocs);
    if (linkerRanker != null) {
      out.put("mentions_with_unscored_candidates", linkerRanker.fallbacks());
    }
    out.put("mentions", mentions);
    out.put("nil_mentions", nil);
    out.put("gold_not_in_candidates", goldMissing);
    return out;
  }

  // ---- retrieval ------------------------------------------------------------------------------------------------

  private ObjectNode retrieval(EvalRequest r) {
    if (!r.format().equals("melo")) {
      throw new IllegalArgumentException("task retrieval reads format melo, got " + r.format());
    }
    MeloReader.MeloDataset melo = MeloReader.read(r.dataset());
    RetrievalMetrics m = new RetrievalMetrics();
    String system;
    if (r.predictions() != null) {
      system = systemName(r.predictions());
      Map<String, PredictionsJsonl.Entry> pred = PredictionsJsonl.read(r.predictions());
      for (String q : melo.queries().keySet()) {
        PredictionsJsonl.Entry e = pred.get(q);
        m.add(e == null ? List.of() : e.ranked(), melo.relevant().getOrDefault(q, Set.of()));
      }
    } else if (r.kb() == null) {
      if (polylink == null) {
        throw new LinkerUnavailableException();
      }
      MeloRetriever retriever = new MeloRetriever(MeloKb.cached(melo, Checksums.sha256(r.dataset())), melo.corpus(),
          MeloKb.corpusLanguage(melo.name()), MeloKb.queryLanguage(melo.name()), dictionary,
          MeloReader.concepts(r.dataset()));
      system = "polylink-dictionary";
      for (Map.Entry<String, String> q : melo.queries().entrySet()) {
        m.add(retriever.rank(q.getValue()), melo.relevant().getOrDefault(q.getKey(), Set.of()));
      }
      ObjectNode out = retrievalJson(r, melo.name(), system, m.result());
      out.put("queries_with_dictionary_hit", retriever.dictionaryHits());
      if (!dictionary.isEmpty()) {
        out.put("bilingual_dictionaries", String.join(",", dictionary.sources()));
      }
      return out;
    } else {
      LinkingSystem sys = system(r.kb());
      system = sys.name();
      for (Map.Entry<String, String> q : melo.queries().entrySet()) {
        LinkedDocument ld = sys.link(new Document(q.getKey(), q.getValue(), Language.UNDETERMINED));
        List<String> ranked = new ArrayList<>();
        for (Link l : ld.links()) {
          if (l.entity() != null) {
            ranked.add(l.entity().value());
          }
          for (Candidate c : l.candidates()) {
            if (!ranked.contains(c.id().value())) {
              ranked.add(c.id().value());
            }
          }
        }
        m.add(ranked, melo.relevant().getOrDefault(q.getKey(), Set.of()));
      }
    }
    return retrievalJson(r, melo.name(), system, m.result());
  }

  private static ObjectNode retrievalJson(EvalRequest r, String dataset, String system, RetrievalMetrics.Result res) {
    ObjectNode out = header(r, dataset, system, res.queries());
    out.set("micro", prf(new Prf(Math.round(res.accuracyAt1() * res.queries()),
        res.queries() - Math.round(res.accuracyAt1() * res.queries()),
        res.queries() - Math.round(res.accuracyAt1() * res.queries())), true));
    out.set("macro", macro(res.accuracyAt1(), res.accuracyAt1(), res.accuracyAt1()));
    out.put("accuracy", res.accuracyAt1());
    out.put("mrr", res.mrr());
    ObjectNode at = out.putObject("recall_at");
    at.put("1", res.recallAt1());
    at.put("5", res.recallAt5());
    at.put("10", res.recallAt10());
    out.put("skipped", res.skipped());
    return out;
  }

  // ---- nil ------------------------------------------------------------------------------------------------------

  private ObjectNode nil(EvalRequest r) {
    if (!r.format().equals("hipe")) {
      throw new IllegalArgumentException("task nil reads format hipe, got " + r.format());
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
      system = systemName(r.predictions());
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
      io.polylink.eval.polylink.HipeTrainKb source =
          new io.polylink.eval.polylink.HipeTrainKb("hipe-train " + r.train().getFileName(), language, train);
      io.polylink.kb.store.KnowledgeBase trainKb = io.polylink.eval.polylink.KbCache.open(
          "hipe-train-" + stem(r.train()).replaceAll("[^A-Za-z0-9._-]", "_"),
          io.polylink.eval.regression.Checksums.sha256(r.train()) + " hipe-train-kb 1", () -> source);
      io.polylink.link.Linker linker = io.polylink.link.Linker.builder().knowledgeBase(trainKb).build();
      for (EvalDocument d : dev.documents()) {
        List<Span> spans = d.gold().stream().map(Annotation::span).toList();
        if (spans.isEmpty()) {
          continue;
        }
        for (io.polylink.model.Link l : linker.linkSpans(d.toDocument(), spans).links()) {
          String key = mentionKey(d.id(), l.span());
          if (gold.containsKey(key)) {
            sys.put(key, l.isNil() ? "nil:" + io.polylink.kb.text.TextNormalizer.key(l.mention().surface())
                : l.entity().value());
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
  private ObjectNode discovery(EvalRequest r, Dataset dev) {
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
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException("cannot create a scratch folder for discovery: " + ex.getMessage(), ex);
    } finally {
      deleteTree(work);
    }
  }

  private static void deleteTree(Path p) {
    if (p == null) {
      return;
    }
    try (java.util.stream.Stream<Path> walk = Files.walk(p)) {
      for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    } catch (java.io.IOException ignored) {
      // a scratch folder in the temp directory: the system cleans it up
    }
  }

  // ---- helpers --------------------------------------------------------------------------------------------------

  private LinkingSystem system(Path kb) {
    if (polylink == null) {
      throw new LinkerUnavailableException();
    }
    return polylink.apply(kb);
  }

  private static String mentionKey(String doc, Span s) {
    return doc + "@" + s.start() + "-" + s.end();
  }

  private static List<Annotation> fromLinks(LinkedDocument ld) {
    List<Annotation> out = new ArrayList<>();
    for (Link l : ld.links()) {
      out.add(new Annotation(l.span(), l.isNil() ? null : l.entity().value(), l.type().code(),
          Math.max(0, Math.min(1, l.score()))));
    }
    return out;
  }

  private static Map<String, List<Annotation>> byId(Dataset d) {
    Map<String, List<Annotation>> out = new HashMap<>();
    for (EvalDocument doc : d.documents()) {
      out.put(doc.id(), doc.gold());
    }
    return out;
  }

  private static Map<String, List<Annotation>> jsonlMentions(Map<String, PredictionsJsonl.Entry> m) {
    Map<String, List<Annotation>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, v.mentions()));
    return out;
  }

  private static List<List<Annotation>> alignById(Dataset gold, Map<String, List<Annotation>> pred) {
    List<List<Annotation>> out = new ArrayList<>();
    for (EvalDocument d : gold.documents()) {
      out.add(pred.getOrDefault(d.id(), List.of()));
    }
    return out;
  }

  private static double nilRate(Dataset d) {
    int n = d.mentionCount();
    long nil = d.documents().stream().flatMap(x -> x.gold().stream()).filter(Annotation::isNil).count();
    return n == 0 ? 0 : (double) nil / n;
  }

  private static ObjectNode header(EvalRequest r, String dataset, String system, int n) {
    ObjectNode o = JSON.createObjectNode();
    o.put("task", r.task());
    o.put("dataset", dataset);
    o.put("format", r.format());
    o.put("system", system);
    o.put("n", n);
    return o;
  }

  static ObjectNode prf(Prf p, boolean withF2) {
    ObjectNode o = JSON.createObjectNode();
    o.put("precision", p.precision());
    o.put("recall", p.recall());
    o.put("f1", p.f1());
    if (withF2) {
      o.put("f2", p.f2());
    }
    o.put("tp", p.tp());
    o.put("fp", p.fp());
    o.put("fn", p.fn());
    return o;
  }

  private static ObjectNode macro(double p, double r, double f) {
    ObjectNode o = JSON.createObjectNode();
    o.put("precision", p);
    o.put("recall", r);
    o.put("f1", f);
    return o;
  }

  /** A clustering score as the harness reports it: precision, recall, F1. */
  public static ObjectNode score(ClusteringMetrics.Score s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("precision", s.precision());
    o.put("recall", s.recall());
    o.put("f1", s.f1());
    return o;
  }

  /** A system name from a predictions path: the run name before the first dot of the file name. */
  static String systemName(Path predictions) {
    String f = predictions.getFileName().toString();
    int dot = f.indexOf('.');
    return dot > 0 ? f.substring(0, dot) : f;
  }

  /** A dataset name from its path: the file name up to the first dot. */
  static String stem(Path p) {
    String f = p.getFileName().toString();
    int dot = f.indexOf('.');
    return dot > 0 ? f.substring(0, dot) : f;
  }
}
