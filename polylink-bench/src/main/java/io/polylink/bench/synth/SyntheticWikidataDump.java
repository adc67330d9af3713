package io.polylink.bench.synth;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.polylink.model.EntityType;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * Writes a synthetic dump in the exact shape of the Wikidata JSON dumps: {@code [}, one entity per line followed by a
 * comma except the last, {@code ]}. Items carry labels in 3 to 12 languages and eight scripts, descriptions, aliases,
 * claims of every common datatype with qualifiers and references, and Zipf-distributed sitelinks; about 2% of the
 * entities are properties and lexemes, as in real dumps. Output is a pure function of (entities, seed), written in
 * bounded memory.
 *
 * <pre>{@code
 * SyntheticWikidataDump.write(Path.of("/tmp/synth.json.gz"), 100_000, 42);
 * List<String> docs = SyntheticNews.documents(7, 100, 300, NameSampler.fromDump(100_000, 42, 5_000));
 * }</pre>
 */
public final class SyntheticWikidataDump {
  private static final long SAMPLE_SALT = 0x53414D50L;

  private SyntheticWikidataDump() {}

  /**
   * Writes the dump to {@code out}: gzip when the name ends with {@code .gz}, bzip2 for {@code .bz2}, else plain JSON.
   *
   * @param out the file, replaced if it exists
   * @param entities how many entities, >= 1
   * @param seed the seed
   */
  public static void write(Path out, int entities, long seed) throws IOException {
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20);
        OutputStream os = name.endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16)
            : name.endsWith(".bz2") ? new BZip2CompressorOutputStream(file) : file) {
      write(os, entities, seed);
    }
  }

  /** Writes the uncompressed dump to {@code out}, which stays open. */
  public static void write(OutputStream out, int entities, long seed) throws IOException {
    EntityPlan plan = new EntityPlan(entities, seed);
    ItemFactory items = new ItemFactory(plan);
    JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setRootValueSeparator(null);
    g.writeRaw("[\n");
    for (int i = 0; i < entities; i++) {
      if (i > 0) {
        g.writeRaw(",\n");
      }
      switch (plan.kind(i)) {
        case PROPERTY -> DumpJson.writeProperty(g, plan.id(i), plan.random(i), plan.name(i));
        case LEXEME -> DumpJson.writeLexeme(g, plan.id(i), plan.random(i), plan.name(i));
        default -> DumpJson.writeItem(g, items.build(i));
      }
    }
    g.writeRaw("\n]\n");
    g.close();
  }

  /**
   * The names of a deterministic sample of the items the dump for ({@code entities}, {@code seed}) contains, recomputed
   * without writing it: for each sampled item its English label, or its first label when it has none in English.
   *
   * @param sample how many items, at most the number of items in the dump
   * @return the names in dump order
   */
  public static List<SampledName> names(int entities, long seed, int sample) {
    EntityPlan plan = new EntityPlan(entities, seed);
    ItemFactory items = new ItemFactory(plan);
    SplittableRandom r = new SplittableRandom(EntityPlan.mix(seed ^ SAMPLE_SALT));
    TreeSet<Integer> chosen = new TreeSet<>();
    if (sample >= entities) {
      for (int i = 0; i < entities; i++) {
        chosen.add(i);
      }
    } else {
      for (int attempts = 0; chosen.size() < sample && attempts < sample * 20L; attempts++) {
        chosen.add(r.nextInt(entities));
      }
    }
    List<SampledName> out = new ArrayList<>();
    for (int i : chosen) {
      if (out.size() >= sample) {
        break;
      }
      if (!plan.kind(i).isItem()) {
        continue;
      }
      Item item = items.build(i);
      String lang = item.labels().containsKey("en") ? "en" : item.labels().keySet().iterator().next();
      out.add(new SampledName(item.id(), lang, item.labels().get(lang), item.sitelinks().size(), type(item.kind())));
    }
    return out;
  }

  static EntityType type(Kind kind) {
    return switch (kind) {
      case PERSON -> EntityType.PERSON;
      case COUNTRY, REGION, CITY -> EntityType.LOCATION;
      case ORGANIZATION -> EntityType.ORGANIZATION;
      case WORK -> EntityType.WORK;
      case EVENT -> EntityType.EVENT;
      default -> EntityType.OTHER;
    };
  }

  /**
   * Command line: {@code --entities N --seed S --out PATH}.
   *
   * @throws IllegalArgumentException on a missing or malformed argument, with the usage
   */
  public static void main(String[] args) throws IOException {
    int entities = -1;
    long seed = 42;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw usage("missing value after " + a);
      }
      String v = args[++i];
      try {
        switch (a) {
          case "--entities" -> entities = Integer.parseInt(v.replace("_", ""));
          case "--seed" -> seed = Long.parseLong(v);
          case "--out" -> out = Path.of(v);
          default -> throw usage("unknown option " + a);
        }
      } catch (NumberFormatException e) {
        throw usage("not a number for " + a + ": " + v);
      }
    }
    if (entities < 1 || out == null) {
      throw usage("--entities (>= 1) and --out are required");
    }
    long t0 = System.nanoTime();
    write(out, entities, seed);
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "wrote %,d entities (seed %d) to %s: %,d bytes in %.1f s%n", entities, seed, out,
        Files.size(out), s);
  }

  private static IllegalArgumentException usage(String problem) {
    return new IllegalArgumentException(problem + "; usage: SyntheticWikidataDump --entities N [--seed S] --out PATH"
        + " (.gz or .bz2 to compress)");
  }
}
