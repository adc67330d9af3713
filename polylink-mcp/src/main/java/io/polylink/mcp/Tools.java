package io.polylink.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.polylink.format.LlmText;
import io.polylink.format.Spotlight;
import io.polylink.kb.source.JsonlSource;
import io.polylink.kb.source.SourceException;
import io.polylink.kb.store.EntityAddition;
import io.polylink.kb.store.EntityRecord;
import io.polylink.kb.store.KbBusyException;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.LiveAddSummary;
import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import io.polylink.kb.text.EditDistance;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.link.Linker;
import io.polylink.link.LinkerConfig;
import io.polylink.model.Document;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import io.polylink.model.EntityUris;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.redact.DocumentReport;
import io.polylink.redact.Finding;
import io.polylink.redact.Policy;
import io.polylink.redact.RedactedDocument;
import io.polylink.redact.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The tools' work, transport aside. Thread-safe. */
final class Tools {

  private static final int MAX_TARGETS = 10;

  private final KnowledgeBase kb;
  private final Linker linker;
  private final LinkerConfig config;
  private final Policy policy;
  private volatile Redactor defaultRedactor;
  private volatile Linker redactLinker;
  private final Map<Double, Linker> byConfidence = new ConcurrentHashMap<>();

  Tools(KnowledgeBase kb, Linker linker, LinkerConfig config, Policy policy) {
    this.kb = kb;
    this.linker = linker;
    this.config = config;
    this.policy = policy;
  }

  /** The redaction linker, built on first use: a server whose clients never redact does not pay for it. */
  private Linker redactLinker() {
    Linker l = redactLinker;
    if (l == null) {
      synchronized (this) {
        if (redactLinker == null) {
          // redaction needs the types of names, not their misspellings (as the server's /v1/redact)
          redactLinker = Linker.builder().knowledgeBase(kb).config(config.withFuzzyUnknownNames(false)).build();
        }
        l = redactLinker;
      }
    }
    return l;
  }

  private Redactor defaultRedactor() {
    Redactor r = defaultRedactor;
    if (r == null) {
      synchronized (this) {
        if (defaultRedactor == null) {
          defaultRedactor = Redactor.builder().linker(redactLinker()).policy(policy).build();
        }
        r = defaultRedactor;
      }
    }
    return r;
  }

  // ---- link_entities

  Map<String, Object> link(Args a) {
    String text = a.string("text");
    Language lang = language(a, "link_entities", a.optString("language"));
    Double confidence = a.optUnit("confidence");
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    for (String t : a.optStrings("types")) {
      try {
        types.addAll(Spotlight.parseTypes(t));
      } catch (IllegalArgumentException e) {
        throw new ToolError("link_entities: bad 'types': " + e.getMessage());
      }
    }
    LinkedDocument d = linker(confidence).link(new Document("", text, lang));
    String docLang = d.document().language().isUndetermined() ? "en" : d.document().language().primary();
    List<Link> kept = new ArrayList<>();
    List<Map<String, Object>> mentions = new ArrayList<>();
    int unlinked = 0;
    Map<EntityId, Optional<EntityRecord>> records = new LinkedHashMap<>();
    for (Link l : d.links()) {
      if (!types.isEmpty() && !types.contains(l.type())) {
        continue;
      }
      if (l.isNil()) {
        unlinked++;
        continue;
      }
      kept.add(l);
      Optional<EntityRecord> r = records.computeIfAbsent(l.entity(), this::record);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("text", l.mention().surface());
      m.put("start", l.span().start());
      m.put("end", l.span().end());
      m.put("id", l.entity().value());
      m.put("label", l.label() == null ? l.entity().value() : l.label());
      m.put("description", r.map(x -> x.description(docLang)).orElse(""));
      m.put("type", l.type().code());
      m.put("score", Math.round(l.score() * 1000) / 1000.0);
      m.put("uri", EntityUris.web(l.entity()));
      mentions.add(m);
    }
    LinkedDocument shown = new LinkedDocument(d.document(), kept);
    String annotated = LlmText.render(shown, id -> records.get(id)
        .map(r -> new LlmText.Entry(r.label(docLang), r.description(docLang)))
        .orElse(new LlmText.Entry("", "")));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("language", d.document().language().code());
    out.put("mentions", mentions);
    out.put("unlinked", unlinked);
    out.put("annotated", annotated);
    return out;
  }

