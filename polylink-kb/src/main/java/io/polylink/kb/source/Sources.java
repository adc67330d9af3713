package io.polylink.kb.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens an {@link EntitySource} by kind name, as given on a command line or in a configuration. */
public final class Sources {

  /** The kinds {@link #open} knows. */
  public static final List<String> KINDS = List.of("wikidata", "jsonl", "tsv");

  private Sources() {}

  /**
   * A source of kind {@code wikidata} ({@link WikidataDumpSource}), {@code jsonl} ({@link JsonlSource}) or {@code tsv}
   * ({@link TsvSource}) reading {@code input}. The JSONL and TSV sources use the error policy and warning callback of
   * {@code options}; language and property choices apply to Wikidata dumps only.
   *
   * @param kind the kind, case-insensitive
   * @param input the file, plain or gzip/bzip2-compressed
   * @param options reading options; null for {@link WikidataDumpSource.Options#defaults()}
   * @throws IllegalArgumentException for an unknown kind; the message lists the known ones
   * @throws SourceException when {@code input} does not exist or is a directory
   */
  public static EntitySource open(String kind, Path input, WikidataDumpSource.Options options) throws SourceException {
    if (kind == null) {
      throw new IllegalArgumentException("source kind must not be null; expected one of " + String.join(", ", KINDS));
    }
    if (input == null) {
      throw new IllegalArgumentException("source input path must not be null");
    }
    String k = kind.strip().toLowerCase(Locale.ROOT);
    if (!KINDS.contains(k)) {
      throw new IllegalArgumentException("unknown source kind '" + kind + "'; expected one of " + String.join(", ", KINDS));
    }
    if (Files.isDirectory(input)) {
      throw new SourceException(input.toString(), 0, "is a directory, expected a " + k + " file");
    }
    // A named pipe or /dev/stdin is read as a file is (one pass): a generated or decompressed stream needs no disk.
    if (!Files.isRegularFile(input) && !Files.exists(input)) {
      throw new SourceException(input.toString(), 0, "no such file (expected a " + k + " file)");
    }
    WikidataDumpSource.Options o = options == null ? WikidataDumpSource.Options.defaults() : options;
    return switch (k) {
      // multistream bzip2 (latest-all.json.bz2): decompressed and parsed on every core
      case "wikidata" -> isBzip2(input) ? new MultistreamWikidataSource(input, o,
          Math.min(256, Runtime.getRuntime().availableProcessors())) : new WikidataDumpSource(input, o);
      case "jsonl" -> new JsonlSource(input, o.onError(), o.warnings());
      case "tsv" -> new TsvSource(input, o.onError(), o.warnings());
      default -> throw new IllegalStateException("unreachable: " + k);
    };
  }

  private static boolean isBzip2(Path input) throws SourceException {
    try {
      return MultistreamWikidataSource.isBzip2File(input);
    } catch (java.io.IOException e) {
      throw new SourceException(input.toString(), 0, "cannot be read: " + e.getMessage(), e);
    }
  }
}
