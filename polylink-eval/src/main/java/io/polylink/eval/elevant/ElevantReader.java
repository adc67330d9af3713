package io.polylink.eval.elevant;

import com.fasterxml.jackson.databind.JsonNode;
import io.polylink.eval.DatasetFormatException;
import io.polylink.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ELEVANT JSONL: benchmark files ({@code <name>.benchmark.jsonl}, labels only) and stored predictions
 * ({@code <run>.<benchmark>.linked_articles.jsonl}, labels plus {@code entity_mentions}). Spans are code points.
 */
public final class ElevantReader {

  private ElevantReader() {}

  /** Reads every article of a benchmark or linked-articles file; fails with file, line and reason. */
  public static List<ElevantArticle> read(Path file) {
    List<ElevantArticle> out = new ArrayList<>();
    io.polylink.eval.format.jsonl.JsonLines.read(file, (line, d) -> out.add(parse(file, line, d)));
    return out;
  }

  private static ElevantArticle parse(Path file, long line, JsonNode d) {
    if (!d.isObject()) {
      throw new DatasetFormatException(file, line, "expected a JSON object per line");
    }
    JsonNode textNode = d.get("text");
    if (textNode == null || !textNode.isTextual()) {
      throw new DatasetFormatException(file, line, "missing string field 'text'");
    }
    String text = textNode.asText();
    int cps = text.codePointCount(0, text.length());
    long id = d.path("id").asLong(-1);
    try {
      int evStart = 0;
      int evEnd = cps;
      JsonNode ev = d.get("evaluation_span");
      if (ev != null && !ev.isNull()) {
        int[] e = pair(ev, "evaluation_span");
        evStart = e[0];
        evEnd = e[1];
      }
      List<ElevantLabel> labels = new ArrayList<>();
      for (JsonNode l : d.path("labels")) {
        labels.add(label(l, cps));
      }
      List<ElevantMention> mentions = new ArrayList<>();
      for (JsonNode m : d.path("entity_mentions")) {
        Span s = span(m.get("span"), cps, "entity_mentions span");
        JsonNode idNode = m.get("id");
        List<String> cands = new ArrayList<>();
        m.path("candidates").forEach(c -> cands.add(c.asText()));
        mentions.add(new ElevantMention(s, idNode == null || idNode.isNull() ? null : idNode.asText(), cands));
      }
      return new ElevantArticle(id, d.path("title").asText(""), text, evStart, evEnd, labels, mentions);
    } catch (IllegalArgumentException e) {
      throw new DatasetFormatException(file, line, "article " + id + ": " + e.getMessage(), e);
    }
  }

  private static ElevantLabel label(JsonNode l, int cps) {
    if (!l.has("id") || !l.has("entity_id")) {
      throw new IllegalArgumentException("label without 'id' or 'entity_id': " + l);
    }
    Span s = span(l.get("span"), cps, "label " + l.get("id").asText() + " span");
    Integer parent = l.hasNonNull("parent") ? l.get("parent").asInt() : null;
    List<Integer> children = new ArrayList<>();
    l.path("children").forEach(c -> children.add(c.asInt()));
    Boolean coref = l.hasNonNull("coref") ? l.get("coref").asBoolean() : null;
    String entity = l.get("entity_id").isNull() ? null : l.get("entity_id").asText();
    return new ElevantLabel(l.get("id").asInt(), s, entity, l.path("name").asText(""),
        l.path("type").asText("OTHER"), parent, children, l.path("optional").asBoolean(false), coref,
        l.path("desc").asBoolean(false));
  }

  private static Span span(JsonNode n, int cps, String what) {
    int[] p = pair(n, what);
    if (p[1] > cps) {
      throw new IllegalArgumentException(what + " [" + p[0] + ", " + p[1] + "] ends after the text (" + cps
          + " code points)");
    }
    return new Span(p[0], p[1]);
  }

  private static int[] pair(JsonNode n, String what) {
    if (n == null || !n.isArray() || n.size() != 2 || !n.get(0).canConvertToInt() || !n.get(1).canConvertToInt()) {
      throw new IllegalArgumentException(what + " must be [start, end], got " + n);
    }
    return new int[] {n.get(0).asInt(), n.get(1).asInt()};
  }
}
