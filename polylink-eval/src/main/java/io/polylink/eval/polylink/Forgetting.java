package io.polylink.eval.polylink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.EvalRunner;
import io.polylink.eval.format.pprforned.PprForNedReader;
import io.polylink.eval.regression.RegressionRunner;
import io.polylink.kb.source.EntitySource;
import io.polylink.kb.source.Sources;
import io.polylink.kb.source.WikidataDumpSource;
import io.polylink.kb.store.EntityAddition;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.LiveAddSummary;
import io.polylink.link.Linker;
import io.polylink.link.LinkerConfig;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Measures forgetting: scores a fixed benchmark with Polylink, applies an update to the KB (entities added live, as
 * {@code kb add} and discovery do), scores again with the same linker, and reports both figures and their difference.
 * The KB is built fresh into a scratch folder, so cached KBs are never changed.
 *
 * <ul>
 *   <li>{@code elevant}: A2KB on an ELEVANT benchmark with a KB from a source file (e.g. {@code qid_names.tsv});
 *       figures: {@code elevant.REQUIRED.f1} (ELEVANT's rules) and {@code micro.f1} (strong match).
 *   <li>{@code pprforned}: ranking each mention's candidates (a split folder) with the KB made from that split;
 *       figure: {@code accuracy}.
 * </ul>
 */
public final class Forgetting {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Forgetting() {}

  /** Figures measured before and after. */
  public record Result(String dataset, Map<String, Double> before, Map<String, Double> after, int added,
      double addSeconds) {

    /** after − before, per figure. */
    public Map<String, Double> delta() {
      Map<String, Double> d = new java.util.LinkedHashMap<>();
      before.forEach((k, v) -> d.put(k, after.get(k) - v));
      return d;
    }

    /** The largest absolute change, in points (×100). */
    public double maxChangePoints() {
      return delta().values().stream().mapToDouble(v -> Math.abs(v) * 100).max().orElse(0);
    }

    public ObjectNode toJson() {
      ObjectNode o = JSON.createObjectNode();
      o.put("dataset", dataset);
      o.put("entities_added", added);
      o.put("add_seconds", addSeconds);
      o.set("before", JSON.valueToTree(before));
      o.set("after", JSON.valueToTree(after));
      o.set("delta", JSON.valueToTree(delta()));
      o.put("max_change_points", maxChangePoints());
      return o;
    }
  }

  /** ELEVANT A2KB before and after adding {@code update} to a KB built from {@code kbSource}. */
  public static Result elevant(Path benchmark, Path kbSource, List<EntityAddition> update, Path work)
      throws IOException {
    EntitySource source = Sources.open(PolylinkFactory.kindOf(kbSource.getFileName().toString()), kbSource,
        WikidataDumpSource.Options.defaults());
    Path kbDir = work.resolve("kb");
    KbBuilder.into(kbDir).threads(1).build(source); // one thread, as the evaluation's cached KBs
    try (KnowledgeBase kb = KnowledgeBase.open(kbDir)) {
      Linker linker = Linker.builder().knowledgeBase(kb).config(LinkerConfig.defaults()).build();
      EvalRunner runner = new EvalRunner(ignored -> new PolylinkSystem(linker));
      EvalRequest req = new EvalRequest("a2kb", "elevant", benchmark, kbSource, null, null, null, null);
      List<String> figures = List.of("elevant.REQUIRED.f1", "micro.f1");
      Map<String, Double> before = figures(runner.run(req), figures);
      LiveAddSummary s = kb.add(update);
      Map<String, Double> after = figures(runner.run(req), figures);
      return new Result(benchmark.getFileName().toString(), before, after, s.count(), s.seconds());
    }
  }

  /** PPRforNED ranking accuracy before and after adding {@code update} to the KB made from the split. */
  public static Result pprforned(Path split, List<EntityAddition> update, Path work) throws IOException {
    List<PprForNedReader.Document> docs = PprForNedReader.readDir(split);
    Path kbDir = work.resolve("kb");
    KbBuilder.into(kbDir).threads(1).build(new PprForNedKb("pprforned/" + split.getFileName(), docs));
    try (KnowledgeBase kb = KnowledgeBase.open(kbDir)) {
      EvalRunner runner = new EvalRunner(ignored -> {
        throw new IllegalStateException("not used");
      }, kb, null);
      // the linker ranks with the KB (the learned ranker alone reads only the candidate files, not the KB)
      EvalRequest req = new EvalRequest("rank", "pprforned", split, null, null, null, null, "linker");
      List<String> figures = List.of("accuracy", "mrr");
      Map<String, Double> before = figures(runner.run(req), figures);
      LiveAddSummary s = kb.add(update);
      Map<String, Double> after = figures(runner.run(req), figures);
      return new Result("pprforned/" + split.getFileName(), before, after, s.count(), s.seconds());
    }
  }

  private static Map<String, Double> figures(JsonNode result, List<String> paths) {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (String p : paths) {
      out.put(p, RegressionRunner.at(result, p).asDouble());
    }
    return out;
  }

  /**
   * {@code n} new entities with made-up names, seeded: person names (given name and family name) and organization
   * names (a family name or a place-like word with an organization word), in English and German, popularity 1 to 5
   * as discovered clusters have, ids {@code new:gen-<i>}. A share {@code homonyms} of them instead takes a name of
   * {@code existingNames} (picked by the seed): a new entity named like an established one, the hardest case.
   */
  public static List<EntityAddition> generated(int n, long seed, double homonyms, List<String> existingNames) {
    if (n < 1) {
      throw new IllegalArgumentException("number of entities to add must be >= 1, got " + n);
    }
    if (!(homonyms >= 0 && homonyms <= 1)) {
      throw new IllegalArgumentException("homonym share must be in [0, 1], got " + homonyms);
    }
    if (homonyms > 0 && (existingNames == null || existingNames.isEmpty())) {
      throw new IllegalArgumentException("homonyms need the existing names to copy");
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] on = {"", "b", "br", "d", "f", "g", "gr", "h", "k", "kl", "l", "m", "n", "p", "r", "s", "st", "t", "v",
        "w", "z"};
    String[] nu = {"a", "e", "i", "o", "u", "ei", "au", "ie", "ö", "ä"};
    String[] co = {"n", "r", "l", "s", "m", "nd", "rt", "ld", "ck", "tz", "ng", "x"};
    String[] org = {"AG", "GmbH", "Bank", "Verlag", "Werke", "Company", "Trust", "Holdings", "Institute", "Gazette",
        "Brauerei", "Verein"};
    List<EntityAddition> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = "new:gen-" + i;
      long pop = 1 + rnd.nextInt(5);
      String lang = rnd.nextBoolean() ? "en" : "de";
      String name;
      EntityType type;
      if (rnd.nextDouble() < homonyms) {
        name = existingNames.get(rnd.nextInt(existingNames.size()));
        type = EntityType.OTHER;
      } else if (rnd.nextBoolean()) {
        name = cap(word(rnd, on, nu, co, 2 + rnd.nextInt(2))) + " " + cap(word(rnd, on, nu, co, 2 + rnd.nextInt(2)));
        type = EntityType.PERSON;
      } else {
        name = cap(word(rnd, on, nu, co, 2 + rnd.nextInt(2))) + " " + org[rnd.nextInt(org.length)];
        type = EntityType.ORGANIZATION;
      }
      out.add(EntityAddition.of(new Entity(EntityId.of(id), Map.of(lang, name), Map.of(), Map.of(), Map.of(), pop,
          type)));
    }
    return out;
  }

  private static String word(SplittableRandom rnd, String[] on, String[] nu, String[] co, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      b.append(on[rnd.nextInt(on.length)]).append(nu[rnd.nextInt(nu.length)]);
    }
    b.append(co[rnd.nextInt(co.length)]);
    return b.toString();
  }

  private static String cap(String w) {
    return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }

  /** The names in a TSV KB source ({@code id<TAB>name...}), for homonyms. */
  public static List<String> tsvNames(Path tsv) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(tsv)) {
      String[] f = line.split("\t", -1);
      if (f.length > 1 && !f[1].isBlank()) {
        out.add(f[1].strip());
      }
    }
    return out;
  }

  /** The candidate titles of a PPRforNED split, sorted and distinct, for homonyms. */
  public static List<String> pprNames(Path split) {
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    for (PprForNedReader.Document d : PprForNedReader.readDir(split)) {
      for (PprForNedReader.Mention m : d.mentions()) {
        for (PprForNedReader.Candidate c : m.candidates()) {
          if (!c.name().isBlank()) {
            out.add(c.name().strip());
          }
        }
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The acceptance measurement of issue 7: {@code args[0]} the data folder, {@code args[1]} entities to add (default
   * 10,000), {@code args[2]} homonym share (default 0), {@code args[3]} ELEVANT benchmark (default msnbc).
   */
  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    double homonyms = args.length > 2 ? Double.parseDouble(args[2]) : 0;
    String bench = args.length > 3 ? args[3] : "msnbc";
    Path tsv = data.resolve("elevant/kb/qid_names.tsv");
    Path work = java.nio.file.Files.createTempDirectory("polylink-forgetting-");
    Result e = elevant(data.resolve("elevant/benchmarks/" + bench + ".benchmark.jsonl"), tsv,
        generated(n, 7, homonyms, homonyms > 0 ? tsvNames(tsv) : List.of()), work.resolve("elevant"));
    System.out.println(e.toJson());
    Path testa = data.resolve("pprforned/testa");
    Result p = pprforned(testa, generated(n, 7, homonyms, homonyms > 0 ? pprNames(testa) : List.of()),
        work.resolve("ppr"));
    System.out.println(p.toJson());
  }
}
