package io.polylink.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs each benchmark main end to end at toy sizes and checks what they report (counts, files), never timings:
 * benchmarks are measured by run.sh, not by tests.
 */
class BenchSmokeTest {

  @TempDir
  static Path dir;

  static Map<String, Object> build;

  @BeforeAll
  static void buildSmallKb() throws IOException {
    BuildThroughput.main(
        new String[] {"--entities", "2000", "--seed", "42", "--threads", "1", "--out", dir.toString()});
    build = Json.readObject(Files.readString(dir.resolve("build-throughput.json")));
  }

  @Test
  void buildReportsConsistentCountsAndAMeasuredRss() throws IOException {
    Map<String, Object> source = nested("build-throughput.json", "source");
    Map<String, Object> kb = nested("build-throughput.json", "build");
    long read = ((Number) source.get("entities")).longValue();
    assertTrue(read > 1000, "the source should read most of 2,000 generated entities, got " + read);
    assertEquals(read, ((Number) kb.get("entities")).longValue(), "the build indexes what the source reads");
    assertTrue(((Number) kb.get("peakRssBytes")).longValue() > 0, "peak RSS of the child JVM is measured");
    assertTrue(((Number) kb.get("kbBytes")).longValue() > 0);
    Map<String, Object> bare = nested("build-throughput.json", "bareJackson");
    assertTrue(((Number) build.get("ratioBuildToBareJackson")).doubleValue() > 0);
    assertTrue(bare.containsKey("meanEntitiesPerSecond"));
    assertTrue(Files.isRegularFile(dir.resolve("kb.origin.properties")),
        "the KB's origin is recorded for the link benchmarks");
  }

  @Test
  void generatedDumpIsReusedWhenUnchanged() throws IOException {
    Path dump = SyntheticData.defaultDump(dir, new SyntheticData.Origin(2000, 42));
    long modified = Files.getLastModifiedTime(dump).toMillis();
    assertEquals(0.0, SyntheticData.ensureDump(dump, new SyntheticData.Origin(2000, 42)));
    assertEquals(modified, Files.getLastModifiedTime(dump).toMillis());
  }

  @Test
  void linkThroughputFindsMentionsAndWritesItsReport() throws IOException {
    LinkThroughput.main(new String[] {"--kb", dir.resolve("kb").toString(), "--docs", "20", "--warmup-seconds", "0",
        "--seconds", "0.2", "--out", dir.toString()});
    Map<String, Object> r = Json.readObject(Files.readString(dir.resolve("link-throughput.json")));
    assertEquals(20L, r.get("documents"));
    assertEquals(2000L, r.get("entitiesInDump"), "the KB's origin is read back");
    assertTrue(((Number) r.get("mentionsPerDocument")).doubleValue() > 1,
        "documents mention generated names, so the linker finds some: " + r);
    Map<String, Object> linker = nested("link-throughput.json", "linker");
    Map<String, Object> floor = nested("link-throughput.json", "floor");
    assertTrue(((Number) linker.get("documents")).longValue() > 0);
    assertTrue(((Number) floor.get("documents")).longValue() > 0);
    assertTrue(((Number) floor.get("checksum")).longValue() > 0, "the floor's probes hit dictionary names");
    assertTrue(((Number) linker.get("allocatedBytesPerDocument")).doubleValue() > 1000, "linking allocates: " + linker);
    assertTrue(((String) r.get("outputDigest")).matches("[0-9a-f]{64}"), "a SHA-256 of the first pass: " + r);
    // the digest is a function of the documents and the linker: the same run prints it again, another KB would not
    LinkThroughput.main(new String[] {"--kb", dir.resolve("kb").toString(), "--docs", "20", "--warmup-seconds", "0",
        "--seconds", "0.1", "--out", dir.resolve("again").toString()});
    assertEquals(r.get("outputDigest"),
        Json.readObject(Files.readString(dir.resolve("again").resolve("link-throughput.json"))).get("outputDigest"));
  }

  @Test
  void serverLoadAnswersEveryRequestAndWritesItsReport() throws Exception {
    ServerLoad.main(new String[] {"--kb", dir.resolve("kb").toString(), "--connections", "4", "--seconds", "0.5",
        "--warmup-seconds", "0.2", "--baseline-seconds", "0.2", "--out", dir.toString()});
    Map<String, Object> r = Json.readObject(Files.readString(dir.resolve("server-load.json")));
    assertTrue(((Number) r.get("requests")).longValue() > 0, r.toString());
    assertEquals(0L, ((Number) r.get("errors")).longValue(), r.toString());
    assertEquals(0L, ((Number) r.get("non200")).longValue(), r.toString());
    assertEquals(4L, ((Number) r.get("connections")).longValue());
    assertTrue(r.containsKey("latencyMs") && r.containsKey("cpuRatioToInProcess") && r.containsKey("loadAverageBefore"));
  }

  @Test
  void bigDocumentStreamsInASmallHeapAndReportsBothSizes() throws IOException {
    BigDocument.main(new String[] {"--kb", dir.resolve("kb").toString(), "--mb", "0.2,0.05", "--heap", "128m",
        "--warmup-chars", "10000", "--out", dir.toString()});
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> runs = (List<Map<String, Object>>) Json.readObject(
        Files.readString(dir.resolve("big-document.json"))).get("runs");
    assertEquals(2, runs.size());
    for (Map<String, Object> run : runs) {
      assertTrue(((Number) run.get("links")).longValue() > 0, "links found in " + run);
      assertTrue(((Number) run.get("codePoints")).longValue() < ((Number) run.get("bytes")).longValue(),
          "the document holds multi-byte UTF-8 text: " + run);
      assertTrue(((Number) run.get("peakHeapUsedBytes")).longValue() > 0);
      assertTrue(((Number) run.get("maxHeapBytes")).longValue() <= 128L * 1024 * 1024);
    }
  }

  private static Map<String, Object> nested(String file, String field) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) Json.readObject(Files.readString(dir.resolve(file))).get(field);
    return m;
  }
}
