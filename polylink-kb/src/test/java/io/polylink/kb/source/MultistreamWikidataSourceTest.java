package io.polylink.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.model.Entity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: a multistream bzip2 dump read on several cores gives what the one-core reader gives, in order. */
class MultistreamWikidataSourceTest {
  @TempDir Path dir;

  /** A dump of {@code n} items, compressed as a new bzip2 stream every few lines, cut inside lines too. */
  static Path multistream(Path file, int n, long seed) throws IOException {
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 1; i <= n; i++) {
      json.append(String.format(Locale.ROOT, "{\"type\":\"item\",\"id\":\"Q%d\",\"labels\":{\"en\":{\"language\":"
          + "\"en\",\"value\":\"Item %d\"},\"de\":{\"language\":\"de\",\"value\":\"Ding %d\"}},\"sitelinks\":{}}%s%n",
          i, i, i, i < n ? "," : ""));
    }
    json.append("]\n");
    byte[] plain = json.toString().getBytes(StandardCharsets.UTF_8);
    Random r = new Random(seed);
    try (OutputStream out = Files.newOutputStream(file)) {
      int pos = 0;
      while (pos < plain.length) {
        int len = Math.min(plain.length - pos, 50 + r.nextInt(400)); // streams end mid-line, as in real dumps
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        try (BZip2CompressorOutputStream bz = new BZip2CompressorOutputStream(one)) {
          bz.write(plain, pos, len);
        }
        out.write(one.toByteArray());
        pos += len;
      }
    }
    return file;
  }

  private static List<String> ids(EntitySource s) throws IOException {
    List<String> ids = new ArrayList<>();
    s.read(e -> ids.add(e.id().value() + "=" + e.labels()));
    return ids;
  }

  @Test
  void parallelReadEqualsSequentialRead() throws IOException {
    Path file = multistream(dir.resolve("dump.json.bz2"), 2_000, 7);
    long[] starts = MultistreamWikidataSource.streamStarts(file);
    assertTrue(starts.length > 100, "streams: " + starts.length);
    List<String> expected = ids(new WikidataDumpSource(file));
    assertEquals(2_000, expected.size());
    for (int threads : new int[] {1, 2, 3}) {
      for (int chunk : new int[] {1, 700, 5_000}) {
        var parallel = new MultistreamWikidataSource(file, null, threads, chunk);
        assertEquals(expected, ids(parallel), "threads " + threads + ", chunk " + chunk);
      }
    }
    var stats = new MultistreamWikidataSource(file, null, 2, 700).read(e -> {});
    assertEquals(2_000, stats.entities());
    assertEquals(2_002, stats.lines());
  }

  @Test
  void sourcesOpensABzip2DumpForParallelReading() throws IOException {
    Path file = multistream(dir.resolve("dump.json.bz2"), 10, 1);
    assertInstanceOf(MultistreamWikidataSource.class, Sources.open("wikidata", file, null));
  }

  @Test
  void aMalformedLineInAChunkNamesTheChunk() throws IOException {
    Path file = dir.resolve("bad.json.bz2");
    multistream(file, 300, 3);
    byte[] plain;
    try (var in = CompressedInput.open(file)) {
      plain = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"id\":\"Q150\",", "\"id\":Q150,")
          .getBytes(StandardCharsets.UTF_8);
    }
    Path again = dir.resolve("bad2.json.bz2");
    try (OutputStream out = Files.newOutputStream(again)) {
      for (int pos = 0; pos < plain.length; pos += 300) {
        try (BZip2CompressorOutputStream bz = new BZip2CompressorOutputStream(new NonClosing(out))) {
          bz.write(plain, pos, Math.min(300, plain.length - pos));
        }
      }
    }
    List<String> warnings = new ArrayList<>();
    var options = WikidataDumpSource.Options.defaults().withOnError(ErrorPolicy.SKIP).withWarnings(warnings::add);
    List<Entity> got = new ArrayList<>();
    SourceStats s = new MultistreamWikidataSource(again, options, 2, 1_000).read(got::add);
    assertEquals(299, s.entities());
    assertEquals(1, s.malformed());
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("bad2.json.bz2 (chunk at byte "), warnings.get(0));
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
