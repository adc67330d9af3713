package io.polylink.bench;

import io.polylink.dense.SentenceEncoder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.link.LinkerConfig;
import io.polylink.link.rank.FeatureGroup;
import io.polylink.link.rank.RankerModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What dense context costs: linker documents per second with it off (the shipped model) and on (the built-in MiniLM
 * encoder and a model that reads it), on the news-like documents of {@link LinkThroughput}, the same threads, measured in
 * alternating halves after a warm-up so that a noisy machine slows both alike; plus each one's cold first pass (one
 * thread, empty entity-vector cache).
 *
 * <pre>
 * java -cp ... io.polylink.bench.DenseCost [--kb DIR] [--model FILE] [--docs 300] [--words 300] [--threads 2]
 *     [--warmup-seconds 10] [--seconds 20] [--doc-seed 7] [--out DIR]
 * </pre>
 *
 * <p>{@code --model} is a ranker model trained with dense context ({@code polylink train --dense-context}); without
 * it, the shipped model plus a weight on {@code dense.cosine}: the cost does not depend on the weights.
 */
public final class DenseCost {

  private static final Set<String> OPTIONS = Set.of("kb", "model", "docs", "words", "threads", "warmup-seconds",
      "seconds", "doc-seed", "entities", "seed", "out");

  private DenseCost() {}

  public static void main(String[] args) throws IOException {
    BenchArgs a = BenchArgs.parse(args, OPTIONS);
    Path out = a.path("out", Path.of("target", "bench"));
    Path kbDir = a.path("kb", out.resolve("kb"));
    SyntheticData.Origin origin = a.origin(SyntheticData.kbOrigin(kbDir, new SyntheticData.Origin(1_000_000, 42)));
    int threads = a.integer("threads", 2);
    double warmup = a.decimal("warmup-seconds", 10);
    double seconds = a.decimal("seconds", 20);
    Path modelFile = a.path("model", null);
    RankerModel dense = modelFile == null ? withDenseWeight(RankerModel.defaults()) : RankerModel.read(modelFile);
    List<String> docs = NewsCorpus.documents(origin, a.integer("docs", 300), a.integer("words", 300),
        a.longValue("doc-seed", 7));
    try (KnowledgeBase kb = KnowledgeBase.open(kbDir); SentenceEncoder enc = SentenceEncoder.builtin()) {
      Linker off = Linker.builder().knowledgeBase(kb).config(LinkerConfig.defaults()).build();
      Linker on = Linker.builder().knowledgeBase(kb).config(LinkerConfig.defaults()).rankerModel(dense)
          .denseContext(enc).build();
      System.out.printf(Locale.ROOT, "KB %s: %,d entities; %,d documents; encoder %s (%d dimensions, batch %d)%n",
          kbDir, kb.size(), docs.size(), enc.name(), enc.dimension(), enc.batchSize());
      double coldOff = firstPass(off, docs);
      double coldOn = firstPass(on, docs);
      System.out.printf(Locale.ROOT, "cold first pass, 1 thread: off %.2f s, on %.2f s (%.1fx)%n", coldOff, coldOn,
          coldOn / coldOff);
      ThroughputRunner.Worker offWork = d -> off.link(d).links().size();
      ThroughputRunner.Worker onWork = d -> on.link(d).links().size();
      if (warmup > 0) {
        ThroughputRunner.run(docs, threads, warmup / 2, 0, () -> offWork);
        ThroughputRunner.run(docs, threads, warmup / 2, 0, () -> onWork);
      }
      double half = seconds / 2;
      ThroughputRunner.Result rOff = ThroughputRunner.run(docs, threads, half, 0, () -> offWork);
      ThroughputRunner.Result rOn = ThroughputRunner.run(docs, threads, half, 0, () -> onWork);
      rOff = rOff.plus(ThroughputRunner.run(docs, threads, half, 0, () -> offWork));
      rOn = rOn.plus(ThroughputRunner.run(docs, threads, half, 0, () -> onWork));
      System.out.printf(Locale.ROOT, "dense off: %,8.1f docs/s on %d threads (%,.0f µs CPU per document)%n",
          rOff.documentsPerSecond(), threads, rOff.cpuMicrosPerDocument());
      System.out.printf(Locale.ROOT, "dense on:  %,8.1f docs/s on %d threads (%,.0f µs CPU per document)%n",
          rOn.documentsPerSecond(), threads, rOn.cpuMicrosPerDocument());
      System.out.printf(Locale.ROOT, "ratio on/off: %.3f (by CPU time: %.3f)%n",
          rOn.documentsPerSecond() / rOff.documentsPerSecond(), rOff.cpuMicrosPerDocument() / rOn.cpuMicrosPerDocument());
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("benchmark", "dense-cost");
      r.put("environment", Environment.describe());
      r.put("kbEntities", kb.size());
      r.put("documents", docs.size());
      r.put("encoder", enc.name());
      r.put("model", modelFile == null ? "shipped + dense.cosine weight" : modelFile.toString());
      r.put("threads", threads);
      r.put("coldFirstPassSecondsOff", coldOff);
      r.put("coldFirstPassSecondsOn", coldOn);
      r.put("docsPerSecondOff", rOff.documentsPerSecond());
      r.put("docsPerSecondOn", rOn.documentsPerSecond());
      r.put("ratioOnOff", rOn.documentsPerSecond() / rOff.documentsPerSecond());
      r.put("cpuRatioOnOff", rOff.cpuMicrosPerDocument() / rOn.cpuMicrosPerDocument());
      Json.writeResult(out.resolve("dense-cost.json"), r);
    }
  }

  private static double firstPass(Linker linker, List<String> docs) {
    long t0 = System.nanoTime();
    long n = 0;
    for (String d : docs) {
      n += linker.link(d).links().size();
    }
    if (n < 0) {
      throw new IllegalStateException();
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** The model with weight 1 on dense.cosine in its last stage: a model that reads dense context, for its cost. */
  static RankerModel withDenseWeight(RankerModel m) throws IOException {
    StringWriter w = new StringWriter();
    m.write(w);
    String text = w.toString();
    int cal = text.lastIndexOf("\ncalibration\t");
    String patched = text.substring(0, cal + 1) + "weight\tdense.cosine\t1\n" + text.substring(cal + 1);
    try (InputStream in = new ByteArrayInputStream(patched.getBytes(StandardCharsets.UTF_8))) {
      RankerModel out = RankerModel.read(in, "shipped model + dense.cosine");
      if (!out.uses(FeatureGroup.DENSE)) {
        throw new IllegalStateException("the patched model does not read dense context");
      }
      return out;
    }
  }
}
