package io.polylink.kb.source;

import io.polylink.model.Entity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * A Wikidata dump in multistream bzip2 ({@code latest-all.json.bz2} is one: many bzip2 streams, one after another)
 * read on several cores. Each stream starts on a byte boundary with {@code BZh1..9} and the block magic
 * {@code 0x314159265359}, so the file splits into chunks of whole streams without decompressing it; worker threads
 * decompress and parse a chunk each, and the caller's thread hands the entities to the sink in file order (the same
 * entities, in the same order, as {@link WikidataDumpSource}), parsing only the one line that straddles two chunks.
 * Memory: at most {@code 2 * threads} chunks in flight, each {@link #CHUNK_BYTES} compressed (about 15 times that
 * decompressed, plus its entities).
 *
 * <p>A file of one stream (or a small file) is read by {@link WikidataDumpSource} as it is. A malformed line in a
 * chunk is reported with the byte offset of the chunk's first stream and its line number within the chunk.
 */
public final class MultistreamWikidataSource implements EntitySource {
  /** Compressed bytes per chunk, about: enough work per task, little memory. */
  static final int CHUNK_BYTES = 4 << 20;
  private static final byte[] BLOCK_MAGIC = {0x31, 0x41, 0x59, 0x26, 0x53, 0x59};

  private final Path path;
  private final WikidataDumpSource.Options options;
  private final int threads;
  private final int chunkBytes;

  /**
   * A source reading {@code path} on {@code threads} worker threads.
   *
   * @throws IllegalArgumentException when {@code threads} is not in [1, 256]
   */
  public MultistreamWikidataSource(Path path, WikidataDumpSource.Options options, int threads) {
    this(path, options, threads, CHUNK_BYTES);
  }

