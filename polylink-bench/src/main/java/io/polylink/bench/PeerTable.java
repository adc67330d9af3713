package io.polylink.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.EvalRunner;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Polylink beside the stored ELEVANT peers and any other run (CoreNLP's {@code entitylink}) on the seven held-out
 * ELEVANT benchmarks, scored by the evaluation harness (A2KB, ELEVANT REQUIRED mode, all mentions), in two tables:
 * all gold mentions, and only those whose gold QID has an English Wikipedia title in {@code qid_enwiki.tsv} (the other
 * labels become optional: neither rewarded nor punished), every system on that same subset.
 *
 * <p>Options: {@code --kb KB} runs Polylink on that KB first (as {@link PolylinkPeer}, one pass) into {@code --out};
 * {@code --runs DIR,...} adds the runs found there ({@code <system>.<benchmark>.linked_articles.jsonl}, as
 * {@link PeerRun} writes them); {@code --titles FILE}, {@code --data DIR}, {@code --out DIR}
 * (default {@code target/bench/peers}).
 */
public final class PeerTable {

  /** The stored peers, in the order of the data README. */
  static final List<String> STORED = List.of("refined", "rel", "genre", "spel", "ambiverse", "dbpedia-spotlight", "wat",
      "baseline");

  private static final ObjectMapper JSON = new ObjectMapper();

  private PeerTable() {}

  public static void main(String[] args) {
    PeerRun.exitOnFailure("peers", () -> run(args));
  }

  static String run(String[] args) throws Exception {
    BenchArgs a = BenchArgs.parse(args, Set.of("kb", "runs", "titles", "data", "out"));
    Path data = a.path("data", PeerRun.dataDir());
    Path out = a.path("out", Path.of("target/bench/peers"));
    Path benchmarks = data.resolve("elevant/benchmarks");
    List<String> names = PeerRun.BENCHMARKS;
    // system -> benchmark -> predictions file
    Map<String, Map<String, Path>> systems = new LinkedHashMap<>();
    for (String s : STORED) {
      Map<String, Path> files = new LinkedHashMap<>();
      for (String b : names) {
        find(data.resolve("elevant/predictions").resolve(s), b).ifPresent(f -> files.put(b, f));
      }
      if (!files.isEmpty()) {
        systems.put(s, files);
      }
    }
    List<Path> runs = new ArrayList<>();
    String kb = a.string("kb", null);
    if (kb != null) {
      PeerRun.Timing t = PeerRun.run("polylink", () -> PolylinkPeer.linker(Path.of(kb)),
          PeerRun.read(benchmarks, names), out, 1);
      System.err.printf(Locale.ROOT, "polylink on %s: %d documents, load %.1f s, %.1f docs/s%n", kb, t.documents(),
          t.loadSeconds(), t.firstPassDocsPerSecond());
      runs.add(out);
    }
    for (String r : a.string("runs", "").split(",")) {
      if (!r.isBlank()) {
        runs.add(Path.of(r.strip()));
      }
    }
    for (Path dir : runs) {
      addRuns(dir, names, systems);
    }
    if (systems.isEmpty()) {
      throw new IllegalArgumentException("no predictions found under " + data.resolve("elevant/predictions")
          + " or --runs");
    }
    Path titlesFile = a.path("titles", data.resolve("elevant/kb/qid_enwiki.tsv"));
    WikiTitles titles = WikiTitles.read(titlesFile);
    Path subset = Files.createDirectories(out.resolve("titled-subset"));
    Map<String, Path> subsetFiles = new LinkedHashMap<>();
    Map<String, int[]> kept = new LinkedHashMap<>();
    for (String b : names) {
      Path f = subset.resolve(b + ".benchmark.jsonl");
      kept.put(b, restrict(benchmarks.resolve(b + ".benchmark.jsonl"), titles.qids(), f));
      subsetFiles.put(b, f);
    }
    EvalRunner runner = new EvalRunner(null);
    Map<String, Path> full = new LinkedHashMap<>();
    names.forEach(b -> full.put(b, benchmarks.resolve(b + ".benchmark.jsonl")));
    StringBuilder md = new StringBuilder();
    md.append("## ELEVANT A2KB, REQUIRED mode, all mentions: F1 (precision / recall)\n\n");
    md.append(table(systems, names, full, runner));
    md.append("\n## The same, only gold mentions whose QID has a title in ").append(titlesFile.getFileName())
        .append(" (the others optional)\n\n");
    md.append("Gold mentions kept per benchmark: ");
    List<String> counts = new ArrayList<>();
    kept.forEach((b, k) -> counts.add(String.format(Locale.ROOT, "%s %d/%d", b, k[0], k[1])));
    md.append(String.join(", ", counts)).append(".\n\n");
    md.append(table(systems, names, subsetFiles, runner));
    Files.writeString(out.resolve("peers-table.md"), md.toString(), StandardCharsets.UTF_8);
    System.out.println(md);
    return md.toString();
  }

  private static Optional<Path> find(Path dir, String benchmark) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith("." + benchmark + ".linked_articles.jsonl")).sorted()
          .findFirst();
    }
  }

  /** Adds every {@code <system>.<benchmark>.linked_articles.jsonl} of {@code dir}. */
  static void addRuns(Path dir, List<String> names, Map<String, Map<String, Path>> systems) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--runs " + dir + " is not a folder");
    }
    Map<String, Map<String, Path>> found = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        String f = p.getFileName().toString();
        for (String b : names) {
          String suffix = "." + b + ".linked_articles.jsonl";
          if (f.endsWith(suffix) && f.length() > suffix.length()) {
            found.computeIfAbsent(f.substring(0, f.length() - suffix.length()), k -> new LinkedHashMap<>())
                .put(b, p);
          }
        }
      }
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("--runs " + dir + " holds no <system>.<benchmark>.linked_articles.jsonl");
    }
    // The same system from two folders (two setups of one peer) keeps both rows, told apart by the folder.
    found.forEach((name, files) -> systems.put(systems.containsKey(name) ? name + " (" + dir.getFileName() + ")"
        : name, files));
  }

  /**
   * Copies a benchmark with every label whose gold id is not in {@code qids} made optional; returns {kept, all}
   * label counts.
   */
  static int[] restrict(Path benchmark, Set<String> qids, Path out) throws IOException {
    int keptLabels = 0;
    int all = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String line : Files.readAllLines(benchmark, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        ObjectNode d = (ObjectNode) JSON.readTree(line);
        for (JsonNode l : d.path("labels")) {
          all++;
          if (qids.contains(l.path("entity_id").asText())) {
            keptLabels++;
          } else {
            ((ObjectNode) l).put("optional", true);
          }
        }
        w.write(JSON.writeValueAsString(d));
        w.write('\n');
      }
    }
    return new int[] {keptLabels, all};
  }

  private static String table(Map<String, Map<String, Path>> systems, List<String> names, Map<String, Path> gold,
      EvalRunner runner) {
    StringBuilder sb = new StringBuilder("| system | ").append(String.join(" | ", names)).append(" |\n|---|")
        .append("---|".repeat(names.size())).append('\n');
    systems.forEach((system, files) -> {
      sb.append("| ").append(system).append(" |");
      for (String b : names) {
        Path p = files.get(b);
        if (p == null) {
          sb.append(" – |");
          continue;
        }
        JsonNode r = runner.run(new EvalRequest("a2kb", "elevant", gold.get(b), null, p, "elevant", null, null));
        sb.append(String.format(Locale.ROOT, " %.3f (%.2f/%.2f) |", r.at("/elevant/REQUIRED/f1").asDouble(),
            r.at("/elevant/REQUIRED/precision").asDouble(), r.at("/elevant/REQUIRED/recall").asDouble()));
      }
      sb.append('\n');
    });
    return sb.toString();
  }
}
