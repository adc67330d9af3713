package io.polylink.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.EvalRunner;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs one entity linker over ELEVANT benchmarks, end to end on the raw text, the way a peer is run beside Polylink:
 * times the linker's load, a first pass over every document (which writes the predictions as ELEVANT
 * {@code linked_articles} JSONL, the format the stored peers come in) and a second, warm pass over the same documents;
 * then scores each written file with the evaluation harness ({@link EvalRunner}, A2KB, exactly what
 * {@code polylink eval --task a2kb --format elevant --predictions FILE --predictions-format elevant} does).
 *
 * <p>Single-threaded on purpose: the figures are documents per second of one linker instance.
 */
public final class PeerRun {

  /** The seven held-out ELEVANT benchmarks the peers are compared on. */
  public static final List<String> BENCHMARKS = List.of("kore50", "msnbc", "msnbc-updated", "oke-2015-eval",
      "oke-2016-eval", "derczynski", "spotlight");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The work of a peer's {@code main}. */
  @FunctionalInterface
  public interface Main {
    void run() throws Exception;
  }

  /**
   * Runs a peer's {@code main}: bad arguments end the JVM with status 2, any other failure with 1, each after one
   * line on standard error that starts with {@code name}.
   */
  public static void exitOnFailure(String name, Main main) {
    try {
      main.run();
    } catch (IllegalArgumentException e) {
      System.err.println(name + ": " + e.getMessage());
      System.exit(2);
    } catch (Exception e) {
      System.err.println(name + ": " + e);
      System.exit(1);
    }
  }

