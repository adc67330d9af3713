package io.polylink.kb.store;

import io.polylink.kb.source.EntitySource;
import io.polylink.kb.source.SourceStats;
import io.polylink.model.Entity;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds a KB from an {@link EntitySource}, atomically: the new store is written as a new generation beside the live
 * one, and the KB switches to it only when it is complete. Entities added live since an earlier build ({@link
 * KnowledgeBase#add}, in {@code live/}) are not touched: they stay on top of the new generation and keep replacing
 * any entity of the same id in it ({@link KbBuildSummary#liveEntities()} counts them). The source is read on the calling thread; name
 * normalization and indexing run on worker threads, in bounded memory (a bounded hand-off queue and Lucene's RAM
 * buffer).
 *
 * <pre>{@code
 * KbBuildSummary s = KbBuilder.into(Path.of("my-kb")).build(Sources.open("jsonl", Path.of("entities.jsonl"), opts));
 * }</pre>
 */
public final class KbBuilder {

  static final String F_ID = "id";
  static final String F_NAME = "n";
  static final String F_TRANSLIT = "t";
  static final String F_POP = "pop";
  static final String F_RECORD = "rec";
  /** The tie-break of the index sort (see {@link #idHash}), so doc order never depends on thread scheduling. */
  static final String F_ID_HASH = "idh";
  /**
   * Entities sorted by popularity, most popular first, then by id hash: a name's postings list starts with its most
   * popular entities, so candidate retrieval reads only as many postings as it keeps.
   */
  static final org.apache.lucene.search.Sort INDEX_SORT = new org.apache.lucene.search.Sort(
      new org.apache.lucene.search.SortField(F_POP, org.apache.lucene.search.SortField.Type.LONG, true),
      new org.apache.lucene.search.SortField(F_ID_HASH, org.apache.lucene.search.SortField.Type.LONG));
  /** At most this many names of one entity with the same key count towards {@link NameHit#keyCount()}. */
  static final int MAX_KEY_COUNT = 64;

  static final FieldType NAME_TYPE = new FieldType();
  static final FieldType TRANSLIT_TYPE = new FieldType();

  static {
    // Docs only: how many of an entity's names share a key comes from its record (Lookup), so the postings need no
    // frequencies, and a build sorts and writes plain doc lists.
    NAME_TYPE.setIndexOptions(IndexOptions.DOCS);
    NAME_TYPE.setTokenized(true); // a pre-analyzed token stream of keys
    NAME_TYPE.setOmitNorms(true);
    NAME_TYPE.freeze();
    TRANSLIT_TYPE.setIndexOptions(IndexOptions.DOCS);
    TRANSLIT_TYPE.setTokenized(true);
    TRANSLIT_TYPE.setOmitNorms(true);
    TRANSLIT_TYPE.freeze();
  }

  private static final int BATCH = 256;
  /** Where the indexing threads write their parts, inside the generation being built; removed once copied. */
  static final String PARTS = "parts";

  private final Path kbDir;
  private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
  private double ramBufferMb = 0; // 0: the default, see ramBufferMb()
  private LongConsumer progress = n -> { };
  private boolean transliterate = true;

  private KbBuilder(Path kbDir) {
    this.kbDir = kbDir;
  }

  /** A builder that writes the KB at {@code kbDir} (created if absent). */
  public static KbBuilder into(Path kbDir) {
    if (kbDir == null) {
      throw new IllegalArgumentException("KB directory must not be null");
    }
    return new KbBuilder(kbDir.toAbsolutePath().normalize());
  }

  /** Indexing threads; default: available processors. */
  public KbBuilder threads(int n) {
    if (n < 1 || n > 256) {
      throw new IllegalArgumentException("threads must be in [1, 256], got " + n);
    }
    this.threads = n;
    return this;
  }

  /**
   * The indexing buffer of each indexing thread, in MB; default: 512, or 40% of the maximum heap shared by the
   * threads when that is less. A thread's documents are sorted and written as a segment when its buffer is full.
   */
  public KbBuilder ramBufferMb(double mb) {
    if (!(mb >= 16 && mb <= 2048)) {
      throw new IllegalArgumentException("RAM buffer must be in [16, 2048] MB, got " + mb);
    }
    this.ramBufferMb = mb;
    return this;
  }

  private double ramBufferMb() {
    if (ramBufferMb > 0) {
      return ramBufferMb;
    }
    double share = Runtime.getRuntime().maxMemory() * 0.4 / threads / (1 << 20);
    return Math.max(16, Math.min(512, share));
  }

  /** Called with the number of entities indexed so far, every few hundred entities, from any thread. */
  public KbBuilder progress(LongConsumer listener) {
    this.progress = listener == null ? n -> { } : listener;
    return this;
  }

  /** Whether to index romanized keys of non-Latin labels (ICU transliteration); default true. */
  public KbBuilder transliterate(boolean on) {
    this.transliterate = on;
    return this;
  }

  /** Builds the KB from {@code source} and makes it live. On any failure the previous KB stays as it was. */
  public KbBuildSummary build(EntitySource source) throws IOException {
    long t0 = System.nanoTime();
    prepareDirectory();
    try (KbLayout.WriterLock lock = KbLayout.WriterLock.acquire(kbDir)) {
      String gen = KbLayout.nextGeneration(kbDir);
      Path genDir = kbDir.resolve(gen);
      Files.createDirectories(genDir);
      Counters counters = new Counters();
      SourceStats stats;
      try {
        // One pass, one IndexWriter per indexing thread: each thread fills its own buffer, and its segments are sorted
        // by popularity as they are flushed on that thread. A shared writer gives most documents to one buffer (Lucene
        // hands a free thread the largest one), and its last flushes then ran on a single thread while the other
        // cores idled, a third of a build on two cores. The parts are copied into the generation's store and merged
        // only when they left more segments than maxSegments.
        Path partsDir = genDir.resolve(PARTS);
        stats = index(source, partsDir, counters);
        try (FSDirectory dir = FSDirectory.open(genDir); IndexWriter writer = new IndexWriter(dir, config(ramBufferMb()))) {
          List<FSDirectory> parts = new ArrayList<>();
          try {
            for (int i = 0; i < threads; i++) {
              parts.add(FSDirectory.open(partsDir.resolve(Integer.toString(i))));
            }
            writer.addIndexes(parts.toArray(new FSDirectory[0]));
          } finally {
            org.apache.lucene.util.IOUtils.close(parts);
          }
          writer.forceMerge(maxSegments());
          writer.commit();
        }
        KbLayout.deleteTree(partsDir);
        double seconds = (System.nanoTime() - t0) / 1e9;
        KbMetadata meta = new KbMetadata(KbMetadata.FORMAT_VERSION, source.name(), counters.entities.sum(),
            counters.names.sum(), counters.translits.sum(), counters.languages.size(), counters.relations.sum(),
            stats.skipped(), stats.malformed(), seconds, sorted(counters.languages));
        meta.write(genDir.resolve(KbLayout.METADATA));
        KbLayout.switchTo(kbDir, gen);
      } catch (IOException | RuntimeException | Error e) {
        KbLayout.deleteTree(genDir);
        throw e;
      }
      KbLayout.removeOtherGenerations(kbDir, gen);
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new KbBuildSummary(kbDir, gen, counters.entities.sum(), counters.names.sum(), counters.translits.sum(),
          counters.languages.size(), counters.relations.sum(), stats.skipped(), stats.malformed(), seconds,
          LiveStore.count(kbDir));
    }
  }

  private static List<String> sorted(Set<String> s) {
    List<String> l = new ArrayList<>(new TreeSet<>(s));
    return l.size() > 1000 ? l.subList(0, 1000) : l;
  }

  /** Segments a store may keep: the linker probes each, so many would slow it; a few are cheaper than a merge. */
  private int maxSegments() {
    return Math.max(2, threads);
  }

  /**
   * The store's configuration: sorted by popularity; no merges while loading (they would rewrite the same entities
   * again and again); a forced merge, when needed, combines all segments in as few passes as possible.
   */
  private static IndexWriterConfig config(double ramBufferMb) {
    IndexWriterConfig cfg = new IndexWriterConfig();
    cfg.setRAMBufferSizeMB(ramBufferMb);
    cfg.setUseCompoundFile(false);
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    cfg.setCommitOnClose(false);
    cfg.setIndexSort(INDEX_SORT);
    LogByteSizeMergePolicy onlyForced = new LogByteSizeMergePolicy();
    onlyForced.setMergeFactor(1000);
    onlyForced.setMaxMergeMB(Double.MAX_VALUE);
    onlyForced.setMaxMergeMBForForcedMerge(Double.MAX_VALUE);
    cfg.setMergePolicy(onlyForced);
    return cfg;
  }

  /** The directory must be absent, empty, or a KB: never clobber someone's folder. */
  private void prepareDirectory() throws IOException {
    if (Files.exists(kbDir) && !Files.isDirectory(kbDir)) {
      throw new NotAKbException(kbDir, "it exists and is not a directory");
    }
    Files.createDirectories(kbDir);
    if (KbLayout.isKb(kbDir)) {
      return;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(kbDir)) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        if (!n.equals(KbLayout.LOCK) && !n.startsWith(KbLayout.GEN_PREFIX) && !n.startsWith(KbLayout.CURRENT)
            && !n.equals(LiveStore.DIR) && !n.equals(LiveStore.LOCK)) {
          throw new NotAKbException(kbDir, "it is not empty and holds no KB (found '" + n
              + "'); choose an empty or new directory");
        }
      }
    }
  }

  static final class Counters {
    final LongAdder entities = new LongAdder();
    final LongAdder names = new LongAdder();
    final LongAdder translits = new LongAdder();
    final LongAdder relations = new LongAdder();
    final Set<String> languages = ConcurrentHashMap.newKeySet();
  }

  private SourceStats index(EntitySource source, Path partsDir, Counters counters) throws IOException {
    BlockingQueue<List<Entity>> queue = new ArrayBlockingQueue<>(threads * 4);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>();
    double bufferMb = ramBufferMb();
    for (int i = 0; i < threads; i++) {
      Path part = partsDir.resolve(Integer.toString(i));
      Files.createDirectories(part);
      Thread t = new Thread(() -> work(queue, part, bufferMb, counters, failure), "polylink-kb-indexer-" + i);
      t.setDaemon(true);
      t.start();
      workers.add(t);
    }
    SourceStats stats;
    java.util.concurrent.atomic.AtomicReference<List<Entity>> batch = new AtomicReference<>(new ArrayList<>(BATCH));
    try {
      stats = source.read(e -> {
        batch.get().add(e);
        if (batch.get().size() == BATCH) {
          put(queue, batch.get(), failure);
          batch.set(new ArrayList<>(BATCH));
        }
      });
      if (!batch.get().isEmpty()) {
        put(queue, batch.get(), failure);
      }
    } finally {
      // One poison pill per worker. Workers keep taking until their pill (a failed one drains without indexing), so
      // the queue always empties; never drop a queued batch to make room.
      for (int i = 0; i < threads; i++) {
        try {
          while (!queue.offer(List.of(), 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            if (workers.stream().noneMatch(Thread::isAlive)) {
              break;
            }
          }
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while indexing");
        }
      }
      for (Thread t : workers) {
        try {
          t.join();
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while indexing");
        }
      }
    }
    Throwable f = failure.get();
    if (f instanceof IOException io) {
      throw io;
    } else if (f instanceof RuntimeException re) {
      throw re;
    } else if (f instanceof Error err) {
      throw err;
    }
    return stats;
  }

  private static void put(BlockingQueue<List<Entity>> queue, List<Entity> batch, AtomicReference<Throwable> failure) {
    try {
      while (!queue.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        rethrow(failure);
      }
      rethrow(failure);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("interrupted while indexing"));
    }
  }

  private static void rethrow(AtomicReference<Throwable> failure) {
    Throwable f = failure.get();
    if (f != null) {
      throw new IllegalStateException("indexing failed: " + f.getMessage(), f);
    }
  }

  /**
   * One indexing thread: takes batches until its poison pill, into its own writer, which it commits (flushing its
   * last buffer here, in parallel with the other threads) and closes. After a failure anywhere it drains without
   * indexing and discards its part.
   */
  private void work(BlockingQueue<List<Entity>> queue, Path part, double bufferMb, Counters counters,
      AtomicReference<Throwable> failure) {
    EntityDocuments documents = new EntityDocuments(transliterate, counters);
    try (FSDirectory dir = FSDirectory.open(part); IndexWriter writer = new IndexWriter(dir, config(bufferMb))) {
      while (true) {
        List<Entity> batch = queue.take();
        if (batch.isEmpty()) {
          break;
        }
        if (failure.get() != null) {
          continue; // drain until the pill
        }
        try {
          for (Entity e : batch) {
            writer.addDocument(documents.document(e));
          }
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
          continue;
        }
        counters.entities.add(batch.size());
        progress.accept(counters.entities.sum());
      }
      if (failure.get() == null) {
        writer.commit();
      } else {
        writer.rollback();
      }
    } catch (Throwable t) {
      failure.compareAndSet(null, t);
    }
  }

  /**
   * The tie-break among equally popular entities, stable across runs and JVMs. Wikidata items sort by their number,
   * lowest first: items were numbered as they were created, and the first ones are the most notable topics; other
   * ids come after them, in the order of a 64-bit FNV-1a hash of the id.
   */
  static long idHash(String id) {
    if (id.length() > 1 && id.length() < 19 && id.charAt(0) == 'Q') {
      long n = 0;
      for (int i = 1; i < id.length(); i++) {
        char c = id.charAt(i);
        if (c < '0' || c > '9') {
          n = -1;
          break;
        }
        n = n * 10 + (c - '0');
      }
      if (n >= 0) {
        return n;
      }
    }
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    return (1L << 62) | (h >>> 2); // above every item number
  }
}
