package io.polylink.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throughput of {@link WikidataDumpSource} against a bare Jackson token loop over the same generated dump. Slow (it
 * writes a few hundred MB), so it runs only with {@code -Dpolylink.perf=true}; {@code -Dpolylink.perf.entities=N}
 * sets the size (default 200,000).
 */
class WikidataDumpThroughputTest {

  private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "pl", "ru", "ja", "zh", "zh-hans",
      "ar", "pt", "sv", "uk", "ca", "fa", "ko", "fi", "cs", "hu", "he", "tr", "el", "da", "nb", "ro", "bg", "sr", "hi"};
  private static final String[] PROPERTIES = {"P31", "P17", "P131", "P106", "P27", "P279", "P361", "P18", "P569",
      "P570", "P21", "P735", "P734", "P1412", "P646", "P214", "P227", "P244", "P213", "P625", "P856", "P910", "P373"};
  private static final String[] SITES = {"enwiki", "dewiki", "frwiki", "eswiki", "itwiki", "nlwiki", "plwiki",
      "ruwiki", "jawiki", "zhwiki", "arwiki", "ptwiki", "svwiki", "ukwiki", "commonswiki", "enwikiquote", "dewikivoyage"};
  private static final String[] WORDS = {"Berlin", "Zürich", "Москва", "東京", "القاهرة", "village", "river", "painter",
      "Kraków", "São", "Paulo", "politician", "album", "football", "club", "Ελλάδα", "city", "in", "of", "the"};

  @TempDir Path dir;

  @Test
  void throughputAgainstBareJackson() throws IOException {
    assumeTrue(Boolean.getBoolean("polylink.perf"), "set -Dpolylink.perf=true to measure throughput");
    int n = Integer.getInteger("polylink.perf.entities", 200_000);
    Path dump = dir.resolve("generated.json");
    generate(dump, n);
    long bytes = Files.size(dump);
    // CPU time of this thread, not wall time: the build machine is shared, and both loops run in this thread.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double bestBare = Double.MAX_VALUE;
    double bestSource = Double.MAX_VALUE;
    double bestBareWall = Double.MAX_VALUE;
    double bestSourceWall = Double.MAX_VALUE;
    for (int round = 0; round < 5; round++) { // round 0 warms both up
      long w0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      long tokens = bareTokens(dump);
      long w1 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      long[] count = new long[1];
      SourceStats stats = new WikidataDumpSource(dump).read(e -> count[0] += e.labels().size());
      long w2 = System.nanoTime();
      long c2 = threads.getCurrentThreadCpuTime();
      assertEquals(n, stats.entities());
      assertTrue(tokens > n && count[0] > 0);
      if (round > 0) {
        bestBare = Math.min(bestBare, (c1 - c0) / 1e9);
        bestSource = Math.min(bestSource, (c2 - c1) / 1e9);
        bestBareWall = Math.min(bestBareWall, (w1 - w0) / 1e9);
        bestSourceWall = Math.min(bestSourceWall, (w2 - w1) / 1e9);
      }
    }
    double ratio = bestBare / bestSource;
    System.out.printf(Locale.ROOT, "throughput: %d entities, %.1f MB; CPU: bare Jackson %.2f s (%.0f MB/s), "
            + "WikidataDumpSource %.2f s (%.0f MB/s, %.0f entities/s), ratio %.2f; wall: %.2f s vs %.2f s, ratio %.2f%n",
        n, bytes / 1e6, bestBare, bytes / 1e6 / bestBare, bestSource, bytes / 1e6 / bestSource, n / bestSource, ratio,
        bestBareWall, bestSourceWall, bestBareWall / bestSourceWall);
    assertTrue(ratio >= 0.3, "source throughput ratio " + ratio + " below 0.3");
  }

  private static final JsonFactory JSON = new JsonFactory();

  private static long bareTokens(Path dump) throws IOException {
    long tokens = 0;
    try (InputStream in = Files.newInputStream(dump); JsonParser p = JSON.createParser(in)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /** A dump of {@code n} items shaped like real ones: skewed label, statement and sitelink counts. */
  static void generate(Path file, int n) throws IOException {
    SplittableRandom rnd = new SplittableRandom(42);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("[\n");
      for (int i = 0; i < n; i++) {
        int size = rnd.nextInt(100) < 10 ? 3 : 1; // a tenth are "popular": three times the content
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        int nl = Math.min(LANGUAGES.length, size * (1 + rnd.nextInt(10)));
        for (int k = 0; k < nl; k++) {
          labels.put(LANGUAGES[k], phrase(rnd, 1 + rnd.nextInt(3)));
          if (rnd.nextInt(3) == 0) {
            descriptions.put(LANGUAGES[k], phrase(rnd, 3 + rnd.nextInt(5)));
          }
          if (rnd.nextInt(6) == 0) {
            aliases.put(LANGUAGES[k], List.of(phrase(rnd, 2), phrase(rnd, 1)));
          }
        }
        List<DumpWriter.Statement> statements = new ArrayList<>();
        int np = size * (3 + rnd.nextInt(8));
        for (int k = 0; k < np && k < PROPERTIES.length; k++) {
          int values = 1 + (rnd.nextInt(4) == 0 ? rnd.nextInt(4) : 0);
          for (int v = 0; v < values; v++) {
            statements.add(DumpWriter.Statement.of(PROPERTIES[k], "Q" + (1 + rnd.nextInt(5_000_000))));
          }
        }
        List<String> sitelinks = new ArrayList<>();
        int ns = rnd.nextInt(3) == 0 ? 0 : Math.min(SITES.length, size * rnd.nextInt(8));
        for (int k = 0; k < ns; k++) {
          sitelinks.add(SITES[k]);
        }
        w.write(DumpWriter.line(new DumpWriter.Item("Q" + (i + 1), labels, aliases, descriptions, statements,
            sitelinks)));
        w.write(i + 1 < n ? ",\n" : "\n");
      }
      w.write("]\n");
    }
  }

  private static String phrase(SplittableRandom rnd, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(WORDS[rnd.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }
}
