package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The built-in tagger for persons, locations, organizations and street addresses in running text. No annotated
 * corpus ships with Polylink, so the model is trained on {@link SyntheticPiiText} — Polylink's own templates filled
 * with Datafaker's lists — with the {@link Gazetteer} of given, family and place names as a feature. Training takes
 * one to three minutes, so the trained model is shipped: {@value #RESOURCE} under {@code polylink-redact}'s
 * {@code src/main/resources} (1.7 MB, deterministic), with {@value #INPUTS_RESOURCE} beside it, the
 * {@link #inputsFingerprint() fingerprint} of what it was trained from. A test recomputes that fingerprint and fails,
 * naming the command that retrains it ({@code scripts/train-name-model.sh}), when templates, lists, features or the
 * trainer changed. Where the resource is missing (sources compiled without their resources) it is trained on first
 * use instead, the same way.
 */
public final class BuiltInNameModel {

  /** Class-path resource of the shipped model. */
  public static final String RESOURCE = "io/polylink/redact/tagger/builtin-names.plm";
  /** Class-path resource holding the {@link #inputsFingerprint()} the shipped model was trained from. */
  public static final String INPUTS_RESOURCE = "io/polylink/redact/tagger/builtin-names.inputs";
  /** Training documents generated (each one to four sentences). */
  static final int DOCUMENTS = 30_000;
  static final long SEED = 20261122L;
  static final TaggerModel.Settings SETTINGS = new TaggerModel.Settings(8, SEED, 2);
  /** Documents the fingerprint's probe model is trained on: enough to exercise every feature and the trainer. */
  static final int PROBE_DOCUMENTS = 1_000;

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
    System.err.println("polylink: " + RESOURCE + " is not on the class path: training the built-in name model "
        + "(one to three minutes)...");
    return train(DOCUMENTS);
  }

  /** Trains the model on {@code documents} generated documents. */
  static TaggerModel train(int documents) {
    List<AnnotatedText> docs = new SyntheticPiiText(SEED).documents(documents);
    return TaggerModel.train(docs, SETTINGS, Gazetteer.fromDatafaker());
  }

  /**
   * SHA-256 (hex) of everything training reads and does: the settings, the generated documents with their
   * annotations, the gazetteer, and a small model trained the same way on the first {@value #PROBE_DOCUMENTS}
   * documents (which changes when the features or the trainer change). A few seconds, against minutes for training.
   * Compressed bytes are never hashed: deflate output may differ between zlib builds.
   */
  public static String inputsFingerprint() {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    List<AnnotatedText> docs = new SyntheticPiiText(SEED).documents(DOCUMENTS);
    Map<String, String> gazetteer = Gazetteer.fromDatafaker();
    update(sha, "settings " + SETTINGS + " documents " + DOCUMENTS);
    for (AnnotatedText d : docs) {
      update(sha, d.text());
      for (Detection s : d.spans()) {
        update(sha, s.start() + " " + s.end() + " " + s.type());
      }
    }
    for (Map.Entry<String, String> e : new TreeMap<>(gazetteer).entrySet()) {
      update(sha, e.getKey() + "\t" + e.getValue());
    }
    TaggerModel probe = TaggerModel.train(docs.subList(0, PROBE_DOCUMENTS),
        new TaggerModel.Settings(1, SEED, SETTINGS.minFeatureCount()), gazetteer);
    sha.update(uncompressed(probe));
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The model's saved form, uncompressed. */
  static byte[] uncompressed(TaggerModel m) {
    try {
      Path tmp = Files.createTempFile("polylink-name-model", ".plm");
      try {
        m.save(tmp);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tmp))) {
          return in.readAllBytes();
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void update(MessageDigest sha, String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  /**
   * Trains the model and writes it, with its inputs' fingerprint, into the resources folder given as the only
   * argument ({@code polylink-redact/src/main/resources}); {@code scripts/train-name-model.sh} runs it.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: BuiltInNameModel RESOURCES_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    long t0 = System.nanoTime();
    TaggerModel m = train(DOCUMENTS);
    Path out = dir.resolve(RESOURCE);
    Files.createDirectories(out.getParent());
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    m.save(tmp);
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Files.writeString(dir.resolve(INPUTS_RESOURCE), inputsFingerprint() + "\n", StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "built-in name model: %,d features, types %s, trained in %.1f s -> %s%n",
        m.featureCount(), m.types(), (System.nanoTime() - t0) / 1e9, out);
  }
}