  MultistreamWikidataSource(Path path, WikidataDumpSource.Options options, int threads, int chunkBytes) {
    this.path = Objects.requireNonNull(path, "input path must not be null");
    this.options = options == null ? WikidataDumpSource.Options.defaults() : options;
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads must be in [1, 256], got " + threads);
    }
    this.threads = threads;
    this.chunkBytes = chunkBytes;
  }

  /** True when {@code path} is a regular file in bzip2 (by its magic bytes): a candidate for reading in parallel. */
  public static boolean isBzip2File(Path path) throws IOException {
    return Files.isRegularFile(path) && CompressedInput.formatOf(path) == CompressedInput.Format.BZIP2;
  }

  @Override
  public String name() {
    Path n = path.getFileName();
    return n == null ? path.toString() : n.toString();
  }

  /**
   * The byte offsets where bzip2 streams start, in order: a scan of the compressed bytes for the stream header. A
   * false match inside compressed data needs ten given bytes (2^-80 per position) and would fail decompression loudly.
   */
  static long[] streamStarts(Path path) throws IOException {
    long[] out = new long[1024];
    int n = 0;
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate(1 << 20);
      byte[] b = buf.array();
      long base = 0; // file offset of b[0]
      int keep = 0;
      while (true) {
        int r = ch.read(ByteBuffer.wrap(b, keep, b.length - keep));
        if (r < 0) {
          break;
        }
        int lim = keep + r;
        int last = lim - 10;
        for (int i = 0; i <= last; i++) {
          if (b[i] == 'B' && b[i + 1] == 'Z' && b[i + 2] == 'h' && b[i + 3] >= '1' && b[i + 3] <= '9'
              && b[i + 4] == BLOCK_MAGIC[0] && b[i + 5] == BLOCK_MAGIC[1] && b[i + 6] == BLOCK_MAGIC[2]
              && b[i + 7] == BLOCK_MAGIC[3] && b[i + 8] == BLOCK_MAGIC[4] && b[i + 9] == BLOCK_MAGIC[5]) {
            if (n == out.length) {
              out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = base + i;
          }
        }
        // keep the last 9 bytes: a header may straddle two reads
        int from = Math.max(0, lim - 9);
        System.arraycopy(b, from, b, 0, lim - from);
        base += from;
        keep = lim - from;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Chunk boundaries: [start, end) byte ranges of whole streams, each about {@code chunkBytes} long. */
  static List<long[]> chunks(long[] starts, long size, int chunkBytes) {
    List<long[]> out = new ArrayList<>();
    long from = 0;
    for (long s : starts) {
      if (s - from >= chunkBytes) {
        out.add(new long[] {from, s});
        from = s;
      }
    }
    if (size > from) {
      out.add(new long[] {from, size});
    }
    return out;
  }

  @Override
  public SourceStats read(Consumer<Entity> sink) throws IOException {
    Objects.requireNonNull(sink, "sink must not be null");
    long[] starts = streamStarts(path);
    long size = Files.size(path);
    // a small file still gives every thread several chunks to take turns on
    int target = (int) Math.max(1, Math.min(chunkBytes, size / (8L * threads)));
    List<long[]> chunks = starts.length > 0 && starts[0] == 0 ? chunks(starts, size, target) : List.of();
    if (chunks.size() <= 1) { // one stream, or not stream-aligned: the plain reader, with exact line numbers
      return new WikidataDumpSource(path, options).read(sink);
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "polylink-dump-reader-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
    Totals totals = new Totals();
    byte[] carry = new byte[0];
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      int next = 0;
      while (next < chunks.size() || !inFlight.isEmpty()) {
        while (next < chunks.size() && inFlight.size() < 2 * threads) {
          long[] range = chunks.get(next++);
          byte[] compressed = readRange(ch, range[0], range[1]);
          inFlight.add(pool.submit(() -> parse(compressed, range[0])));
        }
        Chunk c = await(inFlight.removeFirst());
        if (c.middle == null) { // no line ends in this chunk: it continues the carried line
          carry = concat(carry, c.head);
          continue;
        }
        parseOne(concat(carry, c.head), c.start, sink, totals);
        c.entities.forEach(sink);
        totals.add(c.stats);
        carry = c.tail;
      }
      parseOne(carry, -1, sink, totals);
    } finally {
      inFlight.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
    return totals.stats();
  }

  private static byte[] readRange(FileChannel ch, long from, long to) throws IOException {
    byte[] b = new byte[Math.toIntExact(to - from)];
    ByteBuffer buf = ByteBuffer.wrap(b);
    long pos = from;
    while (buf.hasRemaining()) {
      int r = ch.read(buf, pos);
      if (r < 0) {
        throw new SourceException(from + "", 0, "file shrank while being read");
      }
      pos += r;
    }
    return b;
  }

  /** A decompressed chunk: its first partial line, the entities of its whole lines, its last partial line. */
  private record Chunk(long start, byte[] head, byte[] middle, byte[] tail, List<Entity> entities, SourceStats stats) {}

  private Chunk parse(byte[] compressed, long start) throws IOException {
    byte[] plain;
    try (InputStream in = new BZip2CompressorInputStream(new ByteArrayInputStream(compressed), true)) {
      plain = in.readAllBytes();
    } catch (IOException e) {
      throw new SourceException(path.toString(), 0, "bzip2 stream at byte " + start + " is corrupt: " + e.getMessage(),
          e);
    }
    int first = indexOf(plain, 0);
    if (first < 0) {
      return new Chunk(start, plain, null, null, List.of(), null);
    }
    int last = lastIndexOf(plain);
    byte[] head = Arrays.copyOfRange(plain, 0, first);
    byte[] tail = Arrays.copyOfRange(plain, last + 1, plain.length);
    List<Entity> entities = new ArrayList<>();
    WikidataDumpSource part = new WikidataDumpSource(path, label(start), options);
    SourceStats stats = part.read(new ByteArrayInputStream(plain, first + 1, last - first), entities::add);
    return new Chunk(start, head, plain, tail, entities, stats);
  }

  private String label(long start) {
    return path + " (chunk at byte " + start + ")";
  }

  /** Parses one line stitched across two chunks (or the last one), on the caller's thread. */
  private void parseOne(byte[] line, long start, Consumer<Entity> sink, Totals totals) throws IOException {
    if (line.length == 0) {
      return;
    }
    WikidataDumpSource one = new WikidataDumpSource(path, start < 0 ? path + " (last line)" : label(start), options);
    totals.add(one.read(new ByteArrayInputStream(line), sink));
  }

  private static Chunk await(Future<Chunk> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while reading the dump");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException(e.getCause());
    }
  }

  private static int indexOf(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(byte[] b) {
    for (int i = b.length - 1; i >= 0; i--) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    if (a.length == 0) {
      return b;
    }
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Sums of the chunks' statistics. */
  private static final class Totals {
    long entities;
    long malformed;
    long lines;
    final Map<String, Long> skipped = new LinkedHashMap<>();

    void add(SourceStats s) {
      entities += s.entities();
      malformed += s.malformed();
      lines += s.lines();
      s.skipped().forEach((k, v) -> skipped.merge(k, v, Long::sum));
    }

    SourceStats stats() {
      return new SourceStats(entities, skipped, malformed, lines);
    }
  }
}
