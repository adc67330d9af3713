package io.polylink.bench;

import io.polylink.bench.synth.SampledName;
import io.polylink.bench.synth.SyntheticWikidataDump;
import io.polylink.kb.source.Sources;
import io.polylink.kb.source.WikidataDumpSource;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.link.LinkerConfig;
import io.polylink.link.rank.RankerModel;
import io.polylink.link.types.TypeClassifier;
import io.polylink.link.types.TypeProfiles;
import io.polylink.link.types.TypeSamples;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import io.polylink.model.Link;
import io.polylink.model.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Types from relations on a synthetic benchmark: a KB built from the synthetic Wikidata dump (its items have P31,
 * P106, P27, P17, P131, ... claims), and English documents whose sentences mention its entities, half of them with a
 * context word typical of the entity's kind ("the striker X", "flights to X", "shares of X"; 15% of those cues from a
 * wrong kind), half in the kind-neutral sentences of the news benchmark. Half the mentions use names that several
 * entities of different kinds share. Three disjoint document sets (seeds): <b>train</b> (the type classifier learns
 * from its gold mentions), <b>dev</b> (the untaught weights of the type features are chosen there) and <b>test</b>
 * (reported). Also measures linking throughput with and without types in the same run, alternating halves.
 *
 * <p>The cues come from this generator, so the figures say what the feature gives when context carries type
 * evidence, not how much real text carries.
 *
 * <pre>
 * polylink-bench/run.sh types [--entities 50000] [--seed 42] [--docs 300] [--seconds 20] [--out DIR]
 * </pre>
 */
public final class TypeBench {

  private static final Set<String> OPTIONS = Set.of("entities", "seed", "docs", "seconds", "out", "weights");

  private static final Map<EntityType, String[]> CUES = Map.of(
      EntityType.PERSON, new String[] {"the striker {N} scored", "actor {N} said", "{N}, who was born in the town,",
          "minister {N} told reporters", "the singer {N} performed", "her husband {N} wrote",
          "coach {N} praised his players", "the novelist {N} was awarded"},
      EntityType.LOCATION, new String[] {"flights to {N} were cancelled", "the city of {N}", "residents of {N} voted",
          "the mayor of {N} said", "he moved to {N}", "roads around {N} were closed", "the population of {N} grew"},
      EntityType.ORGANIZATION, new String[] {"shares of {N} rose", "the company {N} hired", "{N} employees went on strike",
          "the board of {N} met", "{N} reported quarterly profits", "investors in {N} sold"},
      EntityType.WORK, new String[] {"the film {N} premiered", "the novel {N} was published", "critics reviewed {N}",
          "the album {N} sold copies", "the sequel to {N} was released"},
      EntityType.EVENT, new String[] {"during the {N} crowds gathered", "the {N} was held", "tickets for the {N}",
          "the {N} attracted visitors"},
      EntityType.OTHER, new String[] {"the species {N} was observed", "the plant {N} grows", "specimens of {N} were found",
          "the genus {N} includes"});
  private static final String[] NEUTRAL = {"{N} was mentioned in the report", "the report on {N} was late",
      "officials spoke about {N} again", "news about {N} spread quickly", "{N} made headlines last week"};

  private TypeBench() {}

  /** A generated document with its planted mentions (code point spans, gold ids, ambiguous name or not). */
  record Doc(String text, List<Span> spans, List<String> ids, List<Boolean> ambiguous, List<Boolean> separable) {}

