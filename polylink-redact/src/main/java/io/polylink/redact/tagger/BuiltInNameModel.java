package io.polylink.redact.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The built-in tagger for persons, locations, organizations and street addresses in running text. No annotated
 * corpus ships with Polylink, so the model is trained by the build ({@code polylink-redact}'s process-classes
 * phase runs {@link #main}) on {@link SyntheticPiiText} — Polylink's own templates filled with Datafaker's lists —
 * with the {@link Gazetteer} of given, family and place names as a feature, and stored as a class-path resource.
 * Where the resource is missing (sources compiled outside Maven) it is trained on first use instead, the same way
 * (about half a minute).
 */
public final class BuiltInNameModel {

  /** Class-path resource the build writes. */
  public static final String RESOURCE = "io/polylink/redact/tagger/builtin-names.plm";
  /** Training documents generated (each one to four sentences). */
  static final int DOCUMENTS = 30_000;
  static final long SEED = 20261122L;
  static final TaggerModel.Settings SETTINGS = new TaggerModel.Settings(8, SEED, 2);

  private BuiltInNameModel() {}

  private static final class Holder {
    static final TaggerModel MODEL = load();
  }

  /** The model, loaded once per JVM. */
  public static TaggerModel get() {
    return Holder.MODEL;
  }

  private static TaggerModel load() {
    try (InputStream in = BuiltInNameModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in != null) {
        return TaggerModel.load(in, RESOURCE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the built-in name model " + RESOURCE + " cannot be read", e);
    }
    return train(DOCUMENTS);
  }

  /** Trains the model on {@code documents} generated documents. */
  static TaggerModel train(int documents) {
    List<AnnotatedText> docs = new SyntheticPiiText(SEED).documents(documents);
    return TaggerModel.train(docs, SETTINGS, Gazetteer.fromDatafaker());
  }

  /** Trains the model and writes it to the file given as the only argument (the build's step). */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: BuiltInNameModel OUTPUT.plm");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    if (Files.exists(out) && Files.getLastModifiedTime(out).toMillis() > newestInput()) {
      return; // up to date
    }
    long t0 = System.nanoTime();
    TaggerModel m = train(DOCUMENTS);
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    m.save(tmp);
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    System.out.printf("built-in name model: %,d features, types %s, trained in %.1f s -> %s%n", m.featureCount(),
        m.types(), (System.nanoTime() - t0) / 1e9, out);
  }

  /** Newest class file the model depends on, so an unchanged build skips training. */
  private static long newestInput() throws IOException {
    long newest = 0;
    for (Class<?> c : List.of(SyntheticPiiText.class, Gazetteer.class, TaggerModel.class, Features.class,
        TaggerTokens.class, BuiltInNameModel.class)) {
      try {
        Path p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve(c.getName().replace('.', '/') + ".class");
        if (Files.exists(p)) {
          newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
        } else {
          return Long.MAX_VALUE;
        }
      } catch (java.net.URISyntaxException | java.nio.file.FileSystemNotFoundException e) {
        return Long.MAX_VALUE;
      }
    }
    return newest;
  }
}
