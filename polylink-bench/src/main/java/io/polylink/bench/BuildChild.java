package io.polylink.bench;

import io.polylink.kb.source.EntitySource;
import io.polylink.kb.source.Sources;
import io.polylink.kb.source.WikidataDumpSource;
import io.polylink.kb.store.KbBuildSummary;
import io.polylink.kb.store.KbBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The KB build phase of {@link BuildThroughput}, run alone in a child JVM so that its peak RSS is the build's own
 * (with the JVM's default heap, as a user would run it). Prints one result line; see {@link ChildJvm}.
 */
public final class BuildChild {

  private BuildChild() {}

  /** {@code --dump FILE --kb DIR --threads N [--transliterate true|false]}. */
  public static void main(String[] args) throws IOException {
    BenchArgs a = BenchArgs.parse(args, Set.of("dump", "kb", "threads", "transliterate"));
    Path dump = a.path("dump", null);
    Path kb = a.path("kb", null);
    if (dump == null || kb == null) {
      throw new IllegalArgumentException("BuildChild needs --dump FILE and --kb DIR");
    }
    int threads = a.integer("threads", Runtime.getRuntime().availableProcessors());
    KbBuildSummary s;
    Map<String, Object> r = new LinkedHashMap<>();
    try (MemoryProbe probe = MemoryProbe.start(50)) {
      EntitySource source = Sources.open("wikidata", dump, WikidataDumpSource.Options.defaults());
      s = KbBuilder.into(kb).threads(threads).transliterate(a.bool("transliterate", true)).build(source);
      r.put("entities", s.entities());
      r.put("names", s.names());
      r.put("transliterations", s.transliterations());
      r.put("languages", s.languages());
      r.put("seconds", s.seconds());
      r.put("entitiesPerSecond", s.entitiesPerSecond());
      r.put("processCpuSeconds", Environment.processCpuSeconds());
      r.put("peakRssBytes", MemoryProbe.peakRss());
      r.put("peakHeapUsedBytes", probe.peakHeapUsed());
      r.put("peakHeapAfterGcBytes", probe.peakHeapAfterGc());
      r.put("maxHeapBytes", probe.maxHeap());
      r.put("kbBytes", sizeOf(kb));
    }
    ChildJvm.report(r);
  }


  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    }
  }
}
