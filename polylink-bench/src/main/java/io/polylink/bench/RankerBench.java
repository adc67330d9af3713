package io.polylink.bench;

import io.polylink.link.rank.DocumentRanker;
import io.polylink.link.rank.RankCandidate;
import io.polylink.link.rank.RankMention;
import io.polylink.link.rank.RankerModel;
import io.polylink.link.rank.Ranking;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the learned ranker's cost per mention (µs/mention) with the shipped model, on synthetic documents shaped like
 * a news window: {@value #MENTIONS} mentions of which a third repeat an earlier name, {@value #CANDIDATES} candidates
 * each (the linker's default maximum), Wikipedia-like titles, popularity from a power law and a link graph in which
 * every candidate links to about {@value #LINKS} others of the document. Three stages with coherence, and stage 1
 * alone without it.
 *
 * <pre>
 * polylink-bench/run.sh jmh RankerBench
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RankerBench {

  static final int DOCUMENTS = 16;
  static final int MENTIONS = 30;
  static final int CANDIDATES = 24;
  static final int LINKS = 4;
  static final long SEED = 11;

  /** The documents and the ranker. */
  @State(Scope.Benchmark)
  public static class Docs {
    List<List<RankMention>> documents;
    DocumentRanker ranker;

    @Setup
    public void setUp() {
      ranker = new DocumentRanker(RankerModel.defaults());
      documents = documents(new Random(SEED));
    }
  }

  static List<List<RankMention>> documents(Random rnd) {
    String[] words = {"north", "river", "city", "united", "national", "team", "party", "club", "county", "bank",
        "press", "university", "state", "port", "saint", "new"};
    List<List<RankMention>> docs = new ArrayList<>();
    for (int d = 0; d < DOCUMENTS; d++) {
      int ids = MENTIONS * CANDIDATES;
      List<RankMention> ms = new ArrayList<>();
      for (int m = 0; m < MENTIONS; m++) {
        int base = m % 3 == 2 ? (m - 1) * CANDIDATES : m * CANDIDATES; // every third repeats the previous name
        String surface = "Name" + (m % 3 == 2 ? m - 1 : m);
        List<RankCandidate> cs = new ArrayList<>();
        for (int c = 0; c < CANDIDATES; c++) {
          List<String> links = new ArrayList<>();
          for (int k = 0; k < LINKS; k++) {
            links.add("e" + d + "-" + rnd.nextInt(ids));
          }
          String title = c == 0 ? surface : surface + " " + words[rnd.nextInt(words.length)]
              + (c % 4 == 0 ? " (" + words[rnd.nextInt(words.length)] + ")" : "");
          long pop = (long) (10_000 / Math.pow(1 + rnd.nextInt(1000), 1.1));
          cs.add(new RankCandidate("e" + d + "-" + (base + c), title, pop, rnd.nextDouble(),
              new String[] {"PER", "ORG", "LOC", ""}[rnd.nextInt(4)], links, rnd.nextDouble() * 0.5, 0.7 + 0.3
              * rnd.nextDouble(), false));
        }
        ms.add(new RankMention(surface, cs));
      }
      docs.add(ms);
    }
    return docs;
  }

  /** Ranks every document with coherence (three stages): time per mention. */
  @Benchmark
  @OperationsPerInvocation(DOCUMENTS * MENTIONS)
  public double rankWithCoherence(Docs s) {
    double sum = 0;
    for (List<RankMention> d : s.documents) {
      Ranking r = s.ranker.rank(d);
      sum += r.confidences()[0][0];
    }
    return sum;
  }

  /** Ranks every document mention by mention (stage 1, empty graph): time per mention. */
  @Benchmark
  @OperationsPerInvocation(DOCUMENTS * MENTIONS)
  public double rankLocalOnly(Docs s) {
    double sum = 0;
    for (List<RankMention> d : s.documents) {
      Ranking r = s.ranker.rank(d, List.of(), false);
      sum += r.confidences()[0][0];
    }
    return sum;
  }
}
