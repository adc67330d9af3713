package io.polylink.bench;

import io.polylink.bench.synth.SyntheticWikidataDump;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Synthetic dumps and KBs on disk, reused between runs: a dump is regenerated only when its recorded entity count,
 * seed or size do not match, and a KB records which dump it was built from so that the link benchmarks can generate
 * documents mentioning its names.
 */
final class SyntheticData {

  /**
   * What a dump or KB was made from.
   *
   * @param entities entities in the dump
   * @param seed the generator's seed
   */
  record Origin(int entities, long seed) {
    Origin {
      if (entities < 1) {
        throw new IllegalArgumentException("entity count must be >= 1, got " + entities);
      }
    }
  }

  private SyntheticData() {}

  /** The default dump file for {@code origin} under {@code dir}. */
  static Path defaultDump(Path dir, Origin origin) {
    return dir.resolve("synthetic-wikidata-" + origin.entities() + "-" + origin.seed() + ".json");
  }

  /**
   * Makes sure {@code dump} holds the synthetic dump of {@code origin}, writing it when it is absent or was made with
   * other settings.
   *
   * @return seconds spent generating, 0 when the file was reused
   */
  static double ensureDump(Path dump, Origin origin) throws IOException {
    Path meta = sidecar(dump);
    if (Files.isRegularFile(dump) && Files.isRegularFile(meta)) {
      Properties p = load(meta);
      if (String.valueOf(origin.entities()).equals(p.getProperty("entities"))
          && String.valueOf(origin.seed()).equals(p.getProperty("seed"))
          && String.valueOf(Files.size(dump)).equals(p.getProperty("bytes"))) {
        return 0;
      }
    }
    Path dir = dump.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Files.deleteIfExists(meta);
    long t0 = System.nanoTime();
    SyntheticWikidataDump.write(dump, origin.entities(), origin.seed());
    double seconds = (System.nanoTime() - t0) / 1e9;
    Properties p = new Properties();
    p.setProperty("entities", String.valueOf(origin.entities()));
    p.setProperty("seed", String.valueOf(origin.seed()));
    p.setProperty("bytes", String.valueOf(Files.size(dump)));
    store(meta, p);
    return seconds;
  }

  /** Records that the KB at {@code kbDir} was built from the dump of {@code origin}. */
  static void recordKbOrigin(Path kbDir, Origin origin) throws IOException {
    Properties p = new Properties();
    p.setProperty("entities", String.valueOf(origin.entities()));
    p.setProperty("seed", String.valueOf(origin.seed()));
    store(kbSidecar(kbDir), p);
  }

  /** What the KB at {@code kbDir} was built from, or {@code fallback} when it was not built by these benchmarks. */
  static Origin kbOrigin(Path kbDir, Origin fallback) throws IOException {
    Path meta = kbSidecar(kbDir);
    if (!Files.isRegularFile(meta)) {
      return fallback;
    }
    Properties p = load(meta);
    try {
      return new Origin(Integer.parseInt(p.getProperty("entities")), Long.parseLong(p.getProperty("seed")));
    } catch (RuntimeException e) {
      throw new IOException("unreadable KB origin " + meta + ": " + e.getMessage(), e);
    }
  }

  // Beside the KB, not in it: the KB builder refuses folders holding files it does not know.
  private static Path kbSidecar(Path kbDir) {
    Path abs = kbDir.toAbsolutePath().normalize();
    return abs.resolveSibling(abs.getFileName() + ".origin.properties");
  }

  private static Path sidecar(Path dump) {
    Path abs = dump.toAbsolutePath().normalize();
    return abs.resolveSibling(abs.getFileName() + ".properties");
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static void store(Path file, Properties p) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    try (OutputStream out = Files.newOutputStream(file);
        java.io.Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      p.store(w, "polylink-bench synthetic data");
    }
  }
}
