package io.polylink.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polylink.eval.polylink.PolylinkFactory;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.model.Document;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An ELEVANT benchmark as typed without capitals: each text lower-cased (documents whose length would change are
 * skipped, so the gold spans stay put), linked with the ELEVANT {@code qid_names} KB, and scored exactly against
 * the gold mentions that have a QID: detection (span) and linking (span and QID) over the linker's non-NIL links.
 * Not ELEVANT's scoring rules (those are the regression files'); the same simple rule for the original texts and the
 * lower-cased ones, so the two compare.
 *
 * <p>Options: {@code --data DIR}, {@code --benchmark derczynski}, {@code --kb KB}, {@code --out DIR}.
 */
public final class LowerCased {

  private static final Set<String> OPTIONS = Set.of("data", "benchmark", "kb", "out");

  private LowerCased() {}

  public static void main(String[] args) throws Exception {
    BenchArgs a = BenchArgs.parse(args, OPTIONS);
    Path data = a.path("data", Path.of("..", "shared", "data"));
    Path out = a.path("out", Path.of("target", "bench"));
    String name = a.string("benchmark", "derczynski");
    Path kbPath = a.path("kb", data.resolve("elevant/kb/qid_names.tsv"));
    Files.createDirectories(out);
    KnowledgeBase kb = new PolylinkFactory(null).knowledgeBase(kbPath);
    Linker linker = Linker.builder().knowledgeBase(kb).build();
    ObjectMapper m = new ObjectMapper();
    long[] original = new long[4]; // predicted, gold, span hits, link hits
    long[] lower = new long[4];
    long docs = 0;
    long skipped = 0;
    try (BufferedReader r = Files.newBufferedReader(data.resolve("elevant/benchmarks/" + name + ".benchmark.jsonl"),
        StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = m.readTree(line);
        String text = n.get("text").asText();
        String lowered = text.toLowerCase(Locale.ROOT);
        if (lowered.length() != text.length()) {
          skipped++;
          continue;
        }
        docs++;
        score(linker.link(new Document("", text, Language.of("en"))), n, text, original);
        score(linker.link(new Document("", lowered, Language.of("en"))), n, text, lower);
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("benchmark", name);
    result.put("documents", docs);
    result.put("skipped", skipped);
    result.put("original", figures(original));
    result.put("lowerCased", figures(lower));
    Json.writeFile(out.resolve("lower-cased-" + name + ".json"), result);
    System.out.println(Json.write(result));
  }

  private static void score(LinkedDocument d, JsonNode doc, String text, long[] c) {
    int gold = 0;
    for (JsonNode g : doc.get("labels")) {
      if (g.get("entity_id").asText().startsWith("Q")) {
        gold++;
      }
    }
    c[1] += gold;
    for (Link l : d.links()) {
      if (l.isNil()) {
        continue;
      }
      c[0]++;
      // gold spans are UTF-16 char offsets; the link's are code points
      int start = text.offsetByCodePoints(0, l.span().start());
      int end = text.offsetByCodePoints(0, l.span().end());
      for (JsonNode g : doc.get("labels")) {
        String id = g.get("entity_id").asText();
        if (id.startsWith("Q") && g.get("span").get(0).asInt() == start && g.get("span").get(1).asInt() == end) {
          c[2]++;
          if (id.equals(l.entity().value())) {
            c[3]++;
          }
        }
      }
    }
  }

  private static Map<String, Object> figures(long[] c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("predicted", c[0]);
    m.put("gold", c[1]);
    m.put("detectionF1", f1(c[2], c[0], c[1]));
    m.put("linkingF1", f1(c[3], c[0], c[1]));
    m.put("linkingPrecision", c[0] == 0 ? 0 : Math.round(c[3] * 1000.0 / c[0]) / 1000.0);
    return m;
  }

  private static double f1(long hits, long predicted, long gold) {
    double p = predicted == 0 ? 0 : hits / (double) predicted;
    double r = gold == 0 ? 0 : hits / (double) gold;
    return p + r == 0 ? 0 : Math.round(2 * p * r / (p + r) * 1000) / 1000.0;
  }
}
