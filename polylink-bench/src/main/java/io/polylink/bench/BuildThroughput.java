package io.polylink.bench;

import io.polylink.kb.source.CompressedInput;
import io.polylink.kb.source.SourceStats;
import io.polylink.kb.source.Sources;
import io.polylink.kb.source.WikidataDumpSource;
import io.polylink.model.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * KB build throughput against the floor of reading the same dump: on a synthetic Wikidata dump it times (a) a bare
 * Jackson token loop over the file, (b) {@link WikidataDumpSource} alone with a no-op sink, and (c) the full KB build
 * in a child JVM with the default heap, whose peak RSS it reports. The bare scan runs before and after the build and
 * the ratios use their mean, so a noisy machine moves numerator and denominator alike.
 *
 * <pre>
 * java -cp ... io.polylink.bench.BuildThroughput [--entities 1000000] [--seed 42] [--dump FILE] [--kb DIR]
 *     [--threads N] [--transliterate true|false] [--out DIR]
 * </pre>
 *
 * <p>{@code --transliterate false} builds without the romanized keys of non-Latin names, to see what they cost.
 */
public final class BuildThroughput {

  private static final Set<String> OPTIONS =
      Set.of("entities", "seed", "dump", "kb", "threads", "out", "transliterate");

  private BuildThroughput() {}

  /**
   * The settings of a run.
   *
   * @param origin entity count and seed of the synthetic dump
   * @param dump the dump file (generated when absent or different)
   * @param kbDir where the KB is built
   * @param threads indexing threads
   * @param transliterate whether the build adds romanized keys (the builder's default: true)
   * @param outDir where {@code build-throughput.json} goes
   */
  record Settings(SyntheticData.Origin origin, Path dump, Path kbDir, int threads, boolean transliterate,
      Path outDir) {
    Settings {
      if (origin == null || dump == null || kbDir == null || outDir == null) {
        throw new IllegalArgumentException("settings need an origin, a dump, a KB directory and an output directory");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, got " + threads);
      }
    }

    static Settings fromArgs(String[] args) {
      BenchArgs a = BenchArgs.parse(args, OPTIONS);
      Path out = a.path("out", Path.of("target", "bench"));
      SyntheticData.Origin origin = a.origin(new SyntheticData.Origin(1_000_000, 42));
      return new Settings(origin, a.path("dump", SyntheticData.defaultDump(out, origin)),
          a.path("kb", out.resolve("kb")), a.integer("threads", Runtime.getRuntime().availableProcessors()),
          a.bool("transliterate", true), out);
    }
  }

  /** Runs the benchmark from the command line; see the class comment for the options. */
  public static void main(String[] args) throws IOException {
    Settings s = Settings.fromArgs(args);
    Json.writeResult(s.outDir().resolve("build-throughput.json"), run(s));
  }

