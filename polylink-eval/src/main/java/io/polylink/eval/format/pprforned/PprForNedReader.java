package io.polylink.eval.format.pprforned;

import io.polylink.eval.DatasetFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * PPRforNED AIDA candidate files: one file per document; an {@code ENTITY} line (tab-separated {@code key:value}
 * fields, {@code text} the mention, {@code url} the gold Wikipedia URL or {@code NIL}) followed by its
 * {@code CANDIDATE} lines ({@code id}, {@code inCount}, {@code outCount}, {@code links} = ;-separated candidate ids,
 * {@code url}, {@code name}).
 *
 * <p>In the files the gold candidate comes first for almost every mention, so order is a leak, not a signal: the
 * reader shuffles each mention's candidates with a seed derived from {@link #SEED}, the document and the mention
 * index. Candidate order in the output is meaningless and rankers must not use it.
 */
public final class PprForNedReader {

  /** Base seed of the candidate shuffle. */
  public static final long SEED = 20_240_711L;

  /**
   * @param id candidate page id
   * @param inCount in-links
   * @param outCount out-links
   * @param links ids of other candidates of the document it links to
   * @param url Wikipedia URL
   * @param name title
   * @param predictedType the files' coarse type of the candidate page ({@code PER}, {@code ORG}, {@code GPE},
   *     {@code UNK}), "" when absent
   * @param namePrior p(this page | the mention's name) from link statistics outside the files (a KB's name priors,
   *     see {@code PprForNedPriors}), NaN when none were attached
   */
  public record Candidate(String id, long inCount, long outCount, List<String> links, String url, String name,
      String predictedType, double namePrior) {
    public Candidate(String id, long inCount, long outCount, List<String> links, String url, String name,
        String predictedType) {
      this(id, inCount, outCount, links, url, name, predictedType, Double.NaN);
    }

    public Candidate(String id, long inCount, long outCount, List<String> links, String url, String name) {
      this(id, inCount, outCount, links, url, name, "");
    }

    /** This candidate with a name prior. */
    public Candidate withNamePrior(double prior) {
      return new Candidate(id, inCount, outCount, links, url, name, predictedType, prior);
    }
  }

  /**
   * @param surface the mention text
   * @param goldUrl the gold URL, null for NIL
   * @param candidates candidates in shuffled order
   */
  public record Mention(String surface, String goldUrl, List<Candidate> candidates) {
    /** True when the gold URL is among the candidates. */
    public boolean goldInCandidates() {
      return goldUrl != null && candidates.stream().anyMatch(c -> c.url().equals(goldUrl));
    }
  }

  /**
   * @param id the file name
   * @param mentions mentions in file order
   */
  public record Document(String id, List<Mention> mentions) {}

  private PprForNedReader() {}

  /** Reads every file of a folder ({@code train/}, {@code testa/}), sorted numerically by name. */
  public static List<Document> readDir(Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = new ArrayList<>(s.filter(Files::isRegularFile).toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    files.sort((a, b) -> {
      String x = a.getFileName().toString();
      String y = b.getFileName().toString();
      return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    });
    List<Document> docs = new ArrayList<>();
    for (Path f : files) {
      docs.add(read(f));
    }
    return docs;
  }

  /** Reads one document file. */
  public static Document read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    String docId = file.getFileName().toString();
    List<Mention> mentions = new ArrayList<>();
    String surface = null;
    String gold = null;
    List<Candidate> cands = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      Map<String, String> f = fields(line);
      if (line.startsWith("ENTITY\t")) {
        if (surface != null) {
          mentions.add(mention(docId, mentions.size(), surface, gold, cands));
        }
        surface = require(file, i + 1, f, "text");
        String url = require(file, i + 1, f, "url");
        gold = url.equals("NIL") ? null : url;
        cands = new ArrayList<>();
      } else if (line.startsWith("CANDIDATE\t")) {
        if (cands == null) {
          throw new DatasetFormatException(file, i + 1, "CANDIDATE before any ENTITY line");
        }
        try {
          String links = f.getOrDefault("links", "");
          cands.add(new Candidate(require(file, i + 1, f, "id"), Long.parseLong(require(file, i + 1, f, "inCount")),
              Long.parseLong(require(file, i + 1, f, "outCount")),
              links.isEmpty() ? List.of() : List.of(links.split(";")), require(file, i + 1, f, "url"),
              f.getOrDefault("name", ""), f.getOrDefault("predictedType", "")));
        } catch (NumberFormatException e) {
          throw new DatasetFormatException(file, i + 1, "inCount/outCount must be integers: " + e.getMessage(), e);
        }
      } else {
        throw new DatasetFormatException(file, i + 1, "line must start with ENTITY or CANDIDATE, got '"
            + line.substring(0, Math.min(40, line.length())) + "'");
      }
    }
    if (surface != null) {
      mentions.add(mention(docId, mentions.size(), surface, gold, cands));
    }
    return new Document(docId, mentions);
  }

  private static Mention mention(String docId, int index, String surface, String gold, List<Candidate> cands) {
    List<Candidate> shuffled = new ArrayList<>(cands);
    Collections.shuffle(shuffled, new Random(SEED ^ (31L * docId.hashCode() + index)));
    return new Mention(surface, gold, List.copyOf(shuffled));
  }

  private static Map<String, String> fields(String line) {
    Map<String, String> out = new HashMap<>();
    String[] parts = line.split("\t");
    for (int i = 1; i < parts.length; i++) {
      int colon = parts[i].indexOf(':');
      if (colon > 0) {
        out.put(parts[i].substring(0, colon), parts[i].substring(colon + 1));
      }
    }
    return out;
  }

  private static String require(Path file, long line, Map<String, String> f, String key) {
    String v = f.get(key);
    if (v == null) {
      throw new DatasetFormatException(file, line, "missing field '" + key + ":'");
    }
    return v;
  }
}
