package io.polylink.eval.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.EvalRunner;
import io.polylink.eval.elevant.ElevantReproduction;
import io.polylink.eval.elevant.ElevantScorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores every stored ELEVANT peer run in one pass with the same code and writes {@code peers.md} and
 * {@code peers.html}. Polylink's own results join the list once the linker is plugged in.
 */
public final class PeerReport {

  private PeerReport() {}

  /** All peer results on the ELEVANT benchmarks under {@code dataDir}. */
  public static List<JsonNode> results(Path dataDir) {
    EvalRunner runner = new EvalRunner(null);
    List<JsonNode> out = new ArrayList<>();
    for (ElevantReproduction.Row row : ElevantReproduction.run(dataDir.resolve("elevant"))) {
      if (row.mode() != ElevantScorer.Mode.REQUIRED) {
        continue;
      }
      Path dir = dataDir.resolve("elevant/predictions").resolve(row.system());
      try (Stream<Path> s = Files.list(dir)) {
        Path pred = s.filter(p -> p.getFileName().toString().endsWith("." + row.benchmark()
            + ".linked_articles.jsonl")).findFirst().orElseThrow();
        com.fasterxml.jackson.databind.node.ObjectNode r = runner.run(new EvalRequest("a2kb", "elevant",
            dataDir.resolve("elevant/benchmarks/" + row.benchmark() + ".benchmark.jsonl"), null, pred, "elevant",
            null, null));
        r.put("system", row.system());
        out.add(r);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** {@code args[0]}: data folder, {@code args[1]}: output folder. */
  public static void main(String[] args) throws IOException {
    List<JsonNode> results = results(Path.of(args[0]));
    Path out = Files.createDirectories(Path.of(args[1]));
    String title = "ELEVANT benchmarks: peers' stored predictions (headline = ELEVANT REQUIRED all F1)";
    Files.writeString(out.resolve("peers.md"), Report.markdown(title, results), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("peers.html"), Report.html(title, results, Map.of()), StandardCharsets.UTF_8);
    System.out.println(results.size() + " results written to " + out);
  }
}
