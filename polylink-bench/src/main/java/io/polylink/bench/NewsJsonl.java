package io.polylink.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.polylink.bench.synth.NameSampler;
import io.polylink.bench.synth.SyntheticNews;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the benchmark's news-like documents as link input, one {@code {"id","text","language"}} per line: the corpus
 * of the Spark and scale runs ({@code spark.sh}, {@code scale.sh}), mentioning names of the synthetic dump's items.
 *
 * <pre>
 * java -cp ... io.polylink.bench.NewsJsonl --entities 200000 --seed 42 --docs 100000 --words 100 --out docs.jsonl
 * </pre>
 *
 * Documents are generated in blocks of {@link #BLOCK}, each from its own seed, so a million documents never sit in
 * memory at once; the output is the same for the same arguments.
 */
public final class NewsJsonl {
  static final int BLOCK = 10_000;
  private static final Set<String> OPTIONS = Set.of("entities", "seed", "docs", "words", "doc-seed", "out");

  private NewsJsonl() {}

  /** Command line: see the class comment. */
  public static void main(String[] args) throws IOException {
    BenchArgs a = BenchArgs.parse(args, OPTIONS);
    SyntheticData.Origin origin = a.origin(new SyntheticData.Origin(200_000, 42));
    int docs = a.integer("docs", 100_000);
    int words = a.integer("words", 100);
    long docSeed = a.longValue("doc-seed", 7);
    Path out = a.path("out", null);
    if (out == null || docs < 1 || words < 10) {
      throw new IllegalArgumentException("need --out FILE, --docs >= 1, --words >= 10; got out=" + out + " docs="
          + docs + " words=" + words);
    }
    NameSampler names = NameSampler.fromDump(origin.entities(), origin.seed(),
        Math.min(origin.entities(), NewsCorpus.NAME_SAMPLE));
    JsonFactory json = new JsonFactory();
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20);
        JsonGenerator g = json.createGenerator(os, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      int written = 0;
      for (int block = 0; written < docs; block++) {
        int n = Math.min(BLOCK, docs - written);
        for (String text : SyntheticNews.documents(docSeed * 1_000_003L + block, n, words, names)) {
          g.writeStartObject();
          g.writeStringField("id", String.format(Locale.ROOT, "doc-%08d", written++));
          g.writeStringField("text", text);
          g.writeStringField("language", "en");
          g.writeEndObject();
          g.writeRaw('\n');
        }
      }
    }
  }
}
