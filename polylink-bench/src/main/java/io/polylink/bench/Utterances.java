package io.polylink.bench;

import io.polylink.kb.source.JsonlSource;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.model.Document;
import io.polylink.model.Entity;
import io.polylink.model.EntityType;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Short noisy utterances as a dialogue assistant sees them ("two tix for dune tmrw at the amc": lower case,
 * abbreviations, no punctuation), generated deterministically (seed 2026) from templates and the names of a small KB
 * of movies, places and people ({@code utterances/entities.jsonl}); then linked, and scored exactly: detection (the
 * span) and linking (span and id), precision, recall, F1. Every gold mention is a KB entity; what the linker marks
 * elsewhere counts against precision.
 *
 * <p>Options: {@code --count 240} (at least 200), {@code --out DIR}. Writes {@code utterances.jsonl} (text and gold
 * mentions, code-point spans) and {@code utterances.json} (the figures).
 */
public final class Utterances {

  private static final Set<String> OPTIONS = Set.of("count", "out");
  static final long SEED = 2026;

  /** Templates: {M} a movie, {P} and {Q} places, {W} a person. */
  static final List<String> TEMPLATES = List.of(
      "two tix for {M} tmrw at the amc",
      "is {M} still playing in {P}",
      "find showtimes for {M} near {P} tonite",
      "whats the weather in {P} rn",
      "directions to {P} pls",
      "how far is {P} from {Q}",
      "play the {M} trailer",
      "who directed {M}",
      "is {W} in {M}",
      "movies with {W} this weekend",
      "text mom im in {P} now",
      "book a table in {P} for 2 at 7",
      "tell me about {W}",
      "play the new {W} song",
      "flights to {P} next fri",
      "3 tickets {M} 8pm {P}",
      "wanna watch {M} w u",
      "is {W} on tour in {P} this yr",
      "cheap hotels {P}",
      "remind me to watch {M} sat");

  record Gold(int start, int end, String id) {}

  record Utterance(String text, List<Gold> gold) {}

  private Utterances() {}

