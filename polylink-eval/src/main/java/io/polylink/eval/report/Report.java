package io.polylink.eval.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reports over many evaluation results (the JSON objects of {@code EvalRunner}): a Markdown table and a self-contained
 * HTML page (inline CSS and SVG, no script, no CDN) with F1 per system per benchmark and, when given, precision and
 * recall against the NIL threshold.
 */
public final class Report {

  private Report() {}

  /** The F1 a result is ranked by: ELEVANT's REQUIRED "all" F1 when present (the field's figure), else micro F1. */
  public static double headlineF1(JsonNode r) {
    JsonNode e = r.path("elevant").path("REQUIRED").path("f1");
    return e.isNumber() ? e.asDouble() : r.path("micro").path("f1").asDouble();
  }

  /** A Markdown table, one row per result. */
  public static String markdown(String title, List<JsonNode> results) {
    StringBuilder sb = new StringBuilder("# ").append(title).append("\n\n");
    sb.append("| task | dataset | system | n | P | R | F1 | F1 95% CI | ELEVANT IGNORED F1 | ELEVANT REQUIRED F1 "
        + "| acc@1 | MRR |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (JsonNode r : results) {
      sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |%n",
          r.path("task").asText(), r.path("dataset").asText(), r.path("system").asText(), r.path("n").asInt(),
          num(r.path("micro").path("precision")), num(r.path("micro").path("recall")),
          num(r.path("micro").path("f1")),
          r.has("f1_ci95") ? num(r.path("f1_ci95").path("low")) + "–" + num(r.path("f1_ci95").path("high")) : "",
          num(r.path("elevant").path("IGNORED").path("f1")), num(r.path("elevant").path("REQUIRED").path("f1")),
          num(r.path("accuracy")), num(r.path("mrr"))));
    }
    return sb.toString();
  }

  /** The HTML page; {@code curves} maps a system name to its threshold curve and may be empty. */
  public static String html(String title, List<JsonNode> results, Map<String, List<ThresholdCurve.Point>> curves) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
        .append("</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}"
            + "td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th{background:#f3f3f3}"
            + "td:nth-child(-n+3){text-align:left}svg text{font-size:11px}</style></head><body>\n");
    sb.append("<h1>").append(esc(title)).append("</h1>\n");
    sb.append("<h2>F1 per system per benchmark</h2>\n").append(barChart(results));
    if (!curves.isEmpty()) {
      sb.append("<h2>Precision and recall against the NIL threshold</h2>\n").append(curveChart(curves));
    }
    sb.append("<h2>All results</h2>\n<table><tr><th>task</th><th>dataset</th><th>system</th><th>n</th><th>P</th>"
        + "<th>R</th><th>F1</th><th>headline F1</th><th>acc@1</th><th>MRR</th></tr>\n");
    for (JsonNode r : results) {
      sb.append("<tr><td>").append(esc(r.path("task").asText())).append("</td><td>")
          .append(esc(r.path("dataset").asText())).append("</td><td>").append(esc(r.path("system").asText()))
          .append("</td><td>").append(r.path("n").asInt()).append("</td><td>")
          .append(num(r.path("micro").path("precision"))).append("</td><td>")
          .append(num(r.path("micro").path("recall"))).append("</td><td>").append(num(r.path("micro").path("f1")))
          .append("</td><td>").append(String.format(Locale.ROOT, "%.4f", headlineF1(r))).append("</td><td>")
          .append(num(r.path("accuracy"))).append("</td><td>").append(num(r.path("mrr"))).append("</td></tr>\n");
    }
    sb.append("</table>\n<p>Headline F1: ELEVANT's REQUIRED-mode \"all\" F1 on ELEVANT benchmarks, micro F1 "
        + "elsewhere. Every system is scored by the same code in one run.</p>\n</body></html>\n");
    return sb.toString();
  }

  private static final String[] COLORS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
      "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};

  static String barChart(List<JsonNode> results) {
    Map<String, Map<String, Double>> byDataset = new TreeMap<>();
    TreeSet<String> systems = new TreeSet<>();
    for (JsonNode r : results) {
      byDataset.computeIfAbsent(r.path("dataset").asText(), k -> new TreeMap<>())
          .put(r.path("system").asText(), headlineF1(r));
      systems.add(r.path("system").asText());
    }
    List<String> sys = new ArrayList<>(systems);
    int bar = 10;
    int group = sys.size() * bar + 16;
    int height = 220;
    int width = 50 + byDataset.size() * group + 160;
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "role=\"img\" aria-label=\"F1 per system per benchmark\">%n", width, height + 70));
    for (int t = 0; t <= 4; t++) {
      double y = 10 + height - t * height / 4.0;
      sb.append(String.format(Locale.ROOT, "<line x1=\"40\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
          + "<text x=\"5\" y=\"%.1f\">%.2f</text>%n", y, width - 160, y, y + 4, t / 4.0));
    }
    int gi = 0;
    for (var e : byDataset.entrySet()) {
      int x0 = 50 + gi * group;
      for (int s = 0; s < sys.size(); s++) {
        Double f = e.getValue().get(sys.get(s));
        if (f == null) {
          continue;
        }
        double h = f * height;
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\">"
            + "<title>%s on %s: %.4f</title></rect>%n", x0 + s * bar, 10 + height - h, bar - 1, h,
            COLORS[s % COLORS.length], esc(sys.get(s)), esc(e.getKey()), f));
      }
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" transform=\"rotate(30 %d %d)\">%s</text>%n",
          x0, height + 25, x0, height + 25, esc(e.getKey())));
      gi++;
    }
    for (int s = 0; s < sys.size(); s++) {
      int y = 20 + s * 16;
      sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
          + "<text x=\"%d\" y=\"%d\">%s</text>%n", width - 150, y, COLORS[s % COLORS.length], width - 135, y + 9,
          esc(sys.get(s))));
    }
    return sb.append("</svg>\n").toString();
  }

  /** The NIL-threshold curves of the results that have one ({@code nil_threshold_curve}), keyed system / dataset. */
  public static Map<String, List<ThresholdCurve.Point>> curvesOf(List<? extends JsonNode> results) {
    Map<String, List<ThresholdCurve.Point>> curves = new TreeMap<>();
    for (JsonNode r : results) {
      JsonNode c = r.path("nil_threshold_curve");
      if (!c.isArray() || c.isEmpty()) {
        continue;
      }
      List<ThresholdCurve.Point> pts = new java.util.ArrayList<>();
      for (JsonNode p : c) {
        pts.add(new ThresholdCurve.Point(p.path("threshold").asDouble(),
            new io.polylink.eval.metrics.Prf(p.path("tp").asLong(), p.path("fp").asLong(), p.path("fn").asLong())));
      }
      String dataset = java.nio.file.Path.of(r.path("dataset").asText()).getFileName().toString()
          .replace(".benchmark.jsonl", "");
      curves.put(r.path("system").asText() + " / " + dataset, pts);
    }
    return curves;
  }

  static String curveChart(Map<String, List<ThresholdCurve.Point>> curves) {
    int w = 420;
    int h = 260;
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "role=\"img\" aria-label=\"precision and recall against the NIL threshold\">%n", w + 360, h + 60));
    sb.append(String.format(Locale.ROOT, "<rect x=\"40\" y=\"10\" width=\"%d\" height=\"%d\" fill=\"none\" "
        + "stroke=\"#999\"/><text x=\"%d\" y=\"%d\">NIL threshold (solid: precision, dashed: recall)</text>%n",
        w, h, 40 + w / 2 - 120, h + 45));
    for (int t = 0; t <= 4; t++) { // axes: 0, 0.25, ... 1 on both
      double v = t / 4.0;
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.2f</text>"
          + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.2f</text>%n", 36, 14 + h - v * h, v, 40 + v * w,
          h + 25, v));
    }
    int i = 0;
    for (var e : new TreeMap<>(curves).entrySet()) {
      String color = COLORS[i % COLORS.length];
      StringBuilder p = new StringBuilder();
      StringBuilder r = new StringBuilder();
      for (ThresholdCurve.Point pt : e.getValue()) {
        double x = 40 + pt.threshold() * w;
        p.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, 10 + h - pt.counts().precision() * h));
        r.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, 10 + h - pt.counts().recall() * h));
      }
      sb.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" points=\"").append(p.toString().trim())
          .append("\"/>\n<polyline fill=\"none\" stroke-dasharray=\"4 3\" stroke=\"").append(color)
          .append("\" points=\"").append(r.toString().trim()).append("\"/>\n");
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n",
          w + 50, 20 + i * 16, color, esc(e.getKey())));
      i++;
    }
    return sb.append("</svg>\n").toString();
  }

  private static String num(JsonNode n) {
    return n.isNumber() ? String.format(Locale.ROOT, "%.4f", n.asDouble()) : "";
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