  public static void main(String[] args) throws IOException {
    BenchArgs a = BenchArgs.parse(args, OPTIONS);
    SyntheticData.Origin origin = a.origin(new SyntheticData.Origin(50_000, 42));
    int entities = origin.entities();
    long seed = origin.seed();
    int docs = a.integer("docs", 300);
    double seconds = a.decimal("seconds", 20);
    Path out = a.path("out", Path.of("target", "bench"));
    Path dump = SyntheticData.defaultDump(out, origin);
    SyntheticData.ensureDump(dump, origin);
    Path kbDir = out.resolve("types-kb-" + entities + "-" + seed);
    if (!KnowledgeBase.exists(kbDir)) {
      KbBuilder.into(kbDir).build(Sources.open("wikidata", dump, WikidataDumpSource.Options.defaults()));
    }
    List<SampledName> names = SyntheticWikidataDump.names(entities, seed, entities);
    Map<String, List<SampledName>> byName = new HashMap<>();
    for (SampledName n : names) {
      byName.computeIfAbsent(n.name(), k -> new ArrayList<>()).add(n);
    }
    List<SampledName> ambiguous = new ArrayList<>();
    for (SampledName n : names) {
      if (byName.get(n.name()).stream().map(SampledName::type).distinct().count() > 1) {
        ambiguous.add(n);
      }
    }
    System.out.printf(Locale.ROOT, "%,d names, %,d of them shared by entities of different kinds%n", names.size(),
        ambiguous.size());
    List<Doc> train = generate(new SplittableRandom(1), docs, names, ambiguous, byName);
    List<Doc> dev = generate(new SplittableRandom(2), docs, names, ambiguous, byName);
    List<Doc> test = generate(new SplittableRandom(3), docs, names, ambiguous, byName);
    Map<String, Object> result = new LinkedHashMap<>();
    try (KnowledgeBase kb = KnowledgeBase.open(kbDir)) {
      TypeProfiles profiles = new TypeProfiles(TypeProfiles.DEFAULT_DEPTH);
      List<TypeClassifier.Sample> samples = new ArrayList<>();
      for (Doc d : train) {
        List<TypeSamples.Gold> gold = new ArrayList<>();
        for (int i = 0; i < d.spans().size(); i++) {
          gold.add(new TypeSamples.Gold(d.spans().get(i), EntityId.of(d.ids().get(i))));
        }
        samples.addAll(TypeSamples.fromGold(kb, profiles, d.text(), gold));
      }
      long t0 = System.nanoTime();
      TypeClassifier classifier = TypeClassifier.train(samples, TypeClassifier.Options.defaults(),
          Map.of("trained_on", "polylink-bench TypeBench train documents"));
      System.out.printf(Locale.ROOT, "classifier: %d labels, %,d weights, trained on %,d mentions in %.1f s%n",
          classifier.labels().size(), classifier.weightCount(), samples.size(), (System.nanoTime() - t0) / 1e9);
      classifier.write(out.resolve("types-classifier.tsv"));
      Linker plain = Linker.builder().knowledgeBase(kb).build();
      String w = a.string("weights", null);
      double[] weights = w == null ? null : parse(w);
      double bestDev = -1;
      if (weights == null) {
        // choose the two untaught weights on dev
        for (double ll : new double[] {0, 2, 4, 8, 16}) {
          for (double f1 : new double[] {0, 1, 2, 4}) {
            Linker l = Linker.builder().knowledgeBase(kb).rankerModel(model(ll, f1)).typeClassifier(classifier).build();
            double acc = accuracy(l, dev)[0];
            System.out.printf(Locale.ROOT, "dev ll_rel=%.0f f1_rel=%.0f: %.4f%n", ll, f1, acc);
            if (acc > bestDev) {
              bestDev = acc;
              weights = new double[] {ll, f1};
            }
          }
        }
      }
      System.out.printf(Locale.ROOT, "weights: type.profile_ll_rel %.1f, type.profile_f1_rel %.1f%n", weights[0],
          weights[1]);
      Linker typed = Linker.builder().knowledgeBase(kb).rankerModel(model(weights[0], weights[1]))
          .typeClassifier(classifier).build();
      double[] base = accuracy(plain, test);
      double[] withTypes = accuracy(typed, test);
      double[] cls = classifier.evaluate(heldOutSamples(kb, profiles, test));
      System.out.printf(Locale.ROOT, "classifier on test mentions: micro F1 %.3f, log-loss per label %.4f, top isa "
          + "label right %.3f%n", cls[0], cls[1], cls[2]);
      System.out.printf(Locale.ROOT, "test, planted mentions linked exactly: without types %.4f, with %.4f; ambiguous"
          + " names: %.4f -> %.4f; names whose entity is the only one of its kind (%.0f mentions): %.4f -> %.4f%n",
          base[0], withTypes[0], base[1], withTypes[1], base[3], base[2], withTypes[2]);
      Map<String, Double> filters = new LinkedHashMap<>();
      for (double t : new double[] {0.1, 0.2, 0.3}) {
        Linker f = Linker.builder().knowledgeBase(kb).config(LinkerConfig.defaults().withTypeFilter(t))
            .rankerModel(model(weights[0], weights[1])).typeClassifier(classifier).build();
        double[] acc = accuracy(f, test);
        filters.put(String.format(Locale.ROOT, "%.1f", t), acc[0]);
        System.out.printf(Locale.ROOT, "test, filter at %.1f (with the type features): %.4f (ambiguous %.4f, only "
            + "one of its kind %.4f)%n", t, acc[0], acc[1], acc[2]);
      }
      List<String> texts = test.stream().map(Doc::text).toList();
      ThroughputRunner.Worker p = d -> plain.link(d).links().size();
      ThroughputRunner.Worker ty = d -> typed.link(d).links().size();
      ThroughputRunner.run(texts, 2, seconds / 4, 0, () -> p);
      ThroughputRunner.run(texts, 2, seconds / 4, 0, () -> ty);
      ThroughputRunner.Result rp = ThroughputRunner.run(texts, 2, seconds / 2, 0, () -> p);
      ThroughputRunner.Result rt = ThroughputRunner.run(texts, 2, seconds / 2, 0, () -> ty);
      rp = rp.plus(ThroughputRunner.run(texts, 2, seconds / 2, 0, () -> p));
      rt = rt.plus(ThroughputRunner.run(texts, 2, seconds / 2, 0, () -> ty));
      System.out.printf(Locale.ROOT, "throughput, 2 threads: without types %.1f docs/s, with %.1f docs/s: ratio "
          + "%.3f (by CPU time %.3f)%n", rp.documentsPerSecond(), rt.documentsPerSecond(),
          rt.documentsPerSecond() / rp.documentsPerSecond(), rp.cpuMicrosPerDocument() / rt.cpuMicrosPerDocument());
      result.put("benchmark", "types");
      result.put("environment", Environment.describe());
      result.put("entities", entities);
      result.put("seed", seed);
      result.put("documentsPerSplit", docs);
      result.put("classifierLabels", classifier.labels().size());
      result.put("classifierTrainingMentions", samples.size());
      result.put("classifierTestMicroF1", cls[0]);
      result.put("classifierTestTopIsaAccuracy", cls[2]);
      result.put("weights", List.of(weights[0], weights[1]));
      result.put("devBest", bestDev);
      result.put("testLinkedExactlyWithout", base[0]);
      result.put("testLinkedExactlyWith", withTypes[0]);
      result.put("testAmbiguousWithout", base[1]);
      result.put("testAmbiguousWith", withTypes[1]);
      result.put("testOnlyOneOfItsKindWithout", base[2]);
      result.put("testOnlyOneOfItsKindWith", withTypes[2]);
      result.put("testFilterWithTypeFeatures", filters);
      result.put("docsPerSecondWithout", rp.documentsPerSecond());
      result.put("docsPerSecondWith", rt.documentsPerSecond());
      result.put("throughputRatio", rt.documentsPerSecond() / rp.documentsPerSecond());
    }
    Json.writeResult(out.resolve("types.json"), result);
  }

