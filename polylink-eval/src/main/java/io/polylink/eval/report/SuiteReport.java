package io.polylink.eval.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polylink.eval.EvalJson;
import io.polylink.eval.EvalRunner;
import io.polylink.eval.regression.RegressionFile;
import io.polylink.eval.regression.RegressionRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Runs a folder of regression files in one process with the same scoring code and writes one page for all of them:
 * ELEVANT A2KB (Polylink beside the peers' stored predictions, REQUIRED and IGNORED modes), PPRforNED ranking, HIPE-2022
 * mention detection and NIL rates, MELO retrieval and the PII baseline per type, each with the KB it ran on.
 */
public final class SuiteReport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SuiteReport() {}

  /** The regression files under {@code dir} (or {@code dir} itself when it is a file), in path order. */
  public static List<Path> files(Path dir) {
    if (Files.isRegularFile(dir)) {
      return List.of(dir);
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /**
   * Runs every file; each result carries {@code regression} (its name), {@code description}, {@code kb} (the file's
   * KB description) and {@code problems} (drifts, empty when it holds).
   */
  public static List<ObjectNode> run(List<Path> files, Path dataDir, EvalRunner runner) {
    RegressionRunner rr = new RegressionRunner(runner);
    List<ObjectNode> out = new ArrayList<>();
    for (Path f : files) {
      RegressionFile file = RegressionFile.read(f);
      RegressionRunner.Outcome o = rr.run(file, dataDir);
      ObjectNode r = o.result() == null ? JSON.createObjectNode() : ((ObjectNode) o.result()).deepCopy();
      r.put("regression", file.name());
      r.put("description", file.description());
      r.set("kb", JSON.valueToTree(file.kb()));
      r.set("problems", JSON.valueToTree(o.problems()));
      if (!r.has("task")) {
        r.put("task", file.task());
        r.put("format", file.format());
        r.put("dataset", file.dataset());
      }
      out.add(r);
    }
    return out;
  }

  /**
   * The results the regression files expect, read from the files without running anything: {@code task},
   * {@code format}, {@code dataset} and {@code system} as a run names them, {@code regression} the file's name, and
   * each expected figure at its dotted path. What the README's figure tables are made from ({@link #readmeTables}).
   */
  public static List<ObjectNode> expected(List<Path> files) {
    List<ObjectNode> out = new ArrayList<>();
    for (Path f : files) {
      RegressionFile file = RegressionFile.read(f);
      ObjectNode r = JSON.createObjectNode();
      r.put("task", file.task());
      r.put("format", file.format());
      r.put("dataset", EvalJson.stem(Path.of(file.dataset())));
      r.put("system", file.predictions() != null ? EvalJson.systemName(Path.of(file.predictions()))
          : file.baseline() != null ? file.baseline() + "-baseline" : "polylink");
      r.put("regression", file.name());
      file.expected().forEach((key, value) -> {
        ObjectNode at = r;
        String[] parts = key.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
          at = at.has(parts[i]) && at.get(parts[i]).isObject() ? (ObjectNode) at.get(parts[i]) : at.putObject(parts[i]);
        }
        at.put(parts[parts.length - 1], value);
      });
      out.add(r);
    }
    return out;
  }

  /**
   * The README's figure tables: the ELEVANT pivots (every system beside Polylink, REQUIRED and IGNORED modes) of
   * {@link #markdown}, made from the figures the regression files expect ({@link #expected}), so that no figure in
   * them is typed by hand.
   */
  public static String readmeTables(List<Path> files) {
    StringBuilder sb = new StringBuilder();
    for (Section s : sections(expected(files))) {
      if (!s.title().startsWith("ELEVANT A2KB")) {
        continue;
      }
      sb.append("#### ").append(s.title()).append("\n\n");
      sb.append('|').append(String.join("|", s.header())).append("|\n|")
          .append("---|".repeat(s.header().size())).append('\n');
      for (List<String> row : s.rows()) {
        sb.append('|').append(String.join("|", row)).append("|\n");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The Markdown version of {@link #html}. */
  public static String markdown(String title, List<? extends JsonNode> results) {
    StringBuilder sb = new StringBuilder("# ").append(title).append("\n\n");
    for (Section s : sections(results)) {
      sb.append("## ").append(s.title()).append("\n\n");
      if (!s.note().isEmpty()) {
        sb.append(s.note()).append("\n\n");
      }
      sb.append('|').append(String.join("|", s.header())).append("|\n|")
          .append("---|".repeat(s.header().size())).append('\n');
      for (List<String> row : s.rows()) {
        sb.append('|').append(String.join("|", row)).append("|\n");
      }
      sb.append('\n');
    }
    sb.append(footer(results)).append('\n');
    return sb.toString();
  }

  /** The self-contained HTML page (inline CSS and SVG, no script). */
  public static String html(String title, List<? extends JsonNode> results) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(Report.esc(title))
        .append("</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222;max-width:1400px}"
            + "table{border-collapse:collapse;margin-bottom:1em}td,th{border:1px solid #ccc;padding:3px 8px;"
            + "text-align:right}th{background:#f3f3f3}td:first-child{text-align:left}tr.us td{background:#eef5ff;"
            + "font-weight:bold}p.note{max-width:70em}svg text{font-size:11px}</style></head><body>\n");
    sb.append("<h1>").append(Report.esc(title)).append("</h1>\n");
    List<JsonNode> elevant = results.stream().filter(isElevant()).map(r -> (JsonNode) r).toList();
    if (!elevant.isEmpty()) {
      sb.append("<h2>ELEVANT: REQUIRED-mode F1 per system per benchmark</h2>\n").append(Report.barChart(elevant));
    }
    var curves = Report.curvesOf(results);
    if (!curves.isEmpty()) {
      sb.append("<h2>Precision and recall against the NIL threshold (A2KB, strong match)</h2>\n<p class=\"note\">"
          + "Links scoring below the threshold become NIL. Only systems run live have scores; the peers' stored "
          + "predictions do not.</p>\n").append(Report.curveChart(curves));
    }
    for (Section s : sections(results)) {
      sb.append("<h2>").append(Report.esc(s.title())).append("</h2>\n");
      if (!s.note().isEmpty()) {
        sb.append("<p class=\"note\">").append(Report.esc(s.note())).append("</p>\n");
      }
      sb.append("<table><tr>");
      s.header().forEach(h -> sb.append("<th>").append(Report.esc(h)).append("</th>"));
      sb.append("</tr>\n");
      for (List<String> row : s.rows()) {
        sb.append(row.stream().anyMatch(c -> c.startsWith("polylink") || c.startsWith("regex-baseline"))
            ? "<tr class=\"us\">" : "<tr>");
        row.forEach(c -> sb.append("<td>").append(Report.esc(c)).append("</td>"));
        sb.append("</tr>\n");
      }
      sb.append("</table>\n");
    }
    sb.append("<p class=\"note\">").append(Report.esc(footer(results))).append("</p>\n</body></html>\n");
    return sb.toString();
  }

  /** One table of the page. */
  record Section(String title, String note, List<String> header, List<List<String>> rows) {}

  static List<Section> sections(List<? extends JsonNode> results) {
    List<Section> out = new ArrayList<>();
    List<JsonNode> elevant = pick(results, isElevant());
    if (!elevant.isEmpty()) {
      for (String mode : List.of("REQUIRED", "IGNORED")) {
        out.add(pivot("ELEVANT A2KB, " + mode + " mode, \"all\" F1 (ELEVANT's rules, one run, same scorer)",
            mode.equals("REQUIRED") ? kbNote(elevant) : "", elevant, "elevant." + mode + ".f1"));
      }
      List<List<String>> rows = new ArrayList<>();
      for (JsonNode r : elevant) {
        if (r.path("system").asText().equals("polylink")) {
          rows.add(List.of(r.path("dataset").asText(), num(r.at("/elevant/REQUIRED/precision")),
              num(r.at("/elevant/REQUIRED/recall")), num(r.at("/elevant/REQUIRED/f1")),
              num(r.at("/elevant/IGNORED/f1")), num(r.at("/detection/f1")), num(r.at("/predicted_nil_rate")),
              status(r)));
        }
      }
      if (!rows.isEmpty()) {
        out.add(new Section("ELEVANT: Polylink in detail", "", List.of("benchmark", "REQUIRED P", "REQUIRED R",
            "REQUIRED F1", "IGNORED F1", "detection F1 (strong span)", "predicted NIL share", "regression"), rows));
      }
    }
    List<JsonNode> rank = pick(results, r -> r.path("task").asText().equals("rank"));
    if (!rank.isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (JsonNode r : rank) {
        rows.add(List.of(r.path("system").asText(), r.path("dataset").asText(), Integer.toString(r.path("n").asInt()),
            num(r.path("accuracy")), num(r.path("macro_accuracy")), num(r.path("mrr")),
            num(r.at("/recall_at/5")), status(r)));
      }
      out.add(new Section("PPRforNED: ranking each mention's own candidates (D2KB)", "Micro accuracy over non-NIL "
          + "mentions, macro accuracy = mean per-document accuracy, MRR. Candidate order is shuffled with a fixed "
          + "seed before any ranker sees it (the files list the gold candidate first). " + kbNote(rank),
          List.of("system", "split", "mentions", "accuracy@1", "macro accuracy", "MRR", "R@5", "regression"), rows));
    }
    List<JsonNode> hipe = pick(results, r -> r.path("format").asText().equals("hipe"));
    if (!hipe.isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (JsonNode r : hipe) {
        // The HIPE file stem stops at the first dot ("HIPE-2022-v2"); the regression name says which file it is.
        String name = r.path("regression").asText(r.path("dataset").asText()).replace("hipe-polylink-", "");
        rows.add(List.of(name, r.path("system").asText(),
            Integer.toString(r.path("mentions").asInt()), num(r.at("/detection/precision")),
            num(r.at("/detection/recall")), num(r.at("/detection/f1")), num(r.path("nil_rate")),
            num(r.path("predicted_nil_rate")), num(r.at("/micro/f1")), status(r)));
      }
      out.add(new Section("HIPE-2022 dev: mention detection and NIL rates", "Detection = strong span match against "
          + "the gold NE-COARSE-LIT mentions, entities ignored. Gold NIL share = gold mentions whose NEL-LIT is NIL; "
          + "predicted NIL share = Polylink's detected mentions that come out NIL. Linking F1 against the gold QIDs "
          + "is shown for completeness only: the KB lacks most of them. " + kbNote(hipe),
          List.of("dataset", "system", "gold mentions", "detection P", "detection R", "detection F1",
              "gold NIL share", "predicted NIL share", "linking F1", "regression"), rows));
    }
    List<JsonNode> melo = pick(results, r -> r.path("format").asText().equals("melo"));
    if (!melo.isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (JsonNode r : melo) {
        rows.add(List.of(r.path("dataset").asText(), r.path("system").asText(), Integer.toString(r.path("n").asInt()),
            num(r.path("accuracy")), num(r.path("mrr")), num(r.at("/recall_at/5")), num(r.at("/recall_at/10")),
            r.has("queries_with_dictionary_hit") ? Integer.toString(r.path("queries_with_dictionary_hit").asInt())
                : "", status(r)));
      }
      out.add(new Section("MELO: occupation title to ESCO element retrieval", "accuracy@1 = the first element is "
          + "relevant; a query may have several relevant elements. The _c_en datasets are cross-lingual (queries "
          + "in bg/pl/et, KB in English): a name dictionary cannot bridge languages. " + kbNote(melo),
          List.of("dataset", "system", "queries", "accuracy@1", "MRR", "R@5", "R@10", "queries with a dictionary hit",
              "regression"), rows));
    }
    for (JsonNode r : pick(results, r -> r.path("task").asText().equals("pii"))) {
      List<List<String>> rows = new ArrayList<>();
      r.path("per_type").properties().forEach(e -> rows.add(List.of(e.getKey(), num(e.getValue().path("precision")),
          num(e.getValue().path("recall")), num(e.getValue().path("f1")), num(e.getValue().path("f2")),
          Long.toString(e.getValue().path("tp").asLong()), Long.toString(e.getValue().path("fp").asLong()),
          Long.toString(e.getValue().path("fn").asLong()))));
      JsonNode m = r.path("micro");
      rows.add(List.of("all (micro)", num(m.path("precision")), num(m.path("recall")), num(m.path("f1")),
          num(m.path("f2")), Long.toString(m.path("tp").asLong()), Long.toString(m.path("fp").asLong()),
          Long.toString(m.path("fn").asLong())));
      out.add(new Section("PII: " + r.path("system").asText() + " on " + r.path("dataset").asText()
          + " (" + status(r) + ")", "A BASELINE, not Polylink's PII module (which does not exist yet): regex "
          + "recognizers for fixed-shape types plus PERSON/GPE/ORGANIZATION from Polylink's linked mentions' coarse "
          + "types. Exact span and type match. Types without a recognizer (AGE, NRP, STREET_ADDRESS, TITLE, ZIP_CODE, "
          + "US_DRIVER_LICENSE) score 0 by construction. " + kbNote(List.of(r)),
          List.of("type", "P", "R", "F1", "F2", "tp", "fp", "fn"), rows));
    }
    return out;
  }

  private static Section pivot(String title, String note, List<JsonNode> results, String metric) {
    Map<String, Map<String, String>> byDataset = new TreeMap<>();
    TreeSet<String> systems = new TreeSet<>((a, b) -> a.equals(b) ? 0 : a.equals("polylink") ? -1
        : b.equals("polylink") ? 1 : a.compareTo(b));
    for (JsonNode r : results) {
      String sys = r.path("system").asText();
      systems.add(sys);
      byDataset.computeIfAbsent(r.path("dataset").asText(), k -> new LinkedHashMap<>())
          .put(sys, num(RegressionRunner.at(r, metric)));
    }
    List<String> header = new ArrayList<>();
    header.add("benchmark");
    header.addAll(systems);
    List<List<String>> rows = new ArrayList<>();
    byDataset.forEach((d, m) -> {
      List<String> row = new ArrayList<>();
      row.add(d);
      systems.forEach(s -> row.add(m.getOrDefault(s, "")));
      rows.add(row);
    });
    return new Section(title, note, header, rows);
  }

  private static Predicate<JsonNode> isElevant() {
    return r -> r.path("format").asText().equals("elevant") && r.has("elevant");
  }

  private static List<JsonNode> pick(List<? extends JsonNode> results, Predicate<JsonNode> p) {
    return results.stream().filter(p).map(r -> (JsonNode) r).toList();
  }

  /** The distinct KB descriptions of the Polylink runs among {@code results}. */
  private static String kbNote(List<JsonNode> results) {
    TreeSet<String> notes = new TreeSet<>();
    for (JsonNode r : results) {
      JsonNode kb = r.path("kb");
      if (!kb.isObject() || kb.path("source").asText().startsWith("none")) {
        continue;
      }
      String n = r.path("system").asText() + " KB: " + kb.path("source").asText();
      if (kb.has("handicap")) {
        n += ". KB handicap: " + kb.path("handicap").asText();
      }
      notes.add(n + ".");
    }
    return String.join(" ", notes);
  }

  private static String status(JsonNode r) {
    JsonNode p = r.path("problems");
    if (!p.isArray()) {
      return "";
    }
    return p.isEmpty() ? "holds" : "DRIFT: " + p.get(0).asText();
  }

  private static String footer(List<? extends JsonNode> results) {
    long failed = results.stream().filter(r -> r.path("problems").isArray() && !r.path("problems").isEmpty())
        .count();
    return String.format(Locale.ROOT, "%d regression files run in one process with the same scoring code; %d "
        + "drifted beyond their tolerance. Polylink rows are bold.", results.size(), failed);
  }

  private static String num(JsonNode n) {
    return n.isNumber() ? String.format(Locale.ROOT, "%.4f", n.asDouble()) : "";
  }
}
