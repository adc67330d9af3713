package io.polylink.eval.regression;

import com.fasterxml.jackson.databind.JsonNode;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.EvalRunner;
import io.polylink.eval.polylink.PolylinkFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the regression files of Polylink's own runs (issue 3): A2KB on the ELEVANT benchmarks with a KB from
 * {@code elevant/kb/qid_names.tsv}, PPRforNED ranking with a KB from the candidate files, HIPE-2022 dev mention
 * detection and NIL rates on the starter KB, MELO retrieval with a KB from each corpus, and the presidio PII baseline.
 * The expected figures are what this run measures; re-running checks nothing drifted.
 */
public final class PolylinkRegressions {

  /** ELEVANT benchmarks, as named in {@code elevant/benchmarks}. */
  public static final List<String> ELEVANT = List.of("kore50", "msnbc", "msnbc-updated", "oke-2015-eval",
      "oke-2016-eval", "derczynski", "spotlight", "oke-2015-train", "oke-2016-train", "error-category-examples");
  /** HIPE-2022 dev files (hipe2020 and newseye), by language. */
  public static final List<String> HIPE = List.of("hipe2020/de/HIPE-2022-v2.1-hipe2020-dev-de.tsv",
      "hipe2020/en/HIPE-2022-v2.1-hipe2020-dev-en.tsv", "hipe2020/fr/HIPE-2022-v2.1-hipe2020-dev-fr.tsv",
      "newseye/de/HIPE-2022-v2.1-newseye-dev-de.tsv", "newseye/fi/HIPE-2022-v2.1-newseye-dev-fi.tsv",
      "newseye/fr/HIPE-2022-v2.1-newseye-dev-fr.tsv", "newseye/sv/HIPE-2022-v2.1-newseye-dev-sv.tsv");
  /**
   * Training data of the learned mention detector for each HIPE dev file (issue 16), relative to the data folder: the
   * train split of the same collection and language where there is one (hipe2020 de, newseye fi and sv), else its
   * dev2 split (newseye de and fr: a split apart from dev), else, for hipe2020 fr, newseye's French dev2; English has
   * no annotated HIPE text, so hipe2020 en uses every split above (a multilingual model). Never the scored file.
   */
  public static final Map<String, String> MENTIONS_TRAIN = mentionsTrain();

  private static Map<String, String> mentionsTrain() {
    String de = "hipe2022/hipe2020/de/HIPE-2022-v2.1-hipe2020-train-de.tsv";
    String fi = "hipe2022/newseye/fi/HIPE-2022-v2.1-newseye-train-fi.tsv";
    String sv = "hipe2022/newseye/sv/HIPE-2022-v2.1-newseye-train-sv.tsv";
    String de2 = "hipe2022/newseye/de/HIPE-2022-v2.1-newseye-dev2-de.tsv";
    String fr2 = "hipe2022/newseye/fr/HIPE-2022-v2.1-newseye-dev2-fr.tsv";
    Map<String, String> m = new LinkedHashMap<>();
    m.put(HIPE.get(0), de);
    m.put(HIPE.get(1), String.join(",", de, fi, sv, de2, fr2));
    m.put(HIPE.get(2), fr2);
    m.put(HIPE.get(3), de2);
    m.put(HIPE.get(4), fi);
    m.put(HIPE.get(5), fr2);
    m.put(HIPE.get(6), sv);
    return java.util.Collections.unmodifiableMap(m);
  }

  /** MELO datasets. */
  public static final List<String> MELO = List.of("bgr_q_bg_c_bg", "bgr_q_bg_c_en", "pol_q_pl_c_pl",
      "pol_q_pl_c_en", "est_q_et_c_et", "est_q_et_c_en");

