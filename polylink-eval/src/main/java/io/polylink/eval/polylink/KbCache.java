package io.polylink.eval.polylink;

import io.polylink.kb.source.EntitySource;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * KBs the evaluation builds from data files (ELEVANT names, PPRforNED candidates, MELO corpora, the CLDR starter KB),
 * built once into a cache folder and reused by later runs while their fingerprint (source checksum and recipe version)
 * is unchanged. The folder is {@code -Dpolylink.kb.cache}, else {@code $POLYLINK_KB_CACHE}, else
 * {@code target/kb-cache} under the working directory. Opened KBs stay open for the life of the process.
 */
public final class KbCache {

  private record Open(String fingerprint, KnowledgeBase kb) {}

  private static final Map<String, Open> OPEN = new HashMap<>();

  /**
   * Identifies the KB builder's code (SHA-256 of the store classes that decide a KB's contents and document order),
   * so a changed polylink-kb rebuilds cached KBs even when its store format number stayed the same.
   */
  private static final String BUILDER = builderStamp();

  private KbCache() {}

  private static String builderStamp() {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      for (Class<?> c : List.of(KbBuilder.class, KnowledgeBase.class, io.polylink.kb.store.Lookup.class)) {
        try (java.io.InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
          if (in != null) {
            md.update(in.readAllBytes());
          }
        }
      }
      return java.util.HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      return "unknown";
    }
  }

  /** The cache folder. */
  public static Path root() {
    String p = System.getProperty("polylink.kb.cache");
    if (p == null || p.isBlank()) {
      p = System.getenv("POLYLINK_KB_CACHE");
    }
    return Path.of(p == null || p.isBlank() ? "target/kb-cache" : p).toAbsolutePath().normalize();
  }

  /**
   * The KB called {@code name}, built from {@code source} unless the cache already holds one with this
   * {@code fingerprint}.
   *
   * @param name a folder name: letters, digits, {@code . _ -}
   * @param fingerprint what the KB is made from (checksums, recipe version); a change triggers a rebuild
   * @param source makes the entity source; called only when a build is needed
   */
  public static synchronized KnowledgeBase open(String name, String fingerprint, Supplier<EntitySource> source) {
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("KB cache name must be letters, digits, '.', '_' or '-', got '" + name + "'");
    }
    fingerprint = fingerprint + " builder " + BUILDER;
    Open o = OPEN.get(name);
    if (o != null && o.fingerprint().equals(fingerprint)) {
      return o.kb();
    }
    try {
      if (o != null) {
        o.kb().close();
        OPEN.remove(name);
      }
      Path dir = root().resolve(name);
      Path stamp = root().resolve(name + ".fingerprint");
      boolean fresh = KnowledgeBase.exists(dir) && Files.isRegularFile(stamp)
          && Files.readString(stamp, StandardCharsets.UTF_8).equals(fingerprint);
      KnowledgeBase kb = null;
      if (fresh) {
        try {
          kb = KnowledgeBase.open(dir);
        } catch (IOException | RuntimeException e) {
          // Built by another version of polylink-kb (store format changed): rebuild below.
          kb = null;
        }
      }
      if (kb == null) {
        Files.createDirectories(root());
        Files.deleteIfExists(stamp);
        // One indexing thread: the dictionary breaks popularity ties by document order, and several threads
        // interleave documents differently on every build, which moved ELEVANT F1 by up to 0.02 between builds.
        KbBuilder.into(dir).threads(1).build(source.get());
        Files.writeString(stamp, fingerprint, StandardCharsets.UTF_8);
        kb = KnowledgeBase.open(dir);
      }
      OPEN.put(name, new Open(fingerprint, kb));
      return kb;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build or open the cached KB '" + name + "' in " + root() + ": "
          + e.getMessage(), e);
    }
  }

  /** A KB folder that is not a cached build (a KB the user built), opened once per process. */
  static synchronized KnowledgeBase openDirectory(Path dir) {
    String key = "dir:" + dir.toAbsolutePath().normalize();
    Open o = OPEN.get(key);
    if (o != null) {
      return o.kb();
    }
    try {
      KnowledgeBase kb = KnowledgeBase.open(dir);
      OPEN.put(key, new Open("", kb));
      return kb;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the KB " + dir, e);
    }
  }
}