  /**
   * One predicted mention.
   *
   * @param start first code point, inclusive
   * @param end last code point, exclusive
   * @param id the predicted QID, or {@code <NIL>}
   * @param extra further fields written with the mention (e.g. the linker's own entity name), may be empty
   */
  public record Mention(int start, int end, String id, Map<String, String> extra) {
    public Mention {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("mention span must satisfy 0 <= start < end, got [" + start + ", " + end
            + ")");
      }
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("mention [" + start + ", " + end + ") has no id; use <NIL>");
      }
      extra = Map.copyOf(extra);
    }
  }

  /** A loaded linker: raw text in, mentions out. */
  @FunctionalInterface
  public interface PeerLinker {
    /** The mentions of {@code text}, code point offsets. */
    List<Mention> link(String text);
  }

  /** Makes the linker; the time it takes is the reported load time. */
  @FunctionalInterface
  public interface Loader {
    PeerLinker load() throws Exception;
  }

  /**
   * What a run measured: wall-clock seconds, and the CPU seconds of the whole process (all threads: GC and JIT
   * included; -1 where the JVM does not say), the sturdier figure on a shared machine.
   */
  public record Timing(int documents, double loadSeconds, double firstPassSeconds, double warmPassSeconds,
      double loadCpuSeconds, double firstPassCpuSeconds, double warmPassCpuSeconds) {
    /** Documents per second of the first pass. */
    public double firstPassDocsPerSecond() {
      return documents / firstPassSeconds;
    }

    /** Documents per second of the warm pass (NaN when there was none). */
    public double warmPassDocsPerSecond() {
      return warmPassSeconds > 0 ? documents / warmPassSeconds : Double.NaN;
    }
  }

  /** The parsed command line, for a peer's own options. */
  public static final class Options {
    private final BenchArgs args;
    private final Path data;

    Options(BenchArgs args, Path data) {
      this.args = args;
      this.data = data;
    }

    /** The data folder ({@code --data}). */
    public Path data() {
      return data;
    }

    /** An option's value, or {@code fallback}. */
    public String string(String name, String fallback) {
      return args.string(name, fallback);
    }

    /** An option's value as a path, or {@code fallback}. */
    public Path path(String name, Path fallback) {
      return args.path(name, fallback);
    }
  }

  /** One benchmark's documents, as the raw JSON objects of its file. */
  record Benchmark(String name, List<ObjectNode> documents) {}

  private PeerRun() {}

  /** The options every peer main takes; a peer adds its own. */
  static final Set<String> OPTIONS = Set.of("data", "benchmarks", "out", "passes", "name");

  /**
   * Parses the common options, loads and runs the linker, writes {@code <name>.<benchmark>.linked_articles.jsonl}
   * and {@code <name>.run.json} under {@code --out}, scores and prints the table.
   *
   * @param defaultName the system name (a file name prefix)
   * @param args the command line
   * @param extra option names the caller's linker takes
   * @param loader makes the linker from the parsed options
   */
  public static Timing runPeer(String defaultName, String[] args, Set<String> extra,
      java.util.function.Function<Options, Loader> loader) throws Exception {
    Set<String> known = new java.util.HashSet<>(OPTIONS);
    known.addAll(extra);
    BenchArgs a = BenchArgs.parse(args, known);
    Path data = a.path("data", dataDir());
    Options opts = new Options(a, data);
    String name = a.string("name", defaultName);
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("--name must be letters, digits, '.', '_' or '-', got '" + name + "'");
    }
    List<String> names = List.of(a.string("benchmarks", String.join(",", BENCHMARKS)).split(","));
    Path out = a.path("out", Path.of("target/bench/peers"));
    int passes = a.integer("passes", 2);
    if (passes < 1 || passes > 2) {
      throw new IllegalArgumentException("--passes must be 1 or 2, got " + passes);
    }
    List<Benchmark> benchmarks = read(data.resolve("elevant/benchmarks"), names);
    String loadBefore = loadAverage();
    Timing t = run(name, loader.apply(opts), benchmarks, out, passes);
    String loadAfter = loadAverage();
    Map<String, JsonNode> scores = score(name, data.resolve("elevant/benchmarks"), out, names);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("system", name);
    report.put("documents", t.documents());
    report.put("loadSeconds", t.loadSeconds());
    report.put("firstPassSeconds", t.firstPassSeconds());
    report.put("firstPassDocsPerSecond", t.firstPassDocsPerSecond());
    if (passes == 2) {
      report.put("warmPassSeconds", t.warmPassSeconds());
      report.put("warmPassDocsPerSecond", t.warmPassDocsPerSecond());
    }
    report.put("loadCpuSeconds", t.loadCpuSeconds());
    report.put("firstPassCpuSeconds", t.firstPassCpuSeconds());
    if (passes == 2) {
      report.put("warmPassCpuSeconds", t.warmPassCpuSeconds());
    }
    report.put("loadAverageBefore", loadBefore);
    report.put("loadAverageAfter", loadAfter);
    Map<String, Object> f1 = new LinkedHashMap<>();
    scores.forEach((b, s) -> f1.put(b, s.at("/elevant/REQUIRED/f1").asDouble()));
    report.put("elevantRequiredF1", f1);
    report.put("environment", Environment.describe());
    Json.writeFile(out.resolve(name + ".run.json"), report);
    System.out.println(table(name, t, scores));
    return t;
  }

  /**
   * {@code -Dpolylink.data.dir}, else {@code $POLYLINK_DATA}, else {@code shared/data} beside the repository (run.sh
   * starts the mains in this module's folder).
   */
  static Path dataDir() {
    String p = System.getProperty("polylink.data.dir", System.getenv("POLYLINK_DATA"));
    if (p != null && !p.isBlank()) {
      return Path.of(p);
    }
    for (Path c : List.of(Path.of("../../shared/data"), Path.of("../shared/data"))) {
      if (Files.isDirectory(c)) {
        return c;
      }
    }
    return Path.of("../../shared/data");
  }

  /** Reads the benchmarks' documents in file order. */
  static List<Benchmark> read(Path dir, List<String> names) throws IOException {
    List<Benchmark> out = new ArrayList<>();
    for (String n : names) {
      Path f = dir.resolve(n + ".benchmark.jsonl");
      if (!Files.isRegularFile(f)) {
        throw new IllegalArgumentException("no benchmark '" + n + "': " + f + " not found");
      }
      List<ObjectNode> docs = new ArrayList<>();
      int line = 0;
      for (String s : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        line++;
        if (s.isBlank()) {
          continue;
        }
        JsonNode d = JSON.readTree(s);
        if (!(d instanceof ObjectNode o) || !d.path("text").isTextual()) {
          throw new IllegalArgumentException(f + " line " + line + ": not a JSON object with a \"text\" string");
        }
        docs.add(o);
      }
      out.add(new Benchmark(n, docs));
    }
    return out;
  }

  /**
   * Loads the linker, links every document once writing the predictions, then (for two passes) once more timed only.
   * Each output document is the benchmark's document plus {@code entity_mentions}.
   */
  static Timing run(String name, Loader loader, List<Benchmark> benchmarks, Path out, int passes) throws Exception {
    Files.createDirectories(out);
    double c0 = Environment.processCpuSeconds();
    long t0 = System.nanoTime();
    PeerLinker linker = loader.load();
    double load = (System.nanoTime() - t0) / 1e9;
    double c1 = Environment.processCpuSeconds();
    int docs = benchmarks.stream().mapToInt(b -> b.documents().size()).sum();
    long t1 = System.nanoTime();
    List<List<List<Mention>>> first = new ArrayList<>();
    for (Benchmark b : benchmarks) {
      List<List<Mention>> per = new ArrayList<>();
      for (ObjectNode d : b.documents()) {
        per.add(linker.link(d.get("text").asText()));
      }
      first.add(per);
    }
    double pass1 = (System.nanoTime() - t1) / 1e9;
    double c2 = Environment.processCpuSeconds();
    double c3 = c2;
    double pass2 = 0;
    if (passes == 2) {
      long sink = 0;
      long t2 = System.nanoTime();
      for (Benchmark b : benchmarks) {
        for (ObjectNode d : b.documents()) {
          sink += linker.link(d.get("text").asText()).size();
        }
      }
      pass2 = (System.nanoTime() - t2) / 1e9;
      c3 = Environment.processCpuSeconds();
      if (sink < 0) {
        throw new AssertionError(sink);
      }
    }
    for (int i = 0; i < benchmarks.size(); i++) {
      write(name, benchmarks.get(i), first.get(i), out.resolve(name + "." + benchmarks.get(i).name()
          + ".linked_articles.jsonl"));
    }
    boolean cpu = c0 >= 0;
    return new Timing(docs, load, pass1, pass2, cpu ? c1 - c0 : -1, cpu ? c2 - c1 : -1, cpu ? c3 - c2 : -1);
  }

  /** Writes one benchmark's documents with their predicted {@code entity_mentions}. */
  static void write(String system, Benchmark b, List<List<Mention>> mentions, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < b.documents().size(); i++) {
        ObjectNode d = b.documents().get(i).deepCopy();
        ArrayNode ms = d.putArray("entity_mentions");
        for (Mention m : mentions.get(i)) {
          ObjectNode o = ms.addObject();
          o.putArray("span").add(m.start()).add(m.end());
          o.put("id", m.id());
          o.put("recognized_by", system);
          o.put("linked_by", system);
          m.extra().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> o.put(e.getKey(),
              e.getValue()));
        }
        w.write(JSON.writeValueAsString(d));
        w.write('\n');
      }
    }
  }

  /** Scores {@code <system>.<benchmark>.linked_articles.jsonl} under {@code dir} against each benchmark. */
  static Map<String, JsonNode> score(String system, Path benchmarks, Path dir, List<String> names) {
    EvalRunner runner = new EvalRunner(null);
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (String n : names) {
      out.put(n, runner.run(new EvalRequest("a2kb", "elevant", benchmarks.resolve(n + ".benchmark.jsonl"), null,
          dir.resolve(system + "." + n + ".linked_articles.jsonl"), "elevant", null, null)));
    }
    return out;
  }

  static String table(String system, Timing t, Map<String, JsonNode> scores) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s: %d documents, load %.1f s, first pass %.1f docs/s", system,
        t.documents(), t.loadSeconds(), t.firstPassDocsPerSecond()));
    if (t.warmPassSeconds() > 0) {
      sb.append(String.format(Locale.ROOT, ", warm pass %.1f docs/s", t.warmPassDocsPerSecond()));
    }
    if (t.loadCpuSeconds() >= 0) {
      sb.append(String.format(Locale.ROOT, "; process CPU: load %.1f s, first pass %.1f s", t.loadCpuSeconds(),
          t.firstPassCpuSeconds()));
      if (t.warmPassSeconds() > 0) {
        sb.append(String.format(Locale.ROOT, ", warm pass %.1f s (%.1f docs per CPU second)", t.warmPassCpuSeconds(),
            t.documents() / t.warmPassCpuSeconds()));
      }
    }
    sb.append("\n\n| benchmark | ELEVANT REQUIRED P | R | F1 | IGNORED F1 | micro F1 (strong) |\n|---|---|---|---|---|---|\n");
    scores.forEach((b, s) -> sb.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n", b,
        s.at("/elevant/REQUIRED/precision").asDouble(), s.at("/elevant/REQUIRED/recall").asDouble(),
        s.at("/elevant/REQUIRED/f1").asDouble(), s.at("/elevant/IGNORED/f1").asDouble(),
        s.at("/micro/f1").asDouble())));
    return sb.toString();
  }

  /** {@code /proc/loadavg} (the machine may be shared), or "unknown". */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim();
    } catch (IOException | UncheckedIOException e) {
      return "unknown";
    }
  }
}