  /** The KB's entities by coarse type. */
  static Map<EntityType, List<Entity>> entities() throws IOException {
    Path tmp = Files.createTempFile("utterance-kb", ".jsonl");
    try (InputStream in = Utterances.class.getResourceAsStream("utterances/entities.jsonl")) {
      Files.write(tmp, in.readAllBytes());
      List<Entity> all = new ArrayList<>();
      new JsonlSource(tmp).read(all::add);
      Map<EntityType, List<Entity>> out = new LinkedHashMap<>();
      for (Entity e : all) {
        out.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(e);
      }
      return out;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** How a user types a name: one of its English names, lower case, punctuation gone, accents sometimes dropped. */
  static String typed(Entity e, Random r) {
    List<String> names = new ArrayList<>();
    names.add(e.labels().get("en"));
    names.addAll(e.aliases().getOrDefault("en", List.of()));
    String n = names.get(r.nextInt(names.size())).toLowerCase(Locale.ROOT).replaceAll("[:,.]", "")
        .replaceAll("\\s+", " ").strip();
    if (r.nextBoolean()) {
      n = Normalizer.normalize(n, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
    return n;
  }

  static List<Utterance> generate(int count) throws IOException {
    Map<EntityType, List<Entity>> byType = entities();
    Random r = new Random(SEED);
    List<Utterance> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String t = TEMPLATES.get(i % TEMPLATES.size());
      StringBuilder text = new StringBuilder();
      List<Gold> gold = new ArrayList<>();
      String usedPlace = null;
      int at = 0;
      while (at < t.length()) {
        int open = t.indexOf('{', at);
        if (open < 0) {
          text.append(t, at, t.length());
          break;
        }
        text.append(t, at, open);
        char slot = t.charAt(open + 1);
        List<Entity> pool = byType.get(switch (slot) {
          case 'M' -> EntityType.WORK;
          case 'W' -> EntityType.PERSON;
          default -> EntityType.LOCATION;
        });
        Entity e = pool.get(r.nextInt(pool.size()));
        while (slot == 'Q' && e.id().value().equals(usedPlace)) {
          e = pool.get(r.nextInt(pool.size()));
        }
        if (slot == 'P') {
          usedPlace = e.id().value();
        }
        String name = typed(e, r);
        int start = text.codePointCount(0, text.length());
        text.append(name);
        gold.add(new Gold(start, start + name.codePointCount(0, name.length()), e.id().value()));
        at = open + 3;
      }
      out.add(new Utterance(text.toString(), gold));
    }
    return out;
  }

  public static void main(String[] args) throws Exception {
    BenchArgs a = BenchArgs.parse(args, OPTIONS);
    Path out = a.path("out", Path.of("target", "bench"));
    int count = a.integer("count", 240);
    if (count < 200) {
      throw new IllegalArgumentException("--count must be at least 200, got " + count);
    }
    Files.createDirectories(out);
    List<Utterance> utterances = generate(count);
    try (Writer w = Files.newBufferedWriter(out.resolve("utterances.jsonl"), StandardCharsets.UTF_8)) {
      for (Utterance u : utterances) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", u.text());
        List<Object> g = new ArrayList<>();
        for (Gold x : u.gold()) {
          g.add(Map.of("start", x.start(), "end", x.end(), "id", x.id()));
        }
        m.put("mentions", g);
        w.write(Json.writeLine(m));
        w.write('\n');
      }
    }
    Path kbDir = Files.createTempDirectory("utterance-kb");
    Path src = kbDir.resolve("entities.jsonl");
    try (InputStream in = Utterances.class.getResourceAsStream("utterances/entities.jsonl")) {
      Files.write(src, in.readAllBytes());
    }
    KbBuilder.into(kbDir.resolve("kb")).threads(1).build(new JsonlSource(src));
    long predicted = 0;
    long goldCount = 0;
    long spanHits = 0;
    long linkHits = 0;
    List<String> misses = new ArrayList<>();
    try (KnowledgeBase kb = KnowledgeBase.open(kbDir.resolve("kb"))) {
      Linker linker = Linker.builder().knowledgeBase(kb).build();
      for (Utterance u : utterances) {
        LinkedDocument d = linker.link(new Document("", u.text(), Language.of("en")));
        goldCount += u.gold().size();
        for (Link l : d.links()) {
          predicted++;
          for (Gold g : u.gold()) {
            if (g.start() == l.span().start() && g.end() == l.span().end()) {
              spanHits++;
              if (!l.isNil() && l.entity().value().equals(g.id())) {
                linkHits++;
              }
            }
          }
        }
        if (misses.size() < 15 && d.links().size() != u.gold().size()) {
          misses.add(u.text() + "  ->  " + d.links().stream().map(l -> l.mention().surface() + "=" + (l.isNil()
              ? "NIL" : l.entity().value())).toList());
        }
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("utterances", utterances.size());
    result.put("goldMentions", goldCount);
    result.put("predictedMentions", predicted);
    result.put("detection", prf(spanHits, predicted, goldCount));
    result.put("linking", prf(linkHits, predicted, goldCount));
    result.put("sampleMisses", misses);
    Path file = out.resolve("utterances.json");
    Json.writeFile(file, result);
    System.out.println(Json.write(result));
  }

  private static Map<String, Object> prf(long hits, long predicted, long gold) {
    double p = predicted == 0 ? 0 : hits / (double) predicted;
    double r = gold == 0 ? 0 : hits / (double) gold;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", Math.round(p * 1000) / 1000.0);
    m.put("recall", Math.round(r * 1000) / 1000.0);
    m.put("f1", p + r == 0 ? 0 : Math.round(2 * p * r / (p + r) * 1000) / 1000.0);
    return m;
  }
}
