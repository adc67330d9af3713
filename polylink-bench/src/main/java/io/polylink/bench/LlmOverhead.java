package io.polylink.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polylink.eval.polylink.PolylinkFactory;
import io.polylink.format.LlmText;
import io.polylink.format.PolylinkJson;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.model.Document;
import io.polylink.model.Language;
import io.polylink.model.LinkedDocument;
import java.io.BufferedReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The size of {@code --format llm} in tokens: per linked mention, what the marked text and the entity table add to
 * the plain text, beside what Polylink's JSON (with each mention's description, as {@code /v1/link} writes it) adds.
 * Tokens are counted by {@link LlmText#tokens}: each run of letters, marks and digits is one token, each other
 * non-space character one more (a rough stand-in for a model's tokenizer, the same for all three texts).
 *
 * <p>Options: {@code --data DIR} (default {@code ../shared/data}), {@code --benchmarks derczynski,kore50} (ELEVANT
 * JSONL benchmarks, their texts only), {@code --kb KB} (a KB folder or source file; default the ELEVANT
 * {@code qid_names.tsv} KB, built once into the eval KB cache), {@code --out DIR}. Writes {@code llm-overhead.json}.
 */
public final class LlmOverhead {

  private static final Set<String> OPTIONS = Set.of("data", "benchmarks", "kb", "out");

  private LlmOverhead() {}

  public static void main(String[] args) throws Exception {
    BenchArgs a = BenchArgs.parse(args, OPTIONS);
    Path data = a.path("data", Path.of("..", "shared", "data"));
    Path out = a.path("out", Path.of("target", "bench"));
    Path kbPath = a.path("kb", data.resolve("elevant/kb/qid_names.tsv"));
    List<String> benchmarks = List.of(a.string("benchmarks", "derczynski,kore50").split(","));
    Files.createDirectories(out);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("tokenRule", "each run of letters/marks/digits is one token; each other non-space char is one token");
    result.put("kb", kbPath.toString());
    KnowledgeBase kb = new PolylinkFactory(null).knowledgeBase(kbPath);
    Linker linker = Linker.builder().knowledgeBase(kb).build();
    ObjectMapper m = new ObjectMapper();
    JsonFactory f = new JsonFactory();
    for (String name : benchmarks) {
      long docs = 0;
      long mentions = 0;
      long textTokens = 0;
      long llmTokens = 0;
      long jsonTokens = 0;
      List<String> sample = new ArrayList<>();
      Path file = data.resolve("elevant/benchmarks/" + name.strip() + ".benchmark.jsonl");
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode n = m.readTree(line);
          String text = n.get("text").asText();
          LinkedDocument d = linker.link(new Document("", text, Language.of("en")));
          String llm = LlmText.render(d, id -> entry(kb, id));
          StringWriter w = new StringWriter();
          try (JsonGenerator g = f.createGenerator(w)) {
            PolylinkJson.writeDocument(g, d, (gen, l) -> gen.writeStringField("description",
                l.isNil() ? "" : entry(kb, l.entity()).description()));
          }
          docs++;
          mentions += d.links().stream().filter(l -> !l.isNil()).count();
          textTokens += LlmText.tokens(text);
          llmTokens += LlmText.tokens(llm);
          jsonTokens += LlmText.tokens(w.toString());
          if (sample.size() < 3 && d.links().stream().anyMatch(l -> !l.isNil())) {
            sample.add(llm);
          }
        }
      }
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("documents", docs);
      b.put("linkedMentions", mentions);
      b.put("textTokens", textTokens);
      b.put("llmTokens", llmTokens);
      b.put("jsonTokens", jsonTokens);
      b.put("llmTokensPerMention", round((llmTokens - textTokens) / (double) Math.max(1, mentions)));
      b.put("jsonTokensPerMention", round((jsonTokens - textTokens) / (double) Math.max(1, mentions)));
      b.put("llmSizeRatio", round(llmTokens / (double) Math.max(1, textTokens)));
      b.put("sample", sample);
      result.put(name.strip(), b);
      System.err.printf(java.util.Locale.ROOT, "%s: %d docs, %d linked mentions, +%.1f tokens/mention (llm), +%.1f (json)%n",
          name, docs, mentions, (llmTokens - textTokens) / (double) Math.max(1, mentions),
          (jsonTokens - textTokens) / (double) Math.max(1, mentions));
    }
    System.out.println(Json.write(result));
    Json.writeResult(out.resolve("llm-overhead.json"), result);
  }

  private static LlmText.Entry entry(KnowledgeBase kb, io.polylink.model.EntityId id) {
    try {
      return kb.entity(id).map(r -> new LlmText.Entry(r.label("en"), r.description("en")))
          .orElse(new LlmText.Entry("", ""));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}
