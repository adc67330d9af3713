package io.polylink.bench;

import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.link.LinkerConfig;
import io.polylink.model.Language;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One document of {@link BigDocument}, streamed through
 * {@link Linker#link(Reader, Language, java.util.function.Consumer)} in a child JVM with a small fixed heap, heap
 * sampled every 50 ms. Prints one result line; see {@link ChildJvm}.
 */
public final class BigDocumentChild {

  private BigDocumentChild() {}

  /** {@code --kb DIR --doc FILE [--warmup-chars N]}. */
  public static void main(String[] args) throws IOException {
    BenchArgs a = BenchArgs.parse(args, Set.of("kb", "doc", "warmup-chars"));
    Path kbDir = a.path("kb", null);
    Path doc = a.path("doc", null);
    if (kbDir == null || doc == null) {
      throw new IllegalArgumentException("BigDocumentChild needs --kb DIR and --doc FILE");
    }
    long warmupChars = a.longValue("warmup-chars", 2_000_000);
    Map<String, Object> r = new LinkedHashMap<>();
    try (KnowledgeBase kb = KnowledgeBase.open(kbDir)) {
      Linker linker = Linker.builder().knowledgeBase(kb).config(LinkerConfig.defaults()).build();
      if (warmupChars > 0) {
        try (Reader in = new Prefix(Files.newBufferedReader(doc, StandardCharsets.UTF_8), warmupChars)) {
          linker.link(in, Language.UNDETERMINED, l -> { });
        }
      }
      System.gc();
      long baseline = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      long[] nil = new long[1];
      Linker.StreamSummary summary;
      long t0;
      double seconds;
      try (MemoryProbe probe = MemoryProbe.start(50);
          Reader in = Files.newBufferedReader(doc, StandardCharsets.UTF_8)) {
        t0 = System.nanoTime();
        summary = linker.link(in, Language.UNDETERMINED, l -> {
          if (l.isNil()) {
            nil[0]++;
          }
        });
        seconds = (System.nanoTime() - t0) / 1e9;
        r.put("peakHeapUsedBytes", probe.peakHeapUsed());
        r.put("peakHeapAfterGcBytes", probe.peakHeapAfterGc());
        r.put("collections", probe.collections());
        r.put("maxHeapBytes", probe.maxHeap());
      }
      r.put("bytes", Files.size(doc));
      r.put("codePoints", summary.codePoints());
      r.put("language", summary.language().code());
      r.put("links", summary.links());
      r.put("nilLinks", nil[0]);
      r.put("windows", summary.windows());
      r.put("seconds", seconds);
      r.put("heapAfterWarmupBytes", baseline);
      System.gc();
      // What the linker still holds once the document is done: nothing should grow with its length.
      r.put("heapAfterRunBytes", Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
      r.put("peakRssBytes", MemoryProbe.peakRss());
    }
    ChildJvm.report(r);
  }

  /** The first {@code limit} chars of a reader. */
  private static final class Prefix extends FilterReader {
    private long left;

    Prefix(Reader in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int c = super.read();
      if (c >= 0) {
        left--;
      }
      return c;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(cbuf, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }
}
