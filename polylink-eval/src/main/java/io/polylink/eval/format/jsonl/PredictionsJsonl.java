package io.polylink.eval.format.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import io.polylink.eval.Annotation;
import io.polylink.eval.DatasetFormatException;
import io.polylink.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Polylink's own predictions format, one JSON object per line:
 * <pre>{"id": "doc-1", "mentions": [{"span": [0, 5], "entity": "Q42", "type": "PER", "score": 0.9}],
 *  "ranked": ["C1", "C2"]}</pre>
 * {@code entity} null or absent is NIL; spans are code points; {@code ranked} (retrieval and ranking answers) is
 * optional. For PPRforNED ranking, each mention carries {@code "index"} (its position in the file) and
 * {@code "ranked"} (candidate URLs).
 */
public final class PredictionsJsonl {

  /**
   * One line.
   *
   * @param id the document or query id
   * @param mentions predicted mentions
   * @param ranked ranked ids for retrieval, empty when absent
   * @param rankedPerMention ranked candidate ids per mention index (PPRforNED), empty when absent
   */
  public record Entry(String id, List<Annotation> mentions, List<String> ranked,
      Map<Integer, List<String>> rankedPerMention) {}

  private PredictionsJsonl() {}

  /** Reads every line, keyed by id (later lines for the same id fail). */
  public static Map<String, Entry> read(Path file) {
    Map<String, Entry> out = new LinkedHashMap<>();
    JsonLines.read(file, (n, d) -> {
      Entry e = parse(file, n, d);
      if (out.put(e.id(), e) != null) {
        throw new DatasetFormatException(file, n, "id '" + e.id() + "' appears twice");
      }
    });
    return out;
  }

  private static Entry parse(Path file, long n, JsonNode d) {
    if (!d.path("id").isValueNode()) {
      throw new DatasetFormatException(file, n, "missing 'id'");
    }
    List<Annotation> mentions = new ArrayList<>();
    Map<Integer, List<String>> perMention = new LinkedHashMap<>();
    try {
      for (JsonNode m : d.path("mentions")) {
        if (m.has("index")) {
          perMention.put(m.get("index").asInt(), strings(m.path("ranked")));
          continue;
        }
        JsonNode s = m.path("span");
        if (!s.isArray() || s.size() != 2) {
          throw new IllegalArgumentException("mention span must be [start, end], got " + s);
        }
        JsonNode ent = m.get("entity");
        mentions.add(new Annotation(new Span(s.get(0).asInt(), s.get(1).asInt()),
            ent == null || ent.isNull() ? null : ent.asText(), m.path("type").asText(""),
            m.path("score").asDouble(1.0)));
      }
    } catch (IllegalArgumentException e) {
      throw new DatasetFormatException(file, n, e.getMessage(), e);
    }
    return new Entry(d.get("id").asText(), mentions, strings(d.path("ranked")), perMention);
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }
}