  static final String ELEVANT_KB = "elevant/kb/qid_names.tsv";
  static final String ELEVANT_HANDICAP = "99,196 QIDs, one English name for 58,190 of them (every gold QID named); "
      + "no aliases, no popularity, no relations, no descriptions, English only, so the ranker has name match and "
      + "name share to go on, coherence cannot work, and a short form the label does not spell ('United States' for "
      + "Q30, labelled 'United States of America') is not in the dictionary; the peers use full Wikipedia/Wikidata KBs";
  /**
   * The ELEVANT benchmarks the linker's spotting rules (initials, qualified places, word-by-word runs) were chosen on;
   * every other one is held out. oke-2016-train contains oke-2015-train.
   */
  static final List<String> ELEVANT_DEV = List.of("oke-2015-train", "error-category-examples");
  static final String STARTER = "Polylink starter KB (CLDR: countries, regions, languages, scripts, currencies, "
      + "cities; no people, no organizations)";

  private PolylinkRegressions() {}

  /** One experiment before it is measured. */
  record Spec(String dir, String file, String name, String description, String task, String format, String dataset,
      String baseline, Map<String, Object> kb, double tolerance, List<String> metrics, String train) {
    Spec(String dir, String file, String name, String description, String task, String format, String dataset,
        String baseline, Map<String, Object> kb, double tolerance, List<String> metrics) {
      this(dir, file, name, description, task, format, dataset, baseline, kb, tolerance, metrics, null);
    }
  }

  /**
   * EDIN settings (issue 7): dev split and the split whose entities make the KB. Train splits exist for hipe2020 de,
   * newseye fi and sv; newseye de and fr have none, so their dev split is the KB and dev2 is scored; English has no
   * second split and no setting.
   */
  static final List<List<String>> EDIN = List.of(
      List.of("hipe2022/hipe2020/de/HIPE-2022-v2.1-hipe2020-dev-de.tsv",
          "hipe2022/hipe2020/de/HIPE-2022-v2.1-hipe2020-train-de.tsv"),
      List.of("hipe2022/newseye/fi/HIPE-2022-v2.1-newseye-dev-fi.tsv",
          "hipe2022/newseye/fi/HIPE-2022-v2.1-newseye-train-fi.tsv"),
      List.of("hipe2022/newseye/sv/HIPE-2022-v2.1-newseye-dev-sv.tsv",
          "hipe2022/newseye/sv/HIPE-2022-v2.1-newseye-train-sv.tsv"),
      List.of("hipe2022/newseye/de/HIPE-2022-v2.1-newseye-dev2-de.tsv",
          "hipe2022/newseye/de/HIPE-2022-v2.1-newseye-dev-de.tsv"),
      List.of("hipe2022/newseye/fr/HIPE-2022-v2.1-newseye-dev2-fr.tsv",
          "hipe2022/newseye/fr/HIPE-2022-v2.1-newseye-dev-fr.tsv"));

  /** The figures an EDIN regression file pins. */
  static final List<String> EDIN_METRICS = List.of("unseen.bcubed.f1", "unseen.ceafe.f1", "unseen.muc.f1",
      "seen.bcubed.f1", "seen.ceafe.f1", "seen.muc.f1", "relink.accuracy", "relink.new_link_precision",
      "relink.seen_accuracy_before", "relink.seen_accuracy_after");

