package io.polylink.eval.format.melo;

import io.polylink.eval.DatasetFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A MELO dataset folder: {@code queries.tsv} (id, occupation title), {@code corpus_elements.tsv} (id, ESCO name: the
 * KB) and {@code annotations.tsv} (TREC qrels: query id, 0, element id, relevance; relevance &gt; 0 is relevant).
 */
public final class MeloReader {

  /**
   * @param name the dataset folder name
   * @param queries query id to text, file order
   * @param corpus element id to name, file order
   * @param relevant query id to its relevant element ids
   */
  public record MeloDataset(String name, Map<String, String> queries, Map<String, String> corpus,
      Map<String, Set<String>> relevant) {}

  private MeloReader() {}

  /** Reads the three files of {@code dir}. */
  public static MeloDataset read(Path dir) {
    Map<String, String> queries = pairs(dir.resolve("queries.tsv"));
    Map<String, String> corpus = pairs(dir.resolve("corpus_elements.tsv"));
    Map<String, Set<String>> relevant = new LinkedHashMap<>();
    Path qrels = dir.resolve("annotations.tsv");
    List<String> lines = lines(qrels);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new DatasetFormatException(qrels, i + 1, "expected 4 columns (query, 0, element, relevance), got "
            + f.length);
      }
      if (!queries.containsKey(f[0])) {
        throw new DatasetFormatException(qrels, i + 1, "unknown query id '" + f[0] + "'");
      }
      if (!corpus.containsKey(f[2])) {
        throw new DatasetFormatException(qrels, i + 1, "unknown corpus element id '" + f[2] + "'");
      }
      int rel;
      try {
        rel = Integer.parseInt(f[3].trim());
      } catch (NumberFormatException e) {
        throw new DatasetFormatException(qrels, i + 1, "relevance must be an integer, got '" + f[3] + "'", e);
      }
      if (rel > 0) {
        relevant.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(f[2]);
      }
    }
    return new MeloDataset(dir.getFileName().toString(), queries, corpus, relevant);
  }

  /**
   * Element id to ESCO concept URI from the dataset's {@code concept_mapping.tsv}: which names are aliases of one
   * concept (corpus side, not relevance judgements). Empty when the file is absent.
   */
  public static Map<String, String> concepts(Path dir) {
    Path file = dir.resolve("concept_mapping.tsv");
    return java.nio.file.Files.isRegularFile(file) ? pairs(file) : Map.of();
  }

  private static Map<String, String> pairs(Path file) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new DatasetFormatException(file, i + 1, "expected 'id<TAB>text', got '" + line + "'");
      }
      if (out.put(line.substring(0, tab), line.substring(tab + 1)) != null) {
        throw new DatasetFormatException(file, i + 1, "duplicate id '" + line.substring(0, tab) + "'");
      }
    }
    return out;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
