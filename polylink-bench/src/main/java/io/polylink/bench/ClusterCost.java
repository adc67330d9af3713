package io.polylink.bench;

import io.polylink.discover.Discoverer;
import io.polylink.discover.DiscoveryConfig;
import io.polylink.discover.NilMention;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.model.EntityType;
import io.polylink.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The cost of clustering NIL mentions (issue 7): {@code --mentions} (default 100,000) synthetic NIL mentions of
 * {@code --entities} (default 25,000) unknown entities, Zipf-distributed, each mention a full name, the family name
 * alone or an OCR-like misspelling, with 8 context words from the entity's topic and 8 from a general vocabulary.
 * Measured in one JVM: the string-cluster baseline (mentions grouped by exact normalized name, a hash map) and
 * {@link Discoverer} (one pass, default config), wall time and mentions/s for each, the heap the clusters retain
 * (after a full collection), the peak heap and peak RSS, the state file's size, and B-cubed F1 against the generated
 * entities for both. Writes {@code target/bench/cluster.json}.
 */
public final class ClusterCost {

  private ClusterCost() {}

  public static void main(String[] args) throws Exception {
    BenchArgs a = BenchArgs.parse(args, java.util.Set.of("mentions", "entities", "seed"));
    int n = a.integer("mentions", 100_000);
    int entities = a.integer("entities", 25_000);
    long seed = a.longValue("seed", 42);
    List<NilMention> mentions = new ArrayList<>(n);
    int[] gold = new int[n];
    generate(n, entities, seed, mentions, gold);
    System.gc();
    long heapWithMentions = usedHeap();

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("environment", Environment.describe());
    result.put("mentions", n);
    result.put("entities", entities);
    try (MemoryProbe probe = MemoryProbe.start(20)) {
      // baseline: exact normalized name
      long t0 = System.nanoTime();
      Map<String, Integer> byName = new HashMap<>();
      int[] baseline = new int[n];
      for (int i = 0; i < n; i++) {
        baseline[i] = byName.computeIfAbsent(mentions.get(i).key(), k -> byName.size());
      }
      double baseSeconds = (System.nanoTime() - t0) / 1e9;

      long t1 = System.nanoTime();
      Discoverer d = Discoverer.create(DiscoveryConfig.defaults());
      Map<String, Integer> clusterIndex = new HashMap<>();
      int[] system = new int[n];
      for (int i = 0; i < n; i++) {
        system[i] = clusterIndex.computeIfAbsent(d.add(mentions.get(i)), k -> clusterIndex.size());
      }
      double seconds = (System.nanoTime() - t1) / 1e9;
      System.gc();
      long retained = usedHeap() - heapWithMentions;
      Path state = Files.createTempFile("polylink-cluster-state", ".json");
      long t2 = System.nanoTime();
      d.save(state);
      double saveSeconds = (System.nanoTime() - t2) / 1e9;
      long stateBytes = Files.size(state);
      long t3 = System.nanoTime();
      Discoverer reloaded = Discoverer.load(state, DiscoveryConfig.defaults());
      double loadSeconds = (System.nanoTime() - t3) / 1e9;
      Files.delete(state);

      Map<String, Object> base = new LinkedHashMap<>();
      base.put("seconds", baseSeconds);
      base.put("mentionsPerSecond", n / baseSeconds);
      base.put("clusters", byName.size());
      base.put("bcubedF1", bcubedF1(gold, baseline));
      Map<String, Object> disc = new LinkedHashMap<>();
      disc.put("seconds", seconds);
      disc.put("mentionsPerSecond", n / seconds);
      disc.put("microsPerMention", seconds * 1e6 / n);
      disc.put("clusters", d.clusterCount());
      disc.put("bcubedF1", bcubedF1(gold, system));
      disc.put("retainedHeapMiB", retained / 1048576.0);
      disc.put("stateFileMiB", stateBytes / 1048576.0);
      disc.put("saveSeconds", saveSeconds);
      disc.put("loadSeconds", loadSeconds);
      disc.put("reloadedClusters", reloaded.clusterCount());
      result.put("baselineExactName", base);
      result.put("discoverer", disc);
      result.put("timeRatioToBaseline", seconds / baseSeconds);
      result.put("peakHeapMiB", probe.peakHeapUsed() / 1048576.0);
      result.put("peakHeapAfterGcMiB", probe.peakHeapAfterGc() / 1048576.0);
      result.put("peakRssMiB", MemoryProbe.peakRss() / 1048576.0);
      result.put("maxHeapMiB", probe.maxHeap() / 1048576.0);
    }
    Path out = Path.of("target/bench/cluster.json");
    Json.writeFile(out, result);
    System.out.println(Json.write(result));
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  /** B-cubed F1 of a system partition against the gold one (cluster numbers per mention). */
  static double bcubedF1(int[] gold, int[] system) {
    Map<Integer, Integer> goldSize = new HashMap<>();
    Map<Integer, Integer> sysSize = new HashMap<>();
    Map<Long, Integer> both = new HashMap<>();
    for (int i = 0; i < gold.length; i++) {
      goldSize.merge(gold[i], 1, Integer::sum);
      sysSize.merge(system[i], 1, Integer::sum);
      both.merge(((long) gold[i] << 32) | (system[i] & 0xffffffffL), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < gold.length; i++) {
      int overlap = both.get(((long) gold[i] << 32) | (system[i] & 0xffffffffL));
      p += (double) overlap / sysSize.get(system[i]);
      r += (double) overlap / goldSize.get(gold[i]);
    }
    p /= gold.length;
    r /= gold.length;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static void generate(int n, int entities, long seed, List<NilMention> out, int[] gold) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] general = vocabulary(rnd, 20_000);
    String[] topical = vocabulary(rnd, 5_000);
    String[] given = new String[entities];
    String[] family = new String[entities];
    String[][] topic = new String[entities][];
    EntityType[] types = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION};
    EntityType[] type = new EntityType[entities];
    for (int e = 0; e < entities; e++) {
      given[e] = cap(word(rnd, 2));
      family[e] = cap(word(rnd, 3));
      topic[e] = new String[12];
      for (int j = 0; j < 12; j++) {
        topic[e][j] = topical[rnd.nextInt(topical.length)];
      }
      type[e] = types[rnd.nextInt(types.length)];
    }
    // Zipf(1) over entities: a few with many mentions, most with one or two
    double[] cdf = new double[entities];
    double sum = 0;
    for (int e = 0; e < entities; e++) {
      sum += 1.0 / (e + 1);
      cdf[e] = sum;
    }
    for (int i = 0; i < n; i++) {
      double u = rnd.nextDouble() * sum;
      int e = java.util.Arrays.binarySearch(cdf, u);
      e = e < 0 ? -e - 1 : e;
      e = Math.min(e, entities - 1);
      gold[i] = e;
      double v = rnd.nextDouble();
      String name = v < 0.6 ? given[e] + " " + family[e] : v < 0.85 ? family[e] : typo(rnd, given[e] + " " + family[e]);
      List<String> ctx = new ArrayList<>(16);
      for (int j = 0; j < 8; j++) {
        ctx.add(topic[e][rnd.nextInt(12)]);
        ctx.add(general[rnd.nextInt(general.length)]);
      }
      String key = TextNormalizer.key(name);
      out.add(new NilMention("d" + (i / 20), new Span(0, name.length()), name, key, "de",
          rnd.nextBoolean() ? type[e] : null, ctx.stream().distinct().toList(), name));
    }
  }

  private static String[] vocabulary(SplittableRandom rnd, int size) {
    String[] v = new String[size];
    for (int i = 0; i < size; i++) {
      v[i] = word(rnd, 2 + rnd.nextInt(2));
    }
    return v;
  }

  private static final String[] ONSET = {"b", "br", "d", "f", "g", "gr", "h", "k", "kl", "l", "m", "n", "p", "r", "s",
      "st", "t", "v", "w", "z"};
  private static final String[] NUCLEUS = {"a", "e", "i", "o", "u", "ei", "au", "ie"};

  private static String word(SplittableRandom rnd, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      b.append(ONSET[rnd.nextInt(ONSET.length)]).append(NUCLEUS[rnd.nextInt(NUCLEUS.length)]);
    }
    return b.append("n").toString();
  }

  private static String typo(SplittableRandom rnd, String s) {
    int i = 1 + rnd.nextInt(s.length() - 1);
    char c = s.charAt(i) == ' ' ? ' ' : "ecilnrs".charAt(rnd.nextInt(7));
    return s.substring(0, i) + c + s.substring(i + 1);
  }

  private static String cap(String w) {
    return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }
}
