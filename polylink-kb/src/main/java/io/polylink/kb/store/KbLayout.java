package io.polylink.kb.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The on-disk layout of a KB directory: generation folders {@code gen-NNNNNN/} (each a complete store) and a
 * {@code CURRENT} file naming the live one. A build writes a new generation beside the live one and switches by
 * atomically replacing {@code CURRENT}; a build killed half-way leaves {@code CURRENT} on the previous generation, and
 * the next build removes the orphan. Writers hold an OS lock on {@code build.lock}, released even if the process dies.
 */
final class KbLayout {

  static final String CURRENT = "CURRENT";
  static final String LOCK = "build.lock";
  static final String GEN_PREFIX = "gen-";
  static final String METADATA = "kb.json";

  private KbLayout() {}

  /** The live generation folder of {@code kbDir}; fails with a clear message when the folder is not a KB. */
  static Path current(Path kbDir) throws IOException {
    if (!Files.isDirectory(kbDir)) {
      throw new NotAKbException(kbDir, Files.exists(kbDir) ? "it is not a directory" : "it does not exist");
    }
    Path current = kbDir.resolve(CURRENT);
    String gen;
    try {
      gen = Files.readString(current, StandardCharsets.UTF_8).strip();
    } catch (NoSuchFileException e) {
      throw new NotAKbException(kbDir, "no " + CURRENT + " file (build one with `polylink kb build`)");
    }
    if (!gen.startsWith(GEN_PREFIX) || gen.contains("/") || gen.contains("\\")) {
      throw new NotAKbException(kbDir, CURRENT + " names '" + gen + "', not a generation folder");
    }
    Path genDir = kbDir.resolve(gen);
    if (!Files.isRegularFile(genDir.resolve(METADATA))) {
      throw new NotAKbException(kbDir, "generation " + gen + " is missing its " + METADATA);
    }
    return genDir;
  }

  /** True when {@code dir} looks like a KB directory (has a CURRENT file). */
  static boolean isKb(Path dir) {
    return Files.isRegularFile(dir.resolve(CURRENT));
  }

  /** The next generation folder name, above every existing one (live or orphaned). */
  static String nextGeneration(Path kbDir) throws IOException {
    int max = 0;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(kbDir, GEN_PREFIX + "*")) {
      for (Path p : ds) {
        String n = p.getFileName().toString().substring(GEN_PREFIX.length());
        try {
          max = Math.max(max, Integer.parseInt(n));
        } catch (NumberFormatException ignored) {
          // not ours
        }
      }
    }
    return String.format(java.util.Locale.ROOT, "%s%06d", GEN_PREFIX, max + 1);
  }

  /** Atomically points CURRENT at {@code gen}. */
  static void switchTo(Path kbDir, String gen) throws IOException {
    Path tmp = kbDir.resolve(CURRENT + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ch.write(java.nio.ByteBuffer.wrap((gen + "\n").getBytes(StandardCharsets.UTF_8)));
      ch.force(true);
    }
    try {
      Files.move(tmp, kbDir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system of " + kbDir + " cannot replace files atomically; a KB needs one", e);
    }
    fsyncDir(kbDir);
  }

  /** Deletes every generation except {@code keep} (orphans of killed builds, superseded generations). */
  static void removeOtherGenerations(Path kbDir, String keep) throws IOException {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(kbDir, GEN_PREFIX + "*")) {
      for (Path p : ds) {
        if (!p.getFileName().toString().equals(keep)) {
          deleteTree(p);
        }
      }
    }
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }

  private static void fsyncDir(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException ignored) {
      // some file systems do not allow opening directories; the rename is still atomic
    }
  }

  /** An exclusive writer lock on a KB directory. */
  static final class WriterLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    static WriterLock acquire(Path kbDir) throws IOException {
      FileChannel ch = FileChannel.open(kbDir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        ch.close();
        throw new KbBusyException(kbDir);
      }
      return new WriterLock(ch, lock);
    }

    @Override
    public void close() throws IOException {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
