package io.polylink.bench;

import io.polylink.kb.source.Sources;
import io.polylink.kb.source.WikidataDumpSource;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NotAKbException;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import io.polylink.link.Linker;
import io.polylink.link.LinkerConfig;
import io.polylink.model.LinkedDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the cost of linking one news-like document (~300 words), of the tokenize-and-probe floor for the same
 * document, and of one dictionary probe, on a KB of 50,000 synthetic entities. The KB is built once into
 * {@code target/bench/jmh-kb} (reused by later forks and runs while its origin matches).
 *
 * <pre>
 * java -cp target/classes:target/lib/* org.openjdk.jmh.Main io.polylink.bench.SpotterBench
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SpotterBench {

  static final SyntheticData.Origin ORIGIN = new SyntheticData.Origin(50_000, 42);
  static final int DOCUMENTS = 200;
  static final int WORDS = 300;
  static final long DOC_SEED = 7;

  /** The KB, the linker, the documents and every token key of them, shared by all threads. */
  @State(Scope.Benchmark)
  public static class Corpus {
    KnowledgeBase kb;
    Linker linker;
    List<String> documents;
    String[] keys;
    boolean[] noSpace;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      Path dir = Path.of(System.getProperty("polylink.bench.dir", "target/bench"));
      kb = openOrBuild(dir);
      linker = Linker.builder().knowledgeBase(kb).config(LinkerConfig.defaults()).build();
      documents = NewsCorpus.documents(ORIGIN, DOCUMENTS, WORDS, DOC_SEED);
      List<String> k = new ArrayList<>();
      List<Boolean> ns = new ArrayList<>();
      StringBuilder sb = new StringBuilder();
      for (String d : documents) {
        for (Token t : TextNormalizer.tokenize(d)) {
          sb.setLength(0);
          TextNormalizer.appendToKey(sb, null, t);
          k.add(sb.toString());
          ns.add(t.is(Token.NO_SPACE));
        }
      }
      keys = k.toArray(String[]::new);
      noSpace = new boolean[ns.size()];
      for (int i = 0; i < noSpace.length; i++) {
        noSpace[i] = ns.get(i);
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      kb.close();
    }
  }

  /** Builds the small KB unless an up-to-date one is there, and opens it. */
  static KnowledgeBase openOrBuild(Path dir) throws IOException {
    Path kbDir = dir.resolve("jmh-kb");
    SyntheticData.Origin have = SyntheticData.kbOrigin(kbDir, null);
    if (ORIGIN.equals(have) && KnowledgeBase.exists(kbDir)) {
      try {
        return KnowledgeBase.open(kbDir);
      } catch (NotAKbException e) {
        // built by an older version in another store format: build it again below
      }
    }
    Path dump = SyntheticData.defaultDump(dir, ORIGIN);
    SyntheticData.ensureDump(dump, ORIGIN);
    KbBuilder.into(kbDir).threads(Math.max(1, Runtime.getRuntime().availableProcessors()))
        .build(Sources.open("wikidata", dump, WikidataDumpSource.Options.defaults()));
    SyntheticData.recordKbOrigin(kbDir, ORIGIN);
    return KnowledgeBase.open(kbDir);
  }

  /** One thread's lookup and position in the corpus. */
  @State(Scope.Thread)
  public static class Cursor {
    Lookup lookup;
    DictionaryFloor floor;
    int doc;
    int key;

    @Setup(Level.Trial)
    public void setUp(Corpus c) {
      lookup = c.kb.lookup();
      floor = new DictionaryFloor(c.kb);
    }

    /** The next document of {@code c}, round robin. */
    String nextDocument(Corpus c) {
      String d = c.documents.get(doc);
      doc = doc + 1 == c.documents.size() ? 0 : doc + 1;
      return d;
    }
  }

  /**
   * Links one document end to end ({@link Linker#link(String)}). The linker's many paths and the KB's record cache
   * take longer to warm than a probe loop: a longer warm-up.
   */
  @Benchmark
  @Warmup(iterations = 8, time = 2)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public LinkedDocument linkDocument(Corpus c, Cursor cur) {
    return c.linker.link(cur.nextDocument(c));
  }

  /** Tokenizes one document and probes each token's key: the floor of dictionary spotting. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public long floorDocument(Corpus c, Cursor cur) {
    return cur.floor.process(cur.nextDocument(c));
  }

  /** One {@link Lookup#probe} of a token key taken from the documents, in text order. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public int probe(Corpus c, Cursor cur) {
    int i = cur.key;
    cur.key = i + 1 == c.keys.length ? 0 : i + 1;
    return cur.lookup.probe(c.keys[i], c.noSpace[i]);
  }
}
