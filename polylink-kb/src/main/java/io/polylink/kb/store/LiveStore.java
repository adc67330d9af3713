package io.polylink.kb.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The writing side of a KB's live additions: a small Lucene index in {@code kbDir/live/}, beside the built
 * generations, in the same document form and sort as a build. Each {@link #add} is one Lucene commit (all of its
 * entities or none, fsynced before it returns). Writers are serialized within a process by a lock per KB directory
 * and across processes by an OS lock on {@code kbDir/live.lock}, so any number of threads and processes may add at
 * once; none waits for a {@code kb build}, which never touches {@code live/}.
 */
final class LiveStore {

  static final String DIR = "live";
  static final String LOCK = "live.lock";
  /** Commit user data naming the store format the live index was written in. */
  static final String FORMAT_KEY = "polylink.format";
  /** How long an add waits for another process's add before giving up. */
  static final long LOCK_TIMEOUT_MS = 120_000;

  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private LiveStore() {}

  static Path dir(Path kbDir) {
    return kbDir.resolve(DIR);
  }

  /**
   * Adds (or replaces, by id) the entities in one commit.
   *
   * @param inBuild tells whether an id is in the KB's built generation, to report it as replaced
   * @throws IllegalArgumentException before anything is written, when an entity has no usable name
   */
  static LiveAddSummary add(Path kbDir, List<EntityAddition> additions, Predicate<String> inBuild)
      throws IOException {
    long t0 = System.nanoTime();
    if (additions == null || additions.isEmpty()) {
      throw new IllegalArgumentException("nothing to add: the list of entities is empty");
    }
    // Validate and encode everything first: a bad entity fails the whole add before a byte is written.
    Map<String, EntityRecord> records = new LinkedHashMap<>();
    for (int i = 0; i < additions.size(); i++) {
      EntityAddition a = additions.get(i);
      if (a == null) {
        throw new IllegalArgumentException("entity #" + (i + 1) + " is null");
      }
      EntityRecord rec = RecordCodec.toRecord(a.entity(), a.contexts());
      if (rec.names().isEmpty()) {
        throw new IllegalArgumentException("entity #" + (i + 1) + " (" + a.entity().id() + ") has no name to link it "
            + "by: give at least one non-blank label or alias");
      }
      records.remove(rec.id().value()); // the last version of an id in one add wins, in its position
      records.put(rec.id().value(), rec);
    }
    ReentrantLock local = IN_PROCESS.computeIfAbsent(kbDir, k -> new ReentrantLock());
    try {
      if (!local.tryLock(LOCK_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
        throw new KbBusyException(kbDir, LOCK);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to add to " + kbDir);
    }
    try (FileLock ignored = fileLock(kbDir)) {
      Path liveDir = dir(kbDir);
      Files.createDirectories(liveDir);
      List<String> added = new ArrayList<>();
      List<String> replaced = new ArrayList<>();
      try (FSDirectory dir = FSDirectory.open(liveDir); IndexWriter w = new IndexWriter(dir, config())) {
        try (DirectoryReader before = DirectoryReader.open(w)) {
          for (String id : records.keySet()) {
            (has(before, id) || inBuild.test(id) ? replaced : added).add(id);
          }
        }
        EntityDocuments documents = new EntityDocuments(true, null);
        for (EntityRecord rec : records.values()) {
          w.updateDocument(new Term(KbBuilder.F_ID, rec.id().value()), documents.document(rec));
        }
        w.setLiveCommitData(Map.of(FORMAT_KEY, Integer.toString(KbMetadata.FORMAT_VERSION)).entrySet());
        w.commit();
        // Merges run here, on this thread (serial scheduler), and are committed before the writer closes: a writer
        // lives for one add, so a background merge would be thrown away, and small adds would pile up segments.
        w.maybeMerge();
        w.commit();
        long live = w.getDocStats().numDocs;
        return new LiveAddSummary(added, replaced, live, (System.nanoTime() - t0) / 1e9);
      }
    } finally {
      local.unlock();
    }
  }

  /** Entities held by the live additions of {@code kbDir}; 0 when it has none. */
  static long count(Path kbDir) throws IOException {
    Path liveDir = dir(kbDir);
    if (!Files.isDirectory(liveDir)) {
      return 0;
    }
    try (FSDirectory dir = FSDirectory.open(liveDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return 0;
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        return r.numDocs();
      }
    }
  }

  private static IndexWriterConfig config() {
    IndexWriterConfig cfg = new IndexWriterConfig();
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setIndexSort(KbBuilder.INDEX_SORT); // candidate retrieval reads each segment's most popular entities first
    cfg.setUseCompoundFile(true); // many small segments: fewer files
    cfg.setCommitOnClose(false); // an add that fails half-way leaves the last commit as it was
    cfg.setMergeScheduler(new SerialMergeScheduler());
    return cfg;
  }

  private static boolean has(DirectoryReader r, String id) throws IOException {
    BytesRef k = new BytesRef(id);
    for (LeafReaderContext ctx : r.leaves()) {
      Terms terms = ctx.reader().terms(KbBuilder.F_ID);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (te.seekExact(k)) {
        Bits live = ctx.reader().getLiveDocs();
        PostingsEnum p = te.postings(null, PostingsEnum.NONE);
        for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
          if (live == null || live.get(d)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The cross-process writer lock, waited for (polling) up to {@link #LOCK_TIMEOUT_MS}. */
  private static FileLock fileLock(Path kbDir) throws IOException {
    FileChannel ch = FileChannel.open(kbDir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LOCK_TIMEOUT_MS);
    try {
      while (true) {
        FileLock lock;
        try {
          lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null; // held by this JVM through another path spelling; wait like for another process
        }
        if (lock != null) {
          return new ChannelLock(ch, lock);
        }
        if (System.nanoTime() > deadline) {
          throw new KbBusyException(kbDir, LOCK);
        }
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      ch.close();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to add to " + kbDir);
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  /** A file lock that closes its channel when released. */
  private static final class ChannelLock extends FileLock {
    private final FileLock inner;

    ChannelLock(FileChannel ch, FileLock inner) {
      super(ch, inner.position(), inner.size(), inner.isShared());
      this.inner = inner;
    }

    @Override
    public boolean isValid() {
      return inner.isValid();
    }

    @Override
    public void release() throws IOException {
      try {
        inner.release();
      } finally {
        channel().close();
      }
    }
  }
}
