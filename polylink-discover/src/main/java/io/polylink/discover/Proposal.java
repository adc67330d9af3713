package io.polylink.discover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polylink.kb.source.NonBlankLines;
import io.polylink.kb.store.EntityAddition;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import io.polylink.model.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A proposed new KB entity: one cluster of NIL mentions, written as one JSON line by {@code polylink discover} and read
 * by {@code polylink kb add}. Its fields extend the KB's JSONL entity format ({@code id}, {@code names}, {@code type},
 * {@code popularity}):
 *
 * <pre>{@code
 * {"id":"new:weberling-ag","names":{"de":["Weberling AG","Weberling"]},"type":"ORG","popularity":5,"mentions":5,
 *  "documents":3,"context_words":["maschinen","winterthur"],"contexts":["... die Weberling AG in Winterthur ..."],
 *  "status":"new"}
 * }</pre>
 *
 * @param id the new entity's id ({@code new:} namespace)
 * @param names language to surface forms, most frequent first (the first is the label)
 * @param type the majority type guess of the mentions ({@code MISC} when none had a cue)
 * @param mentions mentions in the cluster (also the entity's popularity)
 * @param documents documents the mentions came from
 * @param contextWords the cluster's most frequent context words: the entity's context representation
 * @param examples a few mention contexts, for people to judge
 * @param status {@code new} (first proposed in this batch) or {@code grown} (proposed by an earlier batch, which this
 *     batch added mentions to; adding it again replaces the earlier version)
 */
public record Proposal(String id, Map<String, List<String>> names, EntityType type, int mentions, int documents,
    List<String> contextWords, List<String> examples, String status) {

  /** Context words a proposal carries. */
  static final int CONTEXT_WORDS = 48;
  /** Surface forms a proposal carries. */
  static final int MAX_NAMES = 12;
  private static final ObjectMapper JSON = new ObjectMapper();

  public Proposal {
    EntityId.of(id);
    if (names == null || names.values().stream().allMatch(List::isEmpty)) {
      throw new IllegalArgumentException("proposal " + id + " has no names");
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    names.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    names = java.util.Collections.unmodifiableMap(copy);
    type = type == null ? EntityType.OTHER : type;
    if (mentions < 1) {
      throw new IllegalArgumentException("proposal " + id + " must have at least one mention, got " + mentions);
    }
    contextWords = contextWords == null ? List.of() : List.copyOf(contextWords);
    examples = examples == null ? List.of() : List.copyOf(examples);
    status = status == null ? "new" : status;
  }

  /** The label: the most frequent surface form. */
  public String label() {
    return names.values().stream().filter(l -> !l.isEmpty()).findFirst().orElseThrow().get(0);
  }

  /**
   * The KB entity of this proposal, one representation built from all its mentions: every surface form as a name
   * (the most frequent as label), the mention count as popularity, the type guess, and the context words as its
   * context.
   */
  public EntityAddition toAddition() {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    names.forEach((lang, list) -> {
      if (!list.isEmpty()) {
        labels.put(lang, list.get(0));
        if (list.size() > 1) {
          aliases.put(lang, list.subList(1, list.size()));
        }
      }
    });
    Entity e = new Entity(EntityId.of(id), labels, aliases, Map.of(), Map.of(), mentions, type);
    return new EntityAddition(e, contextWords.isEmpty() ? List.of() : List.of(String.join(" ", contextWords)));
  }

  /** This proposal as one JSON object. */
  public ObjectNode toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    ObjectNode n = o.putObject("names");
    names.forEach((lang, list) -> {
      ArrayNode a = n.putArray(lang);
      list.forEach(a::add);
    });
    o.put("type", type.code());
    o.put("popularity", mentions);
    o.put("mentions", mentions);
    o.put("documents", documents);
    ArrayNode w = o.putArray("context_words");
    contextWords.forEach(w::add);
    ArrayNode x = o.putArray("contexts");
    examples.forEach(x::add);
    o.put("status", status);
    return o;
  }

  /** Writes proposals as JSON lines. */
  public static void write(List<Proposal> proposals, Path file) throws IOException {
    Path abs = file.toAbsolutePath();
    if (abs.getParent() != null) {
      Files.createDirectories(abs.getParent());
    }
    try (var w = Files.newBufferedWriter(abs, StandardCharsets.UTF_8)) {
      for (Proposal p : proposals) {
        w.write(JSON.writeValueAsString(p.toJson()));
        w.write('\n');
      }
    }
  }

  /**
   * Reads proposals (or plain entities in the KB's JSONL format: {@code id}, {@code names}, {@code type},
   * {@code popularity}, {@code descriptions}), one JSON object per non-blank line.
   *
   * @throws IOException naming {@code file:line} and the reason, for the first bad line; nothing is returned then
   */
  public static List<Proposal> read(Path file) throws IOException {
    List<Proposal> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)))) {
      NonBlankLines lines = new NonBlankLines(r);
      while (lines.next()) {
        long n = lines.number();
        try {
          out.add(fromJson(JSON.readTree(lines.text())));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
          throw new IOException(file + ":" + n + ": malformed JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
          throw new IOException(file + ":" + n + ": " + e.getMessage());
        }
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IOException(file + " is not valid UTF-8");
    }
    return out;
  }

  /** A proposal from its JSON object. */
  public static Proposal fromJson(JsonNode o) {
    if (o == null || !o.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    if (!o.path("id").isTextual()) {
      throw new IllegalArgumentException("missing string field \"id\"");
    }
    String id = o.get("id").asText();
    Map<String, List<String>> names = new LinkedHashMap<>();
    JsonNode ns = o.path("names");
    if (!ns.isObject()) {
      throw new IllegalArgumentException("\"names\" must be an object of language code to a list of names, in " + id);
    }
    for (var it = ns.fields(); it.hasNext(); ) {
      var e = it.next();
      String lang = Language.of(e.getKey()).code();
      List<String> list = new ArrayList<>();
      if (e.getValue().isTextual()) {
        list.add(e.getValue().asText());
      } else if (e.getValue().isArray()) {
        for (JsonNode x : e.getValue()) {
          if (!x.isTextual() || x.asText().isBlank()) {
            throw new IllegalArgumentException("\"names." + lang + "\" must hold non-blank strings, in " + id);
          }
          list.add(x.asText());
        }
      } else {
        throw new IllegalArgumentException("\"names." + lang + "\" must be a string or a list of strings, in " + id);
      }
      names.put(lang, list);
    }
    EntityType type = o.path("type").isTextual() ? EntityType.parse(o.get("type").asText()) : EntityType.OTHER;
    int mentions = o.has("mentions") ? o.get("mentions").asInt() : Math.max(1, o.path("popularity").asInt(1));
    List<String> words = new ArrayList<>();
    o.path("context_words").forEach(x -> words.add(x.asText()));
    o.path("descriptions").forEach(x -> words.add(x.asText())); // plain entities: descriptions give the context
    List<String> examples = new ArrayList<>();
    o.path("contexts").forEach(x -> examples.add(x.asText()));
    return new Proposal(id, names, type, mentions, o.path("documents").asInt(0), words, examples,
        o.path("status").asText("new"));
  }
}