  /** Runs every phase and returns the results, as written to {@code build-throughput.json}. */
  static Map<String, Object> run(Settings s) throws IOException {
    double genSeconds = SyntheticData.ensureDump(s.dump(), s.origin());
    long bytes = Files.size(s.dump());
    System.out.printf(Locale.ROOT, "dump: %s (%,d entities, seed %d, %.1f MB, %s, %s)%n", s.dump(),
        s.origin().entities(), s.origin().seed(), bytes / 1e6, CompressedInput.formatOf(s.dump()),
        genSeconds > 0 ? String.format(Locale.ROOT, "generated in %.1f s", genSeconds) : "reused");
    warmPageCache(s.dump());

    BareJsonScan.Result bare1 = BareJsonScan.scan(s.dump());
    line("(a) bare Jackson scan", bare1.entities(), bare1.seconds(), bytes);

    long t0 = System.nanoTime();
    long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long[] touched = new long[1];
    Consumer<Entity> sink = e -> touched[0] += e.labels().size(); // keeps the entity alive up to the sink
    SourceStats stats = Sources.open("wikidata", s.dump(), WikidataDumpSource.Options.defaults()).read(sink);
    double sourceSeconds = (System.nanoTime() - t0) / 1e9;
    double sourceCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
    line("(b) WikidataDumpSource", stats.entities(), sourceSeconds, bytes);

    List<String> childArgs = new ArrayList<>(List.of("--dump", s.dump().toString(), "--kb", s.kbDir().toString(),
        "--threads", String.valueOf(s.threads()), "--transliterate", String.valueOf(s.transliterate())));
    Map<String, Object> build = ChildJvm.run(BuildChild.class, List.of(), childArgs);
    SyntheticData.recordKbOrigin(s.kbDir(), s.origin());
    long built = ((Number) build.get("entities")).longValue();
    double buildSeconds = ((Number) build.get("seconds")).doubleValue();
    line("(c) full KB build (" + s.threads() + " threads" + (s.transliterate() ? "" : ", no transliteration") + ")",
        built, buildSeconds, bytes);

    BareJsonScan.Result bare2 = BareJsonScan.scan(s.dump());
    line("(a') bare Jackson scan again", bare2.entities(), bare2.seconds(), bytes);

    // Ratios of throughput over the same file, i.e. of times: entity counts differ (the bare scan also counts the
    // properties and lexemes that the source skips), bytes do not.
    double bareSeconds = (bare1.seconds() + bare2.seconds()) / 2;
    double bareEps = bare1.entities() / bareSeconds;
    double sourceEps = stats.entities() / sourceSeconds;
    double buildEps = built / buildSeconds;
    double sourceRatio = bareSeconds / sourceSeconds;
    double buildRatio = bareSeconds / buildSeconds;
    long rss = ((Number) build.get("peakRssBytes")).longValue();
    double bareCpu = (bare1.cpuSeconds() + bare2.cpuSeconds()) / 2;
    double buildCpu = ((Number) build.get("processCpuSeconds")).doubleValue();
    System.out.printf(Locale.ROOT, "throughput ratio source/bare-Jackson: %.3f%n", sourceRatio);
    System.out.printf(Locale.ROOT, "throughput ratio build/bare-Jackson:  %.3f%n", buildRatio);
    // CPU seconds do not count waiting for a core held by another process: a check on the ratios on a busy machine.
    System.out.printf(Locale.ROOT, "CPU seconds: bare scan %.1f, source %.1f, build %.1f (all threads of the build"
        + " JVM); CPU ratio bare/source %.3f, bare/build %.3f%n", bareCpu, sourceCpu, buildCpu, bareCpu / sourceCpu,
        bareCpu / buildCpu);
    System.out.printf(Locale.ROOT, "build peak RSS: %s (default max heap %s; peak heap used %s, largest after GC %s)%n",
        MemoryProbe.mib(rss), MemoryProbe.mib(((Number) build.get("maxHeapBytes")).longValue()),
        MemoryProbe.mib(((Number) build.get("peakHeapUsedBytes")).longValue()),
        MemoryProbe.mib(((Number) build.get("peakHeapAfterGcBytes")).longValue()));

    Map<String, Object> r = new LinkedHashMap<>();
    r.put("benchmark", "build-throughput");
    r.put("environment", Environment.describe());
    r.put("entities", s.origin().entities());
    r.put("seed", s.origin().seed());
    r.put("dump", s.dump().toAbsolutePath().toString());
    r.put("dumpBytes", bytes);
    r.put("dumpGeneratedSeconds", genSeconds);
    r.put("threads", s.threads());
    r.put("transliterate", s.transliterate());
    Map<String, Object> bare = new LinkedHashMap<>();
    bare.put("first", scanMap(bare1));
    bare.put("second", scanMap(bare2));
    bare.put("meanSeconds", bareSeconds);
    bare.put("meanEntitiesPerSecond", bareEps);
    bare.put("meanCpuSeconds", bareCpu);
    r.put("bareJackson", bare);
    Map<String, Object> src = new LinkedHashMap<>();
    src.put("entities", stats.entities());
    src.put("seconds", sourceSeconds);
    src.put("entitiesPerSecond", sourceEps);
    src.put("cpuSeconds", sourceCpu);
    r.put("source", src);
    r.put("build", build);
    r.put("ratioSourceToBareJackson", sourceRatio);
    r.put("ratioBuildToBareJackson", buildRatio);
    r.put("buildEntitiesPerSecond", buildEps);
    r.put("cpuRatioBareJacksonToSource", bareCpu / sourceCpu);
    r.put("cpuRatioBareJacksonToBuild", bareCpu / buildCpu);
    return r;
  }

  private static Map<String, Object> scanMap(BareJsonScan.Result b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entities", b.entities());
    m.put("tokens", b.tokens());
    m.put("seconds", b.seconds());
    m.put("cpuSeconds", b.cpuSeconds());
    m.put("entitiesPerSecond", b.entitiesPerSecond());
    return m;
  }

  private static void line(String what, long entities, double seconds, long bytes) {
    System.out.printf(Locale.ROOT, "%-40s %,10d entities in %7.2f s: %,10.0f entities/s, %6.1f MB/s%n", what,
        entities, seconds, entities / seconds, bytes / 1e6 / seconds);
  }

  /** Reads the file once so that the timed passes all find it in the page cache. */
  private static void warmPageCache(Path dump) throws IOException {
    byte[] buf = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(dump)) {
      while (in.read(buf) >= 0) {
        // only the reading matters
      }
    }
  }
}
