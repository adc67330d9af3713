package io.polylink.kb.store;

import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * A KB opened for linking: the name dictionary over every name in every language and the entity records,
 * memory-mapped from the live generation of a KB directory, plus the entities added to it since the build ({@link
 * #add}). Thread-safe; each linking thread takes its own {@link Lookup}.
 *
 * <pre>{@code
 * try (KnowledgeBase kb = KnowledgeBase.open(Path.of("my-kb"))) {
 *   Lookup lookup = kb.lookup();
 *   List<NameHit> hits = lookup.candidates("paris", 10);
 *   kb.add(List.of(EntityAddition.of(new Entity(EntityId.of("new:1"), Map.of("de", "Weberling AG"), Map.of(),
 *       Map.of(), Map.of(), 3, EntityType.ORGANIZATION))));       // linkable by the next lookup
 * }
 * }</pre>
 *
 * <p><b>Live additions.</b> {@link #add} writes entities into a small Lucene index in {@code live/} beside the
 * built generations, in one durable commit, and this instance sees them at once. Other processes that have the KB
 * open see them at their next {@link #lookup()} after {@link #refreshInterval()} (default 1 s), or at once after
 * {@link #refresh()}. An added entity whose id the build (or an earlier add) already has replaces that entity.
 * Any number of threads and processes may add at the same time (they take turns); readers never wait for writers.
 * A rebuild ({@code kb build}) does not touch {@code live/}: the live additions stay on top of the new generation,
 * and still replace any entity of the same id in it.
 */
public final class KnowledgeBase implements Closeable {

  /** How often {@link #lookup()} checks for live additions made by other processes, by default. */
  public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofSeconds(1);

  private static final Cleaner LOOKUP_CLEANER = Cleaner.create(r -> {
    Thread t = new Thread(r, "polylink-kb-lookup-cleaner");
    t.setDaemon(true);
    return t;
  });

  private final Path kbDir;
  private final Path generation;
  private final KbMetadata metadata;
  private final MMapDirectory directory;
  private final DirectoryReader reader;
  private final RecordCache cache;
  private final ReentrantLock refreshLock = new ReentrantLock();
  private volatile KbView view;
  private MMapDirectory liveDirectory; // guarded by refreshLock; opened when live additions first appear
  private volatile long refreshIntervalNanos = DEFAULT_REFRESH_INTERVAL.toNanos();
  private volatile long nextCheck;

  private KnowledgeBase(Path kbDir, Path generation, KbMetadata metadata, MMapDirectory directory,
      DirectoryReader reader) {
    this.kbDir = kbDir;
    this.generation = generation;
    this.metadata = metadata;
    this.directory = directory;
    this.reader = reader;
    this.cache = new RecordCache(1 << 16);
    this.view = KbView.baseOnly(reader);
  }

  /**
   * Opens the live generation of the KB at {@code kbDir}, with its live additions.
   *
   * @throws NotAKbException when the directory is not a KB, with the reason
   */
  public static KnowledgeBase open(Path kbDir) throws IOException {
    Path dir = kbDir.toAbsolutePath().normalize();
    Path gen = KbLayout.current(dir);
    KbMetadata meta = KbMetadata.read(gen.resolve(KbLayout.METADATA));
    if (meta.formatVersion() != KbMetadata.FORMAT_VERSION) {
      throw new NotAKbException(dir, "store format " + meta.formatVersion() + " is not supported by this version (expects "
          + KbMetadata.FORMAT_VERSION + "); rebuild it");
    }
    MMapDirectory mmap = new MMapDirectory(gen);
    DirectoryReader reader;
    try {
      reader = DirectoryReader.open(mmap);
    } catch (IOException | RuntimeException e) {
      mmap.close();
      throw new NotAKbException(dir, "its store in " + gen.getFileName() + " cannot be opened: " + e.getMessage());
    }
    KnowledgeBase kb = new KnowledgeBase(dir, gen, meta, mmap, reader);
    try {
      kb.refresh();
    } catch (IOException | RuntimeException e) {
      kb.close();
      throw e instanceof NotAKbException n ? n
          : new NotAKbException(dir, "its live additions in " + LiveStore.DIR + "/ cannot be opened: " + e.getMessage());
    }
    return kb;
  }

  /** True when {@code dir} holds a KB (it may still fail to open). */
  public static boolean exists(Path dir) {
    return KbLayout.isKb(dir);
  }

  public Path directory() {
    return kbDir;
  }

  /** The build's metadata (counts, languages, source); live additions are counted by {@link #liveEntities()}. */
  public KbMetadata metadata() {
    return metadata;
  }

  /** Number of entities, live additions included. */
  public long size() {
    return view.size;
  }

  /** Number of entities added since the build (see {@link #add}), as of the last refresh. */
  public long liveEntities() {
    return view.liveEntities;
  }

  /**
   * A lookup session for one thread. Cheap; take one per document or per thread, and close it when done (an
   * unclosed one is released when it is garbage). It sees the KB as it was when it was taken.
   */
  public Lookup lookup() {
    maybeRefresh();
    while (true) {
      KbView v = view;
      if (v.acquire()) {
        return new Lookup(this, v, LOOKUP_CLEANER);
      }
      // a refresh retired this view between the read and the acquire: the next read sees its successor
    }
  }

  /** The entity with {@code id}, if the KB has it. */
  public Optional<EntityRecord> entity(EntityId id) throws IOException {
    try (Lookup l = lookup()) {
      return l.byId(id);
    }
  }

  /**
   * Adds entities to the KB, durably and atomically (all or none), and makes them visible to this instance's next
   * lookups at once. An entity whose id the KB already has replaces it. Safe to call from any thread and from
   * several processes at the same time: adds take turns (waiting up to two minutes for another process's add).
   *
   * <p>A newcomer named like entities the KB already holds gets at most their highest popularity: popularity is
   * a prior, and a cluster of mentions from one corpus must not outrank, on the prior alone, what the KB linked
   * before under the same name (context and coherence still decide between them). Replacements keep theirs.
   *
   * @throws IllegalArgumentException when the list is empty or an entity has no name to link it by; nothing is
   *     written then
   * @throws KbBusyException when another process held the writer lock for too long
   */
  public LiveAddSummary add(List<EntityAddition> additions) throws IOException {
    LiveAddSummary s = LiveStore.add(kbDir, capPopularity(additions), this::inBuild);
    refresh();
    return s;
  }

  private List<EntityAddition> capPopularity(List<EntityAddition> additions) throws IOException {
    if (additions == null) {
      return null; // LiveStore explains
    }
    List<EntityAddition> out = new java.util.ArrayList<>(additions.size());
    try (Lookup l = lookup()) {
      for (EntityAddition a : additions) {
        if (a == null || l.byId(a.entity().id()).isPresent()) {
          out.add(a);
          continue;
        }
        long cap = -1;
        for (String name : a.entity().allNames()) {
          String key = io.polylink.kb.text.TextNormalizer.key(name);
          if (key.isEmpty()) {
            continue;
          }
          for (NameHit h : l.candidates(key, 64)) {
            cap = Math.max(cap, h.record().popularity());
          }
        }
        Entity e = a.entity();
        if (cap >= 0 && e.popularity() > cap) {
          e = new Entity(e.id(), e.labels(), e.aliases(), e.descriptions(), e.relations(), cap, e.type());
          a = new EntityAddition(e, a.contexts());
        }
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Looks for live additions made by other processes now, instead of at the next {@link #lookup()} after the
   * refresh interval.
   *
   * @return true when the KB changed
   */
  public boolean refresh() throws IOException {
    refreshLock.lock();
    try {
      return doRefresh();
    } finally {
      refreshLock.unlock();
    }
  }

  /** How often {@link #lookup()} looks for live additions made by other processes. */
  public Duration refreshInterval() {
    return Duration.ofNanos(refreshIntervalNanos);
  }

  /** Sets how often {@link #lookup()} looks for live additions made by other processes (zero: at every lookup). */
  public KnowledgeBase refreshInterval(Duration interval) {
    if (interval == null || interval.isNegative()) {
      throw new IllegalArgumentException("refresh interval must be zero or positive, got " + interval);
    }
    this.refreshIntervalNanos = interval.toNanos();
    this.nextCheck = System.nanoTime() + refreshIntervalNanos;
    return this;
  }

  private void maybeRefresh() {
    if (System.nanoTime() - nextCheck < 0 || !refreshLock.tryLock()) {
      return; // not due, or another thread is refreshing: use the current view
    }
    try {
      doRefresh();
    } catch (IOException | RuntimeException e) {
      // Keep serving the current view; the next check retries. refresh() reports the problem to a caller that asks.
    } finally {
      refreshLock.unlock();
    }
  }

  private boolean doRefresh() throws IOException {
    nextCheck = System.nanoTime() + refreshIntervalNanos;
    KbView current = view;
    DirectoryReader next;
    if (current.live == null) {
      Path liveDir = LiveStore.dir(kbDir);
      if (!Files.isDirectory(liveDir)) {
        return false;
      }
      if (liveDirectory == null) {
        liveDirectory = new MMapDirectory(liveDir);
      }
      if (!DirectoryReader.indexExists(liveDirectory)) {
        return false;
      }
      next = DirectoryReader.open(liveDirectory);
    } else {
      next = DirectoryReader.openIfChanged(current.live);
      if (next == null) {
        return false;
      }
    }
    KbView updated;
    try {
      String format = next.getIndexCommit().getUserData().get(LiveStore.FORMAT_KEY);
      if (!Integer.toString(KbMetadata.FORMAT_VERSION).equals(format)) {
        throw new NotAKbException(kbDir, "its live additions in " + LiveStore.DIR + "/ are in store format " + format
            + ", this version reads " + KbMetadata.FORMAT_VERSION);
      }
      updated = current.withLive(reader, next);
    } catch (IOException | RuntimeException e) {
      next.close();
      throw e;
    }
    view = updated;
    current.release(); // the retired view's own reference; lookups still using it hold theirs
    return true;
  }

  private boolean inBuild(String id) {
    try {
      BytesRef k = new BytesRef(id);
      for (LeafReaderContext ctx : reader.leaves()) {
        Terms t = ctx.reader().terms(KbBuilder.F_ID);
        if (t != null && t.iterator().seekExact(k)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  RecordCache cache() {
    return cache;
  }

  Path generationDir() {
    return generation;
  }

  @Override
  public void close() throws IOException {
    refreshLock.lock();
    try {
      view.release();
      if (liveDirectory != null) {
        liveDirectory.close();
      }
    } finally {
      refreshLock.unlock();
      try {
        reader.close();
      } finally {
        directory.close();
      }
    }
  }
}
