package io.polylink.bench;

import io.polylink.bench.synth.NameSampler;
import io.polylink.bench.synth.NewsDocument;
import io.polylink.bench.synth.SyntheticNews;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark documents: English news-like texts from {@link SyntheticNews} that mention names of the entities of
 * the synthetic dump a KB was built from, drawn from a fixed sample of its items (popular ones more often).
 */
final class NewsCorpus {

  /** Items whose names the documents mention, at most. */
  static final int NAME_SAMPLE = 5_000;

  private NewsCorpus() {}

  /** A name sampler over the dump of {@code origin}. */
  static NameSampler names(SyntheticData.Origin origin) {
    return NameSampler.fromDump(origin.entities(), origin.seed(), Math.min(origin.entities(), NAME_SAMPLE));
  }

  /** {@code count} documents of about {@code words} words, with the names they mention. */
  static List<NewsDocument> generate(SyntheticData.Origin origin, int count, int words, long seed) {
    return SyntheticNews.generate(seed, count, words, names(origin));
  }

  /** The texts of {@link #generate}. */
  static List<String> documents(SyntheticData.Origin origin, int count, int words, long seed) {
    return generate(origin, count, words, seed).stream().map(NewsDocument::text).toList();
  }

  /**
   * Writes one long UTF-8 document of at least {@code bytes} bytes (at most one news article more): articles of about
   * 300 words separated by blank lines, as in a concatenated news feed.
   */
  static void writeLongDocument(Path file, SyntheticData.Origin origin, long bytes, long seed) throws IOException {
    if (bytes < 1) {
      throw new IllegalArgumentException("document size must be >= 1 byte, got " + bytes);
    }
    NameSampler names = names(origin);
    long written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long batch = 0; written < bytes; batch++) {
        for (String doc : SyntheticNews.documents(seed * 1_000_003L + batch, 200, 300, names)) {
          if (written > 0) {
            out.write("\n\n");
            written += 2;
          }
          out.write(doc);
          written += doc.getBytes(StandardCharsets.UTF_8).length;
          if (written >= bytes) {
            break;
          }
        }
      }
    }
  }
}