  private Linker linker(Double confidence) {
    if (confidence == null || confidence == config.nilThreshold()) {
      return linker;
    }
    return byConfidence.computeIfAbsent(confidence,
        c -> Linker.builder().knowledgeBase(kb).config(config.withNilThreshold(c)).mentionTagger(linker.mentionTagger())
            .build());
  }

  private static Language language(Args a, String tool, String code) {
    if (code == null) {
      return Language.UNDETERMINED;
    }
    try {
      return Language.of(code);
    } catch (IllegalArgumentException e) {
      throw new ToolError(tool + ": invalid 'language' '" + code + "': " + e.getMessage());
    }
  }

  private Optional<EntityRecord> record(EntityId id) {
    try {
      return kb.entity(id);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read entity " + id + " from the KB", e);
    }
  }

  // ---- search_entities

  Map<String, Object> search(Args a) {
    String name = a.string("name");
    Language lang = language(a, "search_entities", a.optString("language"));
    int limit = a.optInt("limit", 1, 50, 10);
    String key = TextNormalizer.key(name);
    if (key.isEmpty()) {
      throw new ToolError("search_entities: 'name' has no letters or digits to search by");
    }
    String prefer = lang.isUndetermined() ? null : lang.primary();
    Map<String, Map<String, Object>> found = new LinkedHashMap<>();
    try (Lookup l = kb.lookup()) {
      List<NameHit> exact = new ArrayList<>(l.candidates(key, Math.max(limit, 20)));
      if (prefer != null) {
        // a stable sort: entities with the name in the asked language first, popularity order kept otherwise
        exact.sort((x, y) -> Boolean.compare(!hasName(x.record(), key, prefer), !hasName(y.record(), key, prefer)));
      }
      for (NameHit h : exact) {
        add(found, h.record(), "exact", key, prefer);
      }
      for (NameHit h : l.transliterated(key, limit)) {
        add(found, h.record(), "romanized", key, prefer);
      }
      if (found.size() < limit && key.length() >= 4) {
        for (NameHit h : l.fuzzy(key, key.length() >= 8 ? 2 : 1, 1, limit)) {
          add(found, h.record(), "fuzzy", key, prefer);
        }
      }
    }
    List<Map<String, Object>> candidates = new ArrayList<>(found.values());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", name);
    out.put("candidates", candidates.size() > limit ? candidates.subList(0, limit) : candidates);
    return out;
  }

  private static boolean hasName(EntityRecord r, String key, String language) {
    for (EntityRecord.Name n : r.names()) {
      if (n.key().equals(key) && (n.language().equals(language) || n.language().startsWith(language + "-"))) {
        return true;
      }
    }
    return false;
  }

  private static void add(Map<String, Map<String, Object>> found, EntityRecord r, String match, String key,
      String prefer) {
    if (found.containsKey(r.id().value())) {
      return;
    }
    String matched = null;
    Set<String> languages = new TreeSet<>();
    int best = Integer.MAX_VALUE;
    for (EntityRecord.Name n : r.names()) {
      int d = switch (match) {
        case "exact" -> n.key().equals(key) ? 0 : Integer.MAX_VALUE;
        case "romanized" -> n.label() ? 0 : Integer.MAX_VALUE;
        default -> EditDistance.of(n.key(), key);
      };
      if (d < best) {
        best = d;
        matched = n.text();
        languages.clear();
      }
      if (d == best && d != Integer.MAX_VALUE && n.text().equals(matched)) {
        languages.add(n.language());
      }
    }
    String lang = prefer == null ? "en" : prefer;
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", r.id().value());
    c.put("label", r.label(lang));
    c.put("description", r.description(lang));
    c.put("type", r.type().code());
    c.put("popularity", r.popularity());
    c.put("match", match);
    c.put("matched_name", matched == null ? r.label(lang) : matched);
    c.put("name_languages", List.copyOf(languages));
    found.put(r.id().value(), c);
  }


  // ---- get_entity

