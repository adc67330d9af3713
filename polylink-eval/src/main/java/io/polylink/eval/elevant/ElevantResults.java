package io.polylink.eval.elevant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polylink.eval.DatasetFormatException;
import io.polylink.eval.metrics.Prf;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** Reads the {@code "all"} counts and F1 per mode from an ELEVANT {@code eval_results.json}. */
public final class ElevantResults {

  /**
   * ELEVANT's figures for one mode.
   *
   * @param counts the tp/fp/fn counts
   * @param f1 the F1 as ELEVANT stored it
   */
  public record Stored(Prf counts, double f1) {}

  private ElevantResults() {}

  /** The stored {@code mention_types.all} per mode. */
  public static Map<ElevantScorer.Mode, Stored> read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new DatasetFormatException(file, 0, "not a readable JSON file: " + e.getMessage(), e);
    }
    Map<ElevantScorer.Mode, Stored> out = new EnumMap<>(ElevantScorer.Mode.class);
    for (ElevantScorer.Mode m : ElevantScorer.Mode.values()) {
      JsonNode all = root.path(m.name()).path("mention_types").path("all");
      if (all.isMissingNode() || !all.has("f1")) {
        throw new DatasetFormatException(file, 0, "no " + m.name() + ".mention_types.all.f1");
      }
      out.put(m, new Stored(new Prf(all.path("true_positives").asLong(), all.path("false_positives").asLong(),
          all.path("false_negatives").asLong()), all.path("f1").asDouble()));
    }
    return out;
  }
}
