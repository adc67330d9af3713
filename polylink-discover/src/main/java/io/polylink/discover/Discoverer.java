package io.polylink.discover;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polylink.link.CommonWords;
import io.polylink.model.EntityType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Clusters NIL mentions across documents, incrementally: each mention joins the most similar existing cluster when
 * the similarity reaches the threshold (see {@link DiscoveryConfig} for the measure), else it starts a new one (online
 * "leader" clustering, one pass, in the order mentions arrive). Clusters persist in a state file, so a later batch
 * joins the clusters of earlier ones. Each cluster gets a stable id in the {@code new:} namespace and becomes a
 * {@link Proposal}: one entity built from all its mentions.
 *
 * <pre>{@code
 * Discoverer d = Discoverer.load(Path.of("clusters.json"), DiscoveryConfig.defaults());   // empty if absent
 * for (LinkedDocument doc : linked) {
 *   NilMention.of(doc, d.config().contextTokens()).forEach(d::add);
 * }
 * List<Proposal> proposals = d.proposals(true);   // clusters this batch created or grew
 * d.save(Path.of("clusters.json"));
 * }</pre>
 *
 * <p>Candidate clusters for a mention are those sharing its normalized name, a content token of it, or the first three
 * letters of its longest token (OCR variants), at most the {@link #MAX_CANDIDATES_PER_KEY} (prefixes: {@link
 * #MAX_CANDIDATES_PER_PREFIX}) most recent per key, so the cost per mention is bounded whatever the number of
 * clusters. Not thread-safe.
 */
public final class Discoverer {

  /** Candidate clusters examined per name or token key (the most recently created ones). */
  static final int MAX_CANDIDATES_PER_KEY = 200;
  /** Candidate clusters examined per three-letter prefix key: many names share a prefix, few are misspellings. */
  static final int MAX_CANDIDATES_PER_PREFIX = 40;
  static final String STATE_FORMAT = "polylink-discover-state";
  static final int STATE_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A normalized name's content tokens and sorted, distinct character-trigram hashes. */
  record NameShape(List<String> tokens, int[] trigrams) {
    static NameShape of(String key, String language) {
      String p = " " + key + " ";
      int[] t = new int[Math.max(0, p.length() - 2)];
      for (int i = 0; i + 3 <= p.length(); i++) {
        t[i] = p.charAt(i) * 961 * 31 + p.charAt(i + 1) * 31 + p.charAt(i + 2);
      }
      int[] sorted = java.util.Arrays.stream(t).sorted().distinct().toArray();
      return new NameShape(contentTokens(key, language), sorted);
    }
  }

  private final DiscoveryConfig config;
  private final List<Cluster> clusters = new ArrayList<>();
  private final Map<String, Cluster> byId = new HashMap<>();
  private final Map<String, List<Cluster>> blocks = new HashMap<>();
  private final int batch;
  private long mentions;
  private Predicate<String> idTaken = id -> false;

  private Discoverer(DiscoveryConfig config, int batch) {
    this.config = config;
    this.batch = batch;
  }

  /** A discoverer with no clusters yet. */
  public static Discoverer create(DiscoveryConfig config) {
    return new Discoverer(config == null ? DiscoveryConfig.defaults() : config, 1);
  }

  /**
   * The clusters saved in {@code state} (a file written by {@link #save}), to which this batch's mentions are added;
   * no clusters when the file does not exist.
   *
   * @throws IOException when the file exists but is not a discovery state
   */
  public static Discoverer load(Path state, DiscoveryConfig config) throws IOException {
    if (state == null || !Files.exists(state)) {
      return create(config);
    }
    JsonNode root;
    try {
      root = JSON.readTree(state.toFile());
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException(state + " is not a discovery state file: " + e.getOriginalMessage());
    }
    if (root == null || !STATE_FORMAT.equals(root.path("format").asText())) {
      throw new IOException(state + " is not a discovery state file (no \"format\": \"" + STATE_FORMAT + "\")");
    }
    if (root.path("version").asInt() != STATE_VERSION) {
      throw new IOException(state + " is a discovery state of version " + root.path("version").asInt()
          + ", this version reads " + STATE_VERSION);
    }
    Discoverer d = new Discoverer(config == null ? DiscoveryConfig.defaults() : config,
        root.path("batches").asInt() + 1);
    d.mentions = root.path("mentions").asLong();
    for (JsonNode c : root.path("clusters")) {
      Cluster cl = new Cluster(c.path("id").asText(), c.path("created").asInt());
      cl.updatedBatch = c.path("updated").asInt();
      cl.size = c.path("size").asInt();
      cl.loadedSize = cl.size;
      cl.documents = c.path("documents").asInt();
      cl.lastDoc = c.path("last_doc").asText();
      c.path("names").fields().forEachRemaining(e -> cl.names.put(e.getKey(), e.getValue().asInt()));
      c.path("keys").fields().forEachRemaining(e -> cl.keys.put(e.getKey(), e.getValue().asInt()));
      c.path("languages").fields().forEachRemaining(e -> cl.languages.put(e.getKey(), e.getValue().asInt()));
      c.path("types").fields().forEachRemaining(e -> cl.typeVotes[EntityType.parse(e.getKey()).ordinal()] =
          e.getValue().asInt());
      c.path("context").fields().forEachRemaining(e -> cl.context.put(e.getKey(), e.getValue().asInt()));
      c.path("examples").forEach(x -> cl.examples.add(x.asText()));
      if (cl.id.isEmpty() || cl.keys.isEmpty() || cl.size < 1) {
        throw new IOException(state + ": a cluster without id, names or mentions (" + c + ")");
      }
      cl.updateNorm();
      d.register(cl);
    }
    return d;
  }

  public DiscoveryConfig config() {
    return config;
  }

  /** Ids in use elsewhere (e.g. in the KB): new clusters never take one. */
  public Discoverer avoidIds(Predicate<String> taken) {
    this.idTaken = taken == null ? id -> false : taken;
    return this;
  }

  /** Number of clusters. */
  public int clusterCount() {
    return clusters.size();
  }

  /** Number of mentions clustered, over all batches. */
  public long mentionCount() {
    return mentions;
  }

  /** Adds a mention to its cluster (an existing one or a new one) and returns the cluster's id. */
  public String add(NilMention m) {
    mentions++;
    NameShape shape = NameShape.of(m.key(), m.language());
    Cluster best = null;
    double bestScore = -1;
    Set<Cluster> seen = new HashSet<>();
    for (String block : blockKeys(m.key(), shape.tokens())) {
      List<Cluster> list = blocks.get(block);
      if (list == null) {
        continue;
      }
      int cap = block.startsWith("p:") ? MAX_CANDIDATES_PER_PREFIX : MAX_CANDIDATES_PER_KEY;
      for (int i = list.size() - 1, n = 0; i >= 0 && n < cap; i--, n++) {
        Cluster c = list.get(i);
        if (!seen.add(c)) {
          continue;
        }
        double s = similarity(m, shape, c);
        // ties: the older cluster (lower ordinal) wins, deterministically
        if (s > bestScore || (s == bestScore && best != null && c.ordinal < best.ordinal)) {
          best = c;
          bestScore = s;
        }
      }
    }
    if (best == null || bestScore < config.threshold()) {
      best = new Cluster(newId(m.key()), batch);
      best.add(m, batch, config);
      register(best);
    } else {
      boolean newKey = !best.keys.containsKey(m.key());
      best.add(m, batch, config);
      if (newKey) {
        best.shapes.put(m.key(), shape);
        index(best, m.key(), shape.tokens());
      }
    }
    return best.id;
  }

  /**
   * Similarity of a mention and a cluster (see {@link DiscoveryConfig}), in [−typePenalty, 1].
   */
  double similarity(NilMention m, NameShape shape, Cluster c) {
    double name = nameSimilarity(m.key(), shape, c);
    if (name == 0) {
      return 0;
    }
    double ctx = 0;
    if (!m.contextWords().isEmpty() && c.contextNorm > 0) {
      double dot = 0;
      for (String w : m.contextWords()) {
        Integer n = c.context.get(w);
        if (n != null) {
          dot += n;
        }
      }
      ctx = dot / (Math.sqrt(m.contextWords().size()) * c.contextNorm);
    }
    double s = config.nameWeight() * name + (1 - config.nameWeight()) * ctx;
    EntityType ct = c.type();
    if (m.typeGuess() != null && ct != null && ct != m.typeGuess()) {
      s -= config.typePenalty();
    }
    return s;
  }

  static double nameSimilarity(String key, NameShape shape, Cluster c) {
    if (c.keys.containsKey(key)) {
      return 1.0;
    }
    List<String> tokens = shape.tokens();
    double best = 0;
    for (NameShape other : c.shapes.values()) {
      List<String> ot = other.tokens();
      if (!tokens.isEmpty() && !ot.isEmpty() && tokens.get(tokens.size() - 1).equals(ot.get(ot.size() - 1))
          && (ot.containsAll(tokens) || tokens.containsAll(ot))) {
        best = Math.max(best, 0.8);
        continue;
      }
      double dice = dice(shape.trigrams(), other.trigrams());
      if (dice >= 0.6) {
        best = Math.max(best, 0.9 * dice);
      }
    }
    return best;
  }

  /** Dice coefficient of two sorted, distinct int sets. */
  static double dice(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (a.length + b.length);
  }

  /** The tokens of a normalized name that carry it: 2+ characters, not function words. */
  static List<String> contentTokens(String key, String language) {
    List<String> out = new ArrayList<>();
    for (String t : key.split(" ")) {
      if (t.length() >= 2 && !CommonWords.isCommon(t, language)) {
        out.add(t);
      }
    }
    return out;
  }

  private static List<String> blockKeys(String key, List<String> tokens) {
    List<String> out = new ArrayList<>();
    out.add("k:" + key);
    String longest = "";
    for (String t : tokens) {
      if (t.length() >= 3) {
        out.add("t:" + t);
      }
      if (t.length() > longest.length()) {
        longest = t;
      }
    }
    if (longest.codePointCount(0, longest.length()) >= 4) {
      out.add("p:" + longest.substring(0, longest.offsetByCodePoints(0, 3)));
    }
    return out;
  }

  private void register(Cluster c) {
    c.ordinal = clusters.size();
    clusters.add(c);
    byId.put(c.id, c);
    String lang = c.language();
    for (String k : c.keys.keySet()) {
      NameShape shape = NameShape.of(k, lang);
      c.shapes.put(k, shape);
      index(c, k, shape.tokens());
    }
  }

  private void index(Cluster c, String key, List<String> tokens) {
    for (String b : blockKeys(key, tokens)) {
      List<Cluster> list = blocks.computeIfAbsent(b, x -> new ArrayList<>(2));
      if (list.isEmpty() || list.get(list.size() - 1) != c) {
        list.add(c);
      }
    }
  }

  /** A readable, stable id: {@code new:} and the name's slug, with a number when the slug is taken. */
  private String newId(String key) {
    StringBuilder slug = new StringBuilder();
    key.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        slug.appendCodePoint(cp);
      } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
        slug.append('-');
      }
    });
    String base = slug.toString().replaceAll("-+$", "");
    if (base.isEmpty()) {
      base = "entity";
    }
    if (base.codePointCount(0, base.length()) > 48) {
      base = base.substring(0, base.offsetByCodePoints(0, 48)).replaceAll("-+$", "");
    }
    String id = "new:" + base;
    for (int n = 2; byId.containsKey(id) || idTaken.test(id); n++) {
      id = "new:" + base + "-" + n;
    }
    return id;
  }

  /**
   * The clusters as entity proposals, in order of creation: all with at least {@link DiscoveryConfig#minMentions()}
   * mentions, or, when {@code changedOnly}, only those this batch created or grew (an earlier batch's proposal of a
   * grown cluster is replaced when it is added again: same id).
   */
  public List<Proposal> proposals(boolean changedOnly) {
    List<Proposal> out = new ArrayList<>();
    for (Cluster c : clusters) {
      if (c.size < config.minMentions() || (changedOnly && c.updatedBatch != batch)) {
        continue;
      }
      out.add(proposal(c));
    }
    return out;
  }

  /** The cluster id of every cluster's mentions is its proposal id; this gives the proposal of one id. */
  public java.util.Optional<Proposal> proposal(String clusterId) {
    Cluster c = byId.get(clusterId);
    return c == null ? java.util.Optional.empty() : java.util.Optional.of(proposal(c));
  }

  private Proposal proposal(Cluster c) {
    List<String> words = c.topContext(Proposal.CONTEXT_WORDS).stream().map(Map.Entry::getKey).toList();
    List<String> names = c.namesByFrequency();
    String lang = c.language();
    Map<String, List<String>> byLang = new LinkedHashMap<>();
    byLang.put(lang, names.subList(0, Math.min(Proposal.MAX_NAMES, names.size())));
    EntityType type = c.type();
    return new Proposal(c.id, byLang, type == null ? EntityType.OTHER : type, c.size, c.documents, words,
        c.examples, c.loadedSize >= config.minMentions() ? "grown" : "new");
  }

  /** Writes the clusters to {@code state}, atomically (a temporary file, then a rename). */
  public void save(Path state) throws IOException {
    Path abs = state.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
    try (OutputStream os = Files.newOutputStream(tmp);
        JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("format", STATE_FORMAT);
      g.writeNumberField("version", STATE_VERSION);
      g.writeNumberField("batches", batch);
      g.writeNumberField("mentions", mentions);
      g.writeObjectFieldStart("config");
      g.writeNumberField("threshold", config.threshold());
      g.writeNumberField("name_weight", config.nameWeight());
      g.writeNumberField("type_penalty", config.typePenalty());
      g.writeNumberField("context_tokens", config.contextTokens());
      g.writeEndObject();
      g.writeArrayFieldStart("clusters");
      for (Cluster c : clusters) {
        g.writeStartObject();
        g.writeStringField("id", c.id);
        g.writeNumberField("created", c.createdBatch);
        g.writeNumberField("updated", c.updatedBatch);
        g.writeNumberField("size", c.size);
        g.writeNumberField("documents", c.documents);
        g.writeStringField("last_doc", c.lastDoc);
        counts(g, "names", c.names);
        counts(g, "keys", c.keys);
        counts(g, "languages", c.languages);
        g.writeObjectFieldStart("types");
        for (EntityType t : EntityType.values()) {
          if (c.typeVotes[t.ordinal()] > 0) {
            g.writeNumberField(t.code(), c.typeVotes[t.ordinal()]);
          }
        }
        g.writeEndObject();
        Map<String, Integer> ctx = new LinkedHashMap<>();
        c.topContext(config.clusterContextWords()).forEach(e -> ctx.put(e.getKey(), e.getValue()));
        counts(g, "context", ctx);
        g.writeArrayFieldStart("examples");
        for (String e : c.examples) {
          g.writeString(e);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    try {
      Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void counts(JsonGenerator g, String field, Map<String, Integer> m) throws IOException {
    g.writeObjectFieldStart(field);
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Discoverer[%d clusters, %d mentions, batch %d]", clusters.size(), mentions,
        batch);
  }
}