  Map<String, Object> entity(Args a) {
    String raw = a.string("id").strip();
    Language lang = language(a, "get_entity", a.optString("language"));
    EntityId id;
    try {
      id = EntityId.of(raw);
    } catch (IllegalArgumentException e) {
      throw new ToolError("get_entity: invalid 'id' '" + raw + "': " + e.getMessage());
    }
    EntityRecord r = record(id).orElseThrow(() -> new ToolError("get_entity: no entity '" + raw
        + "' in the KB; find ids with search_entities or link_entities"));
    String l = lang.isUndetermined() ? "en" : lang.primary();
    Entity e = r.toEntity();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", r.id().value());
    out.put("uri", EntityUris.web(r.id()));
    out.put("label", r.label(l));
    out.put("description", r.description(l));
    out.put("type", r.type().code());
    out.put("popularity", r.popularity());
    out.put("labels", new TreeMap<>(e.labels()));
    out.put("aliases", new TreeMap<>(e.aliases()));
    out.put("descriptions", new TreeMap<>(e.descriptions()));
    out.put("type_profile", List.copyOf(new TreeSet<>(r.relations().keySet())));
    List<Map<String, Object>> relations = new ArrayList<>();
    try (Lookup lookup = kb.lookup()) {
      for (Map.Entry<String, List<String>> rel : new TreeMap<>(r.relations()).entrySet()) {
        List<Map<String, Object>> targets = new ArrayList<>();
        for (String t : rel.getValue().subList(0, Math.min(MAX_TARGETS, rel.getValue().size()))) {
          Map<String, Object> target = new LinkedHashMap<>();
          target.put("id", t);
          target.put("label", label(lookup, t, l));
          targets.add(target);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("property", rel.getKey());
        m.put("targets", targets);
        relations.add(m);
      }
    }
    out.put("relations", relations);
    return out;
  }

  private static String label(Lookup lookup, String id, String language) {
    try {
      return lookup.byId(EntityId.of(id)).map(x -> x.label(language)).orElse("");
    } catch (IllegalArgumentException e) {
      return "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- redact_text

  Map<String, Object> redact(Args a) {
    String text = a.string("text");
    Language lang = language(a, "redact_text", a.optString("language"));
    Map<String, Object> given = a.optObject("policy");
    Redactor r;
    if (given == null) {
      r = defaultRedactor();
    } else {
      try {
        JsonNode node = PolylinkTools.JSON.valueToTree(given);
        r = Redactor.builder().linker(redactLinker()).policy(Policy.parse(node)).build();
      } catch (IllegalArgumentException e) {
        throw new ToolError("redact_text: invalid 'policy': " + e.getMessage());
      }
    }
    RedactedDocument d = r.redact("", text, lang.isUndetermined() ? "" : lang.code());
    DocumentReport report = d.report();
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : report.findings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", f.type());
      m.put("start", f.span().start());
      m.put("end", f.span().end());
      m.put("operator", f.operator());
      m.put("recognizer", f.recognizer());
      m.put("score", Math.round(f.score() * 1000) / 1000.0);
      findings.add(m); // never f.original(): the point is that the values do not leave
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("text", d.text());
    out.put("counts", new TreeMap<>(report.counts()));
    out.put("findings", findings);
    return out;
  }

  // ---- add_entity

  Map<String, Object> add(Args a) {
    Map<String, Object> entity = a.object("entity");
    Entity e = parseEntity(entity);
    LiveAddSummary s;
    try {
      s = kb.add(List.of(EntityAddition.of(e)));
    } catch (IllegalArgumentException ex) {
      throw new ToolError("add_entity: entity rejected, nothing added: " + ex.getMessage());
    } catch (KbBusyException ex) {
      throw new ToolError("add_entity: the KB is busy with another writer; nothing added, retry shortly");
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("added", s.added());
    out.put("replaced", s.replaced());
    out.put("kb_entities", kb.size());
    return out;
  }

  /** Reads the entity with the KB's own JSONL reader: one schema and one set of messages with {@code kb build}. */
  private static Entity parseEntity(Map<String, Object> entity) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile("polylink-mcp-add-", ".jsonl");
      Files.writeString(tmp, PolylinkTools.JSON.writeValueAsString(entity) + "\n", StandardCharsets.UTF_8);
      List<Entity> out = new ArrayList<>();
      new JsonlSource(tmp).read(out::add);
      if (out.size() != 1) {
        throw new ToolError("add_entity: 'entity' must be one entity");
      }
      return out.get(0);
    } catch (SourceException ex) {
      String prefix = ex.file() + (ex.line() > 0 ? ":" + ex.line() : "") + ": ";
      String reason = ex.getMessage().startsWith(prefix) ? ex.getMessage().substring(prefix.length()) : ex.getMessage();
      throw new ToolError("add_entity: invalid 'entity': " + reason);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot stage the entity", ex);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ex) {
          tmp.toFile().deleteOnExit();
        }
      }
    }
  }
}
