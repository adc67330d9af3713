package io.polylink.eval.elevant;

import io.polylink.eval.metrics.Prf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Re-scores every stored ELEVANT run ({@code predictions/<system>/<run>.<benchmark>.linked_articles.jsonl}) with
 * {@link ElevantScorer} and sets our F1 beside ELEVANT's own {@code eval_results.json}.
 */
public final class ElevantReproduction {

  /**
   * One system on one benchmark in one mode.
   *
   * @param system the folder name under {@code predictions/}
   * @param benchmark the benchmark name
   * @param mode the ELEVANT mode
   * @param ours our counts
   * @param theirs ELEVANT's stored counts and F1
   */
  public record Row(String system, String benchmark, ElevantScorer.Mode mode, Prf ours, ElevantResults.Stored theirs) {
    /** Our F1 minus ELEVANT's. */
    public double delta() {
      return ours.f1() - theirs.f1();
    }
  }

  private static final String SUFFIX = ".linked_articles.jsonl";

  private ElevantReproduction() {}

  /** Scores every stored run under {@code elevantDir/predictions}; rows sorted by system, benchmark, mode. */
  public static List<Row> run(Path elevantDir) {
    List<Row> rows = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(elevantDir.resolve("predictions"), 2)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + elevantDir, e);
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      String stem = name.substring(0, name.length() - SUFFIX.length());
      String benchmark = stem.substring(stem.indexOf('.') + 1);
      Path results = f.resolveSibling(stem + ".eval_results.json");
      if (!Files.exists(results)) {
        continue;
      }
      Map<ElevantScorer.Mode, Prf> ours = ElevantScorer.score(ElevantReader.read(f));
      Map<ElevantScorer.Mode, ElevantResults.Stored> theirs = ElevantResults.read(results);
      for (ElevantScorer.Mode m : ElevantScorer.Mode.values()) {
        rows.add(new Row(f.getParent().getFileName().toString(), benchmark, m, ours.get(m), theirs.get(m)));
      }
    }
    return rows;
  }

  /** A Markdown table: system, benchmark, mode, our F1, ELEVANT's F1, delta, our and their counts. */
  public static String table(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| system | benchmark | mode | ours F1 | ELEVANT F1 | delta | ours tp/fp/fn | ELEVANT tp/fp/fn |\n");
    sb.append("|---|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %.4f | %.4f | %+.4f | %d/%d/%d | %d/%d/%d |%n",
          r.system(), r.benchmark(), r.mode(), r.ours().f1(), r.theirs().f1(), r.delta(), r.ours().tp(),
          r.ours().fp(), r.ours().fn(), r.theirs().counts().tp(), r.theirs().counts().fp(),
          r.theirs().counts().fn()));
    }
    return sb.toString();
  }

  /** Prints the reproduction table for {@code args[0]} (the {@code elevant} data folder). */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ElevantReproduction <shared/data/elevant>");
      return;
    }
    System.out.print(table(run(Path.of(args[0]))));
  }
}