  private static double[] parse(String s) {
    String[] p = s.split(",");
    return new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])};
  }

  /** The shipped ranker model with the two untaught type weights set (both stages). */
  static RankerModel model(double llRel, double f1Rel) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (InputStream in = RankerModel.class.getResourceAsStream(RankerModel.DEFAULT_RESOURCE)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("weight\ttype.profile_ll_rel\t") || line.startsWith("weight\ttype.profile_f1_rel\t")) {
          continue;
        }
        sb.append(line).append('\n');
        if (line.startsWith("stage\t")) {
          sb.append("weight\ttype.profile_ll_rel\t").append(llRel).append('\n');
          sb.append("weight\ttype.profile_f1_rel\t").append(f1Rel).append('\n');
        }
      }
    }
    return RankerModel.read(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)), "bench");
  }

  private static List<TypeClassifier.Sample> heldOutSamples(KnowledgeBase kb, TypeProfiles profiles, List<Doc> docs) {
    List<TypeClassifier.Sample> out = new ArrayList<>();
    for (Doc d : docs) {
      List<TypeSamples.Gold> gold = new ArrayList<>();
      for (int i = 0; i < d.spans().size(); i++) {
        gold.add(new TypeSamples.Gold(d.spans().get(i), EntityId.of(d.ids().get(i))));
      }
      out.addAll(TypeSamples.fromGold(kb, profiles, d.text(), gold));
    }
    return out;
  }

  /** {share of planted mentions linked with exact span and id, the same over ambiguous names}. */
  static double[] accuracy(Linker linker, List<Doc> docs) {
    int all = 0;
    int right = 0;
    int amb = 0;
    int ambRight = 0;
    int sep = 0;
    int sepRight = 0;
    for (Doc d : docs) {
      Map<Span, EntityId> found = new HashMap<>();
      for (Link l : linker.link(d.text()).links()) {
        if (!l.isNil()) {
          found.put(l.span(), l.entity());
        }
      }
      for (int i = 0; i < d.spans().size(); i++) {
        boolean ok = EntityId.of(d.ids().get(i)).equals(found.get(d.spans().get(i)));
        all++;
        right += ok ? 1 : 0;
        if (d.ambiguous().get(i)) {
          amb++;
          ambRight += ok ? 1 : 0;
        }
        if (d.separable().get(i)) {
          sep++;
          sepRight += ok ? 1 : 0;
        }
      }
    }
    return new double[] {right / (double) Math.max(1, all), ambRight / (double) Math.max(1, amb),
        sepRight / (double) Math.max(1, sep), sep};
  }

  static List<Doc> generate(SplittableRandom r, int count, List<SampledName> names, List<SampledName> ambiguous,
      Map<String, List<SampledName>> byName) {
    List<Doc> out = new ArrayList<>();
    EntityType[] kinds = CUES.keySet().stream().sorted().toArray(EntityType[]::new);
    for (int d = 0; d < count; d++) {
      StringBuilder text = new StringBuilder();
      List<Span> spans = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      List<Boolean> amb = new ArrayList<>();
      List<Boolean> sep = new ArrayList<>();
      int sentences = 8 + r.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        SampledName n = r.nextBoolean() && !ambiguous.isEmpty() ? ambiguous.get(r.nextInt(ambiguous.size()))
            : names.get(r.nextInt(names.size()));
        String template;
        if (r.nextBoolean()) {
          template = NEUTRAL[r.nextInt(NEUTRAL.length)];
        } else {
          EntityType k = r.nextInt(100) < 15 ? kinds[r.nextInt(kinds.length)] : n.type();
          String[] pool = CUES.getOrDefault(k, CUES.get(EntityType.OTHER));
          template = pool[r.nextInt(pool.length)];
        }
        if (text.length() > 0) {
          text.append(' ');
        }
        String sentence = template.substring(0, 1).toUpperCase(Locale.ROOT) + template.substring(1) + ".";
        if (template.startsWith("{N}")) {
          sentence = template + ".";
        }
        int at = sentence.indexOf("{N}");
        String before = sentence.substring(0, at);
        text.append(before);
        int start = text.codePointCount(0, text.length());
        text.append(n.name());
        int end = text.codePointCount(0, text.length());
        text.append(sentence.substring(at + 3));
        spans.add(new Span(start, end));
        ids.add(n.id());
        amb.add(byName.get(n.name()).stream().map(SampledName::type).distinct().count() > 1);
        sep.add(amb.get(amb.size() - 1) && byName.get(n.name()).stream().filter(x -> x.type() == n.type()).count() == 1);
      }
      out.add(new Doc(text.toString(), spans, ids, amb, sep));
    }
    return out;
  }
}
