package io.polylink.bench;

import io.polylink.bench.synth.NewsDocument;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.link.LinkerConfig;
import io.polylink.model.EntityId;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Linker throughput against the dictionary floor: on news-like English documents that mention names of the KB's
 * synthetic entities, it measures documents per second of {@link Linker#link(String)} and of {@link DictionaryFloor}
 * (tokenize, probe each token), both on the same threads after a warm-up. Each is measured in two halves, alternating,
 * so that a noisy machine slows both alike.
 *
 * <pre>
 * java -cp ... io.polylink.bench.LinkThroughput [--kb DIR] [--docs 1000] [--words 300] [--threads 2]
 *     [--warmup-seconds 10] [--seconds 20] [--doc-seed 7] [--entities N --seed S] [--out DIR]
 * </pre>
 *
 * <p>{@code --entities} and {@code --seed} say which synthetic dump the KB was built from; by default they are read
 * from the record {@link BuildThroughput} leaves beside the KB.
 */
public final class LinkThroughput {

  private static final Set<String> OPTIONS = Set.of("kb", "docs", "words", "threads", "warmup-seconds", "seconds",
      "doc-seed", "entities", "seed", "out");

  /** Docs/s the linker should reach on 2 cores. */
  static final double TARGET_DOCS_PER_SECOND = 500;

  private LinkThroughput() {}

  /**
   * The settings of a run.
   *
   * @param kbDir the KB
   * @param origin the synthetic dump the KB was built from (names for the documents)
   * @param docs documents generated
   * @param words words per document, about
   * @param threads threads linking
   * @param warmupSeconds warm-up time of each task
   * @param seconds measured time of each task
   * @param docSeed seed of the documents
   * @param outDir where {@code link-throughput.json} goes
   */
  record Settings(Path kbDir, SyntheticData.Origin origin, int docs, int words, int threads, double warmupSeconds,
      double seconds, long docSeed, Path outDir) {
    Settings {
      if (kbDir == null || origin == null || outDir == null) {
        throw new IllegalArgumentException("settings need a KB directory, an origin and an output directory");
      }
      if (docs < 1 || words < 10 || threads < 1) {
        throw new IllegalArgumentException("need docs >= 1, words >= 10, threads >= 1; got docs=" + docs + " words="
            + words + " threads=" + threads);
      }
      if (!(warmupSeconds >= 0) || !(seconds > 0)) {
        throw new IllegalArgumentException("need warmup-seconds >= 0 and seconds > 0, got " + warmupSeconds + ", "
            + seconds);
      }
    }

    static Settings fromArgs(String[] args) throws IOException {
      BenchArgs a = BenchArgs.parse(args, OPTIONS);
      Path out = a.path("out", Path.of("target", "bench"));
      Path kb = a.path("kb", out.resolve("kb"));
      SyntheticData.Origin origin = a.origin(SyntheticData.kbOrigin(kb, new SyntheticData.Origin(1_000_000, 42)));
      return new Settings(kb, origin, a.integer("docs", 1000), a.integer("words", 300), a.integer("threads", 2),
          a.decimal("warmup-seconds", 10), a.decimal("seconds", 20), a.longValue("doc-seed", 7), out);
    }
  }

  /** Runs the benchmark from the command line; see the class comment for the options. */
  public static void main(String[] args) throws IOException {
    Settings s = Settings.fromArgs(args);
    Json.writeResult(s.outDir().resolve("link-throughput.json"), run(s));
  }

  /** Runs the benchmark and returns the results, as written to {@code link-throughput.json}. */
  static Map<String, Object> run(Settings s) throws IOException {
    List<NewsDocument> corpus = NewsCorpus.generate(s.origin(), s.docs(), s.words(), s.docSeed());
    List<String> docs = corpus.stream().map(NewsDocument::text).toList();
    long chars = docs.stream().mapToLong(String::length).sum();
    long words = docs.stream().mapToLong(d -> d.split("\\s+").length).sum();
    try (KnowledgeBase kb = KnowledgeBase.open(s.kbDir())) {
      System.out.printf(Locale.ROOT, "KB %s: %,d entities; %,d documents, %.0f words and %.0f chars each on average%n",
          s.kbDir(), kb.size(), docs.size(), (double) words / docs.size(), (double) chars / docs.size());
      Linker linker = Linker.builder().knowledgeBase(kb).config(LinkerConfig.defaults()).build();

      // One pass over every document: what the linker finds (and the first warm-up).
      long links = 0;
      long nil = 0;
      long planted = 0;
      long plantedFound = 0;
      OutputDigest digest = new OutputDigest();
      long t0 = System.nanoTime();
      for (NewsDocument d : corpus) {
        LinkedDocument ld = linker.link(d.text());
        digest.add(ld);
        links += ld.links().size();
        Map<Span, EntityId> found = new HashMap<>();
        for (Link l : ld.links()) {
          if (l.isNil()) {
            nil++;
          } else {
            found.put(l.span(), l.entity());
          }
        }
        for (NewsDocument.Mention m : d.mentions()) {
          planted++;
          if (m.entity().equals(found.get(m.span()))) {
            plantedFound++;
          }
        }
      }
      double firstPass = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "first pass (1 thread, cold): %.2f s; %.2f mentions per document (%.2f NIL);"
          + " %.2f names planted per document, %.1f%% of them linked to their entity with the exact span%n",
          firstPass, (double) links / docs.size(), (double) nil / docs.size(), (double) planted / docs.size(),
          100.0 * plantedFound / Math.max(1, planted));
      // equal digests: the same links, types, scores and candidates (a speed change must leave them alone)
      System.out.printf(Locale.ROOT, "output digest of the first pass: %s%n", digest.hex());

      ThroughputRunner.Worker linkWork = d -> linker.link(d).links().size();
      System.out.printf(Locale.ROOT, "warm-up: %.0f s linker, %.0f s floor on %d threads%n", s.warmupSeconds(),
          s.warmupSeconds() / 2, s.threads());
      if (s.warmupSeconds() > 0) {
        ThroughputRunner.run(docs, s.threads(), s.warmupSeconds(), 0, () -> linkWork);
        ThroughputRunner.run(docs, s.threads(), s.warmupSeconds() / 2, 0, () -> new DictionaryFloor(kb));
      }
      double half = s.seconds() / 2;
      ThroughputRunner.Result link = ThroughputRunner.run(docs, s.threads(), half, 0, () -> linkWork);
      ThroughputRunner.Result floor = ThroughputRunner.run(docs, s.threads(), half, 0, () -> new DictionaryFloor(kb));
      link = link.plus(ThroughputRunner.run(docs, s.threads(), half, 0, () -> linkWork));
      floor = floor.plus(ThroughputRunner.run(docs, s.threads(), half, 0, () -> new DictionaryFloor(kb)));

      double linkDps = link.documentsPerSecond();
      double floorDps = floor.documentsPerSecond();
      System.out.printf(Locale.ROOT, "linker: %,8.1f docs/s on %d threads (%,.0f µs of thread time, %,.0f µs of CPU,"
          + " %,.0f KB allocated per document)%n", linkDps, s.threads(), s.threads() * 1e6 / linkDps,
          link.cpuMicrosPerDocument(), link.allocatedBytesPerDocument() / 1024);
      System.out.printf(Locale.ROOT, "floor:  %,8.1f docs/s on %d threads (%,.0f µs of thread time, %,.0f µs of CPU,"
          + " %,.0f KB allocated per document)%n", floorDps, s.threads(), s.threads() * 1e6 / floorDps,
          floor.cpuMicrosPerDocument(), floor.allocatedBytesPerDocument() / 1024);
      // On a shared machine the threads wait for cores; CPU time per document says what dedicated cores would do.
      double cpuBound = s.threads() * 1e6 / link.cpuMicrosPerDocument();
      System.out.printf(Locale.ROOT, "ratio linker/floor: %.3f (by CPU time: %.3f); target %.0f docs/s: %s"
          + " (%,.0f docs/s if %d cores were free for it)%n", linkDps / floorDps,
          floor.cpuMicrosPerDocument() / link.cpuMicrosPerDocument(), TARGET_DOCS_PER_SECOND,
          linkDps >= TARGET_DOCS_PER_SECOND ? "met" : "NOT met", cpuBound, s.threads());

      Map<String, Object> r = new LinkedHashMap<>();
      r.put("benchmark", "link-throughput");
      r.put("environment", Environment.describe());
      r.put("kb", s.kbDir().toAbsolutePath().toString());
      r.put("kbEntities", kb.size());
      r.put("entitiesInDump", s.origin().entities());
      r.put("seed", s.origin().seed());
      r.put("documents", docs.size());
      r.put("docSeed", s.docSeed());
      r.put("meanWordsPerDocument", (double) words / docs.size());
      r.put("meanCharsPerDocument", (double) chars / docs.size());
      r.put("mentionsPerDocument", (double) links / docs.size());
      r.put("nilMentionsPerDocument", (double) nil / docs.size());
      r.put("plantedNamesPerDocument", (double) planted / docs.size());
      r.put("plantedNamesLinkedExactly", (double) plantedFound / Math.max(1, planted));
      r.put("outputDigest", digest.hex());
      r.put("threads", s.threads());
      r.put("warmupSeconds", s.warmupSeconds());
      r.put("linker", runMap(link));
      r.put("floor", runMap(floor));
      r.put("ratioLinkerToFloor", linkDps / floorDps);
      r.put("ratioLinkerToFloorByCpuTime", floor.cpuMicrosPerDocument() / link.cpuMicrosPerDocument());
      r.put("docsPerSecondByCpuTime", cpuBound);
      r.put("targetDocsPerSecond", TARGET_DOCS_PER_SECOND);
      r.put("targetMet", linkDps >= TARGET_DOCS_PER_SECOND);
      return r;
    }
  }

  private static Map<String, Object> runMap(ThroughputRunner.Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("documents", r.documents());
    m.put("seconds", r.seconds());
    m.put("docsPerSecond", r.documentsPerSecond());
    m.put("threadMicrosPerDocument", r.threads() * 1e6 / r.documentsPerSecond());
    m.put("cpuSeconds", r.cpuSeconds());
    m.put("cpuMicrosPerDocument", r.cpuMicrosPerDocument());
    m.put("allocatedBytesPerDocument", r.allocatedBytesPerDocument());
    m.put("checksum", r.checksum());
    return m;
  }
}