  /** Every experiment of issue 3. */
  static List<Spec> specs(Path dataDir) {
    List<Spec> out = new ArrayList<>();
    Map<String, Object> elevantKb = new TreeMap<>(Map.of("path", ELEVANT_KB,
        "sha256", Checksums.sha256(dataDir.resolve(ELEVANT_KB)), "source", "TSV QID<TAB>English name",
        "handicap", ELEVANT_HANDICAP));
    for (String b : ELEVANT) {
      out.add(new Spec("elevant", "polylink." + b, "elevant-polylink-" + b, "Polylink A2KB on ELEVANT " + b
          + " (linker defaults) with a KB built from qid_names.tsv, scored by ELEVANT's rules beside the peers"
          + (ELEVANT_DEV.contains(b) ? "; a dev benchmark: the spotter's rules were chosen on it"
              : b.equals("oke-2016-train") ? "; contains the dev benchmark oke-2015-train" : ""),
          "a2kb", "elevant", "elevant/benchmarks/" + b + ".benchmark.jsonl", null, elevantKb, 0.001,
          List.of("elevant.IGNORED.f1", "elevant.REQUIRED.f1", "micro.f1", "detection.f1")));
    }
    for (String split : List.of("train", "testa")) {
      out.add(new Spec("pprforned", "polylink." + split, "pprforned-polylink-" + split, "Polylink's learned ranker "
          + "(the shipped model, trained by 'polylink train' on the train split) ranking each mention's own PPRforNED "
          + "candidates (" + split + (split.equals("train") ? ", the model's own training data: in-sample" : "")
          + "); candidate order shuffled with a fixed seed", "rank", "pprforned", "pprforned/" + split, null,
          new TreeMap<>(Map.of("source", "the split's candidate files: titles, inCount, predictedType, links",
              "model", "polylink-link/src/main/resources/io/polylink/link/rank/default-ranker.tsv")), 0.0001,
          List.of("accuracy", "macro_accuracy", "mrr")));
    }
    for (String h : HIPE) {
      String stem = h.substring(h.lastIndexOf('/') + 1).replace("HIPE-2022-v2.1-", "").replace(".tsv", "");
      out.add(new Spec("hipe", "polylink." + stem, "hipe-polylink-" + stem, "Polylink A2KB mention detection "
          + "(strong span match, entities ignored) and NIL rates on HIPE-2022 " + stem + "; not linking to the gold "
          + "QIDs, which the starter KB mostly lacks", "a2kb", "hipe", "hipe2022/" + h, null,
          new TreeMap<>(Map.of("source", STARTER)), 0.001,
          List.of("detection.precision", "detection.recall", "detection.f1", "nil_rate", "predicted_nil_rate",
              "micro.f1")));
    }
    for (Map.Entry<String, String> e : MENTIONS_TRAIN.entrySet()) {
      String h = e.getKey();
      String stem = h.substring(h.lastIndexOf('/') + 1).replace("HIPE-2022-v2.1-", "").replace(".tsv", "");
      String train = java.util.Arrays.stream(e.getValue().split(","))
          .map(t -> t.substring(t.lastIndexOf('/') + 1).replace("HIPE-2022-v2.1-", "").replace(".tsv", ""))
          .collect(java.util.stream.Collectors.joining(" + "));
      out.add(new Spec("hipe", "mentions." + stem, "hipe-mentions-" + stem, "Polylink A2KB mention detection "
          + "(strong span match, entities ignored) and NIL rates on HIPE-2022 " + stem + " with the learned mention "
          + "detector (eval --mentions-train), trained before the run on " + train + " (MentionTraining.SETTINGS); "
          + "the same figures without it are in polylink." + stem + ".yaml", "a2kb", "hipe", "hipe2022/" + h, null,
          new TreeMap<>(Map.of("source", STARTER)), 0.001,
          List.of("detection.precision", "detection.recall", "detection.f1", "nil_rate", "predicted_nil_rate",
              "micro.f1"), e.getValue()));
    }
    for (String m : MELO) {
      out.add(new Spec("melo", "polylink." + m, "melo-polylink-" + m, "Ranking MELO " + m + " ESCO concepts "
          + "for occupation titles (MeloRetriever): Polylink's name dictionary (exact, romanized, fuzzy) first, then "
          + "stemmed-word BM25 and character trigrams (LexicalIndex; compounds split in compounding languages) over "
          + "each name and over each concept's names as one text; ISCO unit groups after the occupations that match "
          + "them, broader groups last; each concept shown by its best name; no bilingual dictionary",
          "retrieval", "melo", "melo/" + m, null, new TreeMap<>(Map.of("source", "corpus_elements.tsv (ESCO names)")),
          0.0001, List.of("accuracy", "mrr", "recall_at.10")));
    }
    for (List<String> e : EDIN) {
      String stem = e.get(0).substring(e.get(0).lastIndexOf('/') + 1).replace("HIPE-2022-v2.1-", "").replace(".tsv", "");
      String kbSplit = e.get(1).substring(e.get(1).lastIndexOf('/') + 1).replace("HIPE-2022-v2.1-", "")
          .replace(".tsv", "");
      out.add(new Spec("hipe", "discover." + stem, "hipe-discover-" + stem, "Unknown-entity discovery (EDIN setting) "
          + "on HIPE-2022 " + stem + ": KB = the entities of " + kbSplit + " with their surface forms; the linker "
          + "disambiguates the gold spans, NIL ones are clustered (threshold chosen on the train splits); B-cubed, "
          + "CEAF-e, MUC F1 for mentions of entities absent from the KB (unseen) and present (seen); relink: "
          + "the proposals added live, dev linked again, accuracy on the later mentions of discovered entities", "nil", "hipe",
          e.get(0), null, new TreeMap<>(Map.of("source", kbSplit + " entities (their surface forms as names, mention "
              + "count as popularity)")), 0.001, EDIN_METRICS, e.get(1)));
    }
    out.add(new Spec("pii", "baseline.presidio", "pii-baseline-presidio", "BASELINE (no PII module yet): regex "
        + "recognizers + PER/LOC/ORG from Polylink's links on the starter KB, exact span and type match",
        "pii", "presidio", "pii/presidio-research/synth_dataset_v2.json", "regex+polylink",
        new TreeMap<>(Map.of("source", STARTER)), 0.001,
        List.of("micro.f1", "per_type.EMAIL_ADDRESS.f1", "per_type.PHONE_NUMBER.f1", "per_type.CREDIT_CARD.f1",
            "per_type.IP_ADDRESS.f1", "per_type.IBAN_CODE.f1", "per_type.US_SSN.f1", "per_type.DOMAIN_NAME.f1",
            "per_type.DATE_TIME.f1", "per_type.GPE.f1", "per_type.PERSON.f1")));
    return out;
  }

