package io.polylink.kb.store;

import io.polylink.model.EntityId;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.MMapDirectory;

/**
 * A KB opened read-only: the name dictionary over every name in every language and the entity records, memory-mapped
 * from the live generation of a KB directory. Thread-safe; each linking thread takes its own {@link Lookup}.
 *
 * <pre>{@code
 * try (KnowledgeBase kb = KnowledgeBase.open(Path.of("my-kb"))) {
 *   KnowledgeBase.Lookup lookup = kb.lookup();
 *   List<NameHit> hits = lookup.candidates("paris", 10);
 * }
 * }</pre>
 */
public final class KnowledgeBase implements Closeable {

  private final Path kbDir;
  private final Path generation;
  private final KbMetadata metadata;
  private final MMapDirectory directory;
  private final DirectoryReader reader;
  private final RecordCache cache;

  private KnowledgeBase(Path kbDir, Path generation, KbMetadata metadata, MMapDirectory directory,
      DirectoryReader reader) {
    this.kbDir = kbDir;
    this.generation = generation;
    this.metadata = metadata;
    this.directory = directory;
    this.reader = reader;
    this.cache = new RecordCache(1 << 14);
  }

  /**
   * Opens the live generation of the KB at {@code kbDir}.
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
    try {
      DirectoryReader reader = DirectoryReader.open(mmap);
      return new KnowledgeBase(dir, gen, meta, mmap, reader);
    } catch (IOException | RuntimeException e) {
      mmap.close();
      throw new NotAKbException(dir, "its store in " + gen.getFileName() + " cannot be opened: " + e.getMessage());
    }
  }

  /** True when {@code dir} holds a KB (it may still fail to open). */
  public static boolean exists(Path dir) {
    return KbLayout.isKb(dir);
  }

  public Path directory() {
    return kbDir;
  }

  /** The build's metadata (counts, languages, source). */
  public KbMetadata metadata() {
    return metadata;
  }

  /** Number of entities. */
  public int size() {
    return reader.numDocs();
  }

  /** A lookup session for one thread. Cheap; take one per document or per thread. */
  public Lookup lookup() {
    return new Lookup(this);
  }

  /** The entity with {@code id}, if the KB has it. */
  public Optional<EntityRecord> entity(EntityId id) throws IOException {
    return lookup().byId(id);
  }

  List<LeafReaderContext> leaves() {
    return reader.leaves();
  }

  RecordCache cache() {
    return cache;
  }

  Path generationDir() {
    return generation;
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
