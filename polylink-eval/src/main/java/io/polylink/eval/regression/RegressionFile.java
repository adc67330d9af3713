package io.polylink.eval.regression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.polylink.eval.DatasetFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One experiment as a small YAML file (Anserini style). Paths are relative to the data folder
 * ({@code ../shared/data}); checksums pin the exact data; {@code expected} maps dotted paths into the result JSON
 * ({@code elevant.REQUIRED.f1}, {@code micro.f1}, {@code accuracy}) to values that must hold within {@code tolerance}.
 *
 * <pre>
 * name: refined-kore50
 * task: a2kb
 * format: elevant
 * dataset: elevant/benchmarks/kore50.benchmark.jsonl
 * dataset_sha256: 9f...
 * predictions: elevant/predictions/refined/refined__aida_.kore50.linked_articles.jsonl
 * predictions_format: elevant
 * predictions_sha256: 3c...
 * kb: {source: none}
 * tolerance: 0.01
 * expected: {elevant.REQUIRED.f1: 0.6233}
 * </pre>
 *
 * @param name experiment name
 * @param description what it shows
 * @param task the eval task
 * @param format the dataset format
 * @param dataset dataset path relative to the data folder
 * @param datasetSha256 SHA-256 of the dataset (of every file, in name order, for a folder)
 * @param predictions predictions path relative to the data folder, or null (Polylink or a baseline)
 * @param predictionsFormat predictions format, or null
 * @param predictionsSha256 SHA-256 of the predictions, or null
 * @param train train path relative to the data folder, or null
 * @param baseline built-in baseline, or null
 * @param kb the KB: free-form description (source, entities, notes), plus {@code path}, a KB source file or folder
 *     relative to the data folder that Polylink runs on, and its {@code sha256}
 * @param tolerance allowed absolute drift
 * @param expected dotted result path to expected value
 */
public record RegressionFile(String name, String description, String task, String format, String dataset,
    String datasetSha256, String predictions, String predictionsFormat, String predictionsSha256, String train,
    String baseline, Map<String, Object> kb, double tolerance, Map<String, Double> expected) {

  public RegressionFile {
    if (name == null || task == null || format == null || dataset == null) {
      throw new IllegalArgumentException("regression file needs name, task, format and dataset, got name=" + name);
    }
    if (!(tolerance >= 0)) {
      throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance + " in " + name);
    }
    if (expected == null || expected.isEmpty()) {
      throw new IllegalArgumentException("regression '" + name + "' expects nothing");
    }
    kb = kb == null ? Map.of() : new java.util.TreeMap<>(kb);
    expected = new LinkedHashMap<>(expected);
    description = description == null ? "" : description;
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  /** Reads a regression YAML file. */
  public static RegressionFile read(Path file) {
    JsonNode n;
    try {
      n = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new DatasetFormatException(file, 0, "not readable YAML: " + e.getMessage(), e);
    }
    if (n == null || !n.isObject()) {
      throw new DatasetFormatException(file, 1, "expected a YAML mapping");
    }
    try {
      Map<String, Double> expected = new LinkedHashMap<>();
      n.path("expected").fields().forEachRemaining(e -> {
        if (!e.getValue().isNumber()) {
          throw new IllegalArgumentException("expected." + e.getKey() + " must be a number, got " + e.getValue());
        }
        expected.put(e.getKey(), e.getValue().asDouble());
      });
      Map<String, Object> kb = new LinkedHashMap<>();
      n.path("kb").fields().forEachRemaining(e -> kb.put(e.getKey(), e.getValue().isNumber()
          ? e.getValue().numberValue() : e.getValue().asText()));
      return new RegressionFile(text(n, "name"), text(n, "description"), text(n, "task"), text(n, "format"),
          text(n, "dataset"), text(n, "dataset_sha256"), text(n, "predictions"), text(n, "predictions_format"),
          text(n, "predictions_sha256"), text(n, "train"), text(n, "baseline"), kb,
          n.path("tolerance").asDouble(Double.NaN), expected);
    } catch (IllegalArgumentException e) {
      throw new DatasetFormatException(file, 0, e.getMessage(), e);
    }
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** The YAML text of this file, keys in a fixed order. */
  public String toYaml() {
    ObjectNode o = YAML.createObjectNode();
    o.put("name", name);
    o.put("description", description);
    o.put("task", task);
    o.put("format", format);
    o.put("dataset", dataset);
    o.put("dataset_sha256", datasetSha256);
    if (predictions != null) {
      o.put("predictions", predictions);
      o.put("predictions_format", predictionsFormat);
      o.put("predictions_sha256", predictionsSha256);
    }
    if (train != null) {
      o.put("train", train);
    }
    if (baseline != null) {
      o.put("baseline", baseline);
    }
    o.set("kb", YAML.valueToTree(kb));
    o.put("tolerance", tolerance);
    ObjectNode e = o.putObject("expected");
    expected.forEach(e::put);
    try {
      return YAML.writeValueAsString(o);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Writes {@link #toYaml()} to {@code file}. */
  public void write(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, toYaml(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