  /** Measures every experiment whose file name contains {@code filter} and writes its file under {@code outDir}. */
  public static int generate(Path dataDir, Path outDir, String filter) {
    EvalRunner runner = new EvalRunner(new PolylinkFactory(null));
    int n = 0;
    for (Spec s : specs(dataDir)) {
      if (filter != null && !(s.dir() + "/" + s.file()).contains(filter)) {
        continue;
      }
      long t0 = System.nanoTime();
      Object kbPath = s.kb().get("path");
      JsonNode r = runner.run(RegressionRunner.request(s.task(), s.format(), dataDir.resolve(s.dataset()),
          kbPath == null ? null : dataDir.resolve(kbPath.toString()), null, null, s.train(), s.baseline(), dataDir));
      Map<String, Double> expected = new LinkedHashMap<>();
      for (String m : s.metrics()) {
        JsonNode v = RegressionRunner.at(r, m);
        if (v.isNumber()) {
          expected.put(m, v.asDouble());
        }
      }
      new RegressionFile(s.name(), s.description(), s.task(), s.format(), s.dataset(),
          Checksums.sha256(dataDir.resolve(s.dataset())), null, null, null, s.train(), s.baseline(), s.kb(),
          s.tolerance(), expected).write(outDir.resolve(s.dir()).resolve(s.file() + ".yaml"));
      System.out.printf(java.util.Locale.ROOT, "%s %.1fs %s%n", s.name(), (System.nanoTime() - t0) / 1e9, expected);
      n++;
    }
    return n;
  }

  /** {@code args[0]}: data folder, {@code args[1]}: output folder, {@code args[2]}: optional name filter. */
  public static void main(String[] args) {
    System.out.println(generate(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? args[2] : null)
        + " regression files written");
  }
}
