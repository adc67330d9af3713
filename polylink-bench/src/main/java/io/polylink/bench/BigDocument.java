package io.polylink.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Streaming a very long document: writes a news-style UTF-8 document of 50 MB (and one of 5 MB, so the two can be
 * compared) to a temporary file and links each through {@link io.polylink.link.Linker}'s {@code Reader} API in a child
 * JVM with a fixed small heap, reporting time, MB/s, links, and the peak heap: sampled every 50 ms, and the largest
 * heap left after a collection (the live set). If memory does not grow with the document, the 50 MB figures match
 * the 5 MB ones.
 *
 * <pre>
 * java -cp ... io.polylink.bench.BigDocument [--kb DIR] [--mb 50,5] [--heap 256m] [--doc-seed 11]
 *     [--entities N --seed S] [--out DIR]
 * </pre>
 */
public final class BigDocument {

  private static final Set<String> OPTIONS = Set.of("kb", "mb", "heap", "doc-seed", "entities", "seed", "out",
      "warmup-chars");

  private BigDocument() {}

  /**
   * The settings of a run.
   *
   * @param kbDir the KB
   * @param origin the synthetic dump the KB was built from
   * @param sizesBytes document sizes to link, in bytes of UTF-8
   * @param heap the child JVM's -Xmx value
   * @param docSeed seed of the documents
   * @param warmupChars chars linked before the measured pass (JIT warm-up)
   * @param outDir where {@code big-document.json} goes
   */
  record Settings(Path kbDir, SyntheticData.Origin origin, List<Long> sizesBytes, String heap, long docSeed,
      long warmupChars, Path outDir) {
    Settings {
      if (kbDir == null || origin == null || outDir == null || sizesBytes == null || sizesBytes.isEmpty()) {
        throw new IllegalArgumentException("settings need a KB directory, an origin, sizes and an output directory");
      }
      if (heap == null || !heap.matches("[0-9]+[kKmMgG]?")) {
        throw new IllegalArgumentException("heap must look like 256m, got '" + heap + "'");
      }
      for (long b : sizesBytes) {
        if (b < 1000) {
          throw new IllegalArgumentException("document sizes must be >= 1000 bytes, got " + b);
        }
      }
      sizesBytes = List.copyOf(sizesBytes);
    }

    static Settings fromArgs(String[] args) throws IOException {
      BenchArgs a = BenchArgs.parse(args, OPTIONS);
      Path out = a.path("out", Path.of("target", "bench"));
      Path kb = a.path("kb", out.resolve("kb"));
      SyntheticData.Origin origin = a.origin(SyntheticData.kbOrigin(kb, new SyntheticData.Origin(1_000_000, 42)));
      List<Long> sizes = new ArrayList<>();
      for (String mb : a.string("mb", "50,5").split(",")) {
        try {
          sizes.add(Math.round(Double.parseDouble(mb.strip()) * 1_000_000));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("--mb takes sizes in MB separated by commas, like 50,5; got '" + mb + "'");
        }
      }
      return new Settings(kb, origin, sizes, a.string("heap", "256m"), a.longValue("doc-seed", 11),
          a.longValue("warmup-chars", 2_000_000), out);
    }
  }

  /** Runs the benchmark from the command line; see the class comment for the options. */
  public static void main(String[] args) throws IOException {
    Settings s = Settings.fromArgs(args);
    Json.writeResult(s.outDir().resolve("big-document.json"), run(s));
  }

  /** Links each document size in its own child JVM and returns the results, as written to {@code big-document.json}. */
  static Map<String, Object> run(Settings s) throws IOException {
    List<Object> runs = new ArrayList<>();
    for (long size : s.sizesBytes()) {
      Path doc = Files.createTempFile("polylink-bigdoc-", ".txt");
      try {
        long t0 = System.nanoTime();
        NewsCorpus.writeLongDocument(doc, s.origin(), size, s.docSeed());
        double gen = (System.nanoTime() - t0) / 1e9;
        long bytes = Files.size(doc);
        System.out.printf(Locale.ROOT, "document: %.1f MB (generated in %.1f s); linking with -Xmx%s ...%n",
            bytes / 1e6, gen, s.heap());
        Map<String, Object> r = new LinkedHashMap<>(ChildJvm.run(BigDocumentChild.class, List.of("-Xmx" + s.heap()),
            List.of("--kb", s.kbDir().toString(), "--doc", doc.toString(), "--warmup-chars",
                String.valueOf(Math.min(s.warmupChars(), bytes / 2)))));
        double seconds = ((Number) r.get("seconds")).doubleValue();
        r.put("megabytesPerSecond", bytes / 1e6 / seconds);
        r.put("heap", s.heap());
        System.out.printf(Locale.ROOT,
            "  %.1f MB in %.2f s = %.2f MB/s; %,d links (%,d NIL) in %,d windows; peak heap used %s,"
                + " largest after GC %s (max %s); after a full GC: %s before, %s after the document; peak RSS %s%n",
            bytes / 1e6, seconds, bytes / 1e6 / seconds, ((Number) r.get("links")).longValue(),
            ((Number) r.get("nilLinks")).longValue(), ((Number) r.get("windows")).longValue(),
            MemoryProbe.mib(((Number) r.get("peakHeapUsedBytes")).longValue()),
            MemoryProbe.mib(((Number) r.get("peakHeapAfterGcBytes")).longValue()),
            MemoryProbe.mib(((Number) r.get("maxHeapBytes")).longValue()),
            MemoryProbe.mib(((Number) r.get("heapAfterWarmupBytes")).longValue()),
            MemoryProbe.mib(((Number) r.get("heapAfterRunBytes")).longValue()),
            MemoryProbe.mib(((Number) r.get("peakRssBytes")).longValue()));
        runs.add(r);
      } finally {
        Files.deleteIfExists(doc);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("benchmark", "big-document");
    out.put("environment", Environment.describe());
    out.put("kb", s.kbDir().toAbsolutePath().toString());
    out.put("docSeed", s.docSeed());
    out.put("runs", runs);
    return out;
  }
}
