package io.polylink.bench;

import io.polylink.bench.synth.SyntheticWikidataDump;
import io.polylink.kb.source.MultistreamWikidataSource;
import io.polylink.kb.source.WikidataDumpSource;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * Reading a multistream bzip2 Wikidata dump on 1 and on 2 cores (issue 20): writes the synthetic dump of
 * {@code --entities} items as Wikidata's {@code latest-all.json.bz2} is written (a new bzip2 stream every
 * {@code --stream-kb} of JSON), then decompresses and parses it with {@link MultistreamWikidataSource} on 1 and 2
 * threads, alternating, {@code --rounds} times each, and prints entities/s (the sink only counts).
 *
 * <pre>
 * java -cp ... io.polylink.bench.MultistreamRead --entities 30000 --rounds 3 [--out /tmp/dump.json.bz2]
 * </pre>
 */
public final class MultistreamRead {
  private static final Set<String> OPTIONS = Set.of("entities", "rounds", "stream-kb", "out", "seed");

  private MultistreamRead() {}

  /** Command line: see the class comment. */
  public static void main(String[] args) throws IOException {
    BenchArgs a = BenchArgs.parse(args, OPTIONS);
    SyntheticData.Origin origin = a.origin(new SyntheticData.Origin(30_000, 42));
    int rounds = a.integer("rounds", 3);
    int streamKb = a.integer("stream-kb", 900);
    Path out = a.path("out", Path.of("target", "bench", "multistream.json.bz2"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    long t0 = System.nanoTime();
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20);
        MultistreamOut ms = new MultistreamOut(file, streamKb << 10)) {
      SyntheticWikidataDump.write(ms, origin.entities(), origin.seed());
    }
    System.out.printf(Locale.ROOT, "wrote %,d entities to %s: %,d bytes in %.1f s%n", origin.entities(), out, Files.size(out),
        (System.nanoTime() - t0) / 1e9);
    for (int r = 0; r < rounds; r++) {
      for (int threads = 1; threads <= 2; threads++) {
        AtomicLong n = new AtomicLong();
        long cpu0 = processCpuNanos();
        long s = System.nanoTime();
        new MultistreamWikidataSource(out, WikidataDumpSource.Options.defaults(), threads).read(e -> n.incrementAndGet());
        double secs = (System.nanoTime() - s) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "round %d, %d thread(s): %,d entities in %.2f s = %,.0f entities/s; CPU %.2f s"
            + " (%.2f cores busy on average)%n", r + 1, threads, n.get(), secs, n.get() / secs, cpu, cpu / secs);
      }
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Writes what it is given as a new bzip2 stream every {@code streamBytes}: a multistream file. */
  static final class MultistreamOut extends OutputStream {
    private final OutputStream out;
    private final int streamBytes;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    MultistreamOut(OutputStream out, int streamBytes) {
      this.out = out;
      this.streamBytes = streamBytes;
    }

    @Override
    public void write(int b) throws IOException {
      pending.write(b);
      if (pending.size() >= streamBytes) {
        flushStream();
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      pending.write(b, off, len);
      if (pending.size() >= streamBytes) {
        flushStream();
      }
    }

    private void flushStream() throws IOException {
      if (pending.size() == 0) {
        return;
      }
      ByteArrayOutputStream one = new ByteArrayOutputStream(pending.size() / 4);
      try (BZip2CompressorOutputStream bz = new BZip2CompressorOutputStream(one)) {
        pending.writeTo(bz);
      }
      one.writeTo(out);
      pending.reset();
    }

    @Override
    public void close() throws IOException {
      flushStream();
      out.close();
    }
  }
}
