package io.polylink.eval.card;

import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.EvalDocument;
import io.polylink.eval.elevant.ElevantReader;
import io.polylink.eval.format.brat.BratReader;
import io.polylink.eval.elevant.ElevantDatasets;
import io.polylink.eval.format.hipe.HipeReader;
import io.polylink.eval.format.melo.MeloReader;
import io.polylink.eval.format.pprforned.PprForNedReader;
import io.polylink.eval.format.presidio.PresidioReader;
import io.polylink.model.Language;
import io.polylink.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The data cards of every dataset in {@code ../shared/data}. The KB for the overlap row is, per family, the one the
 * issue names: {@code elevant/kb/qid_names.tsv} for ELEVANT, the train split for HIPE, the candidate sets for
 * PPRforNED, the corpus elements for MELO; PII sets have no KB.
 */
public final class DataCards {

  private DataCards() {}

  /** Writes one {@code <name>.md} per dataset into {@code outDir}; returns the file names. */
  public static List<String> writeAll(Path dataDir, Path outDir) {
    Map<String, String> cards = new LinkedHashMap<>();
    Set<String> elevantKb = elevantKb(dataDir.resolve("elevant/kb/qid_names.tsv"));
    DataCard.Provenance elevant = new DataCard.Provenance("ad-freiburg/elevant @ 8df933f, benchmarks/",
        "Apache-2.0 (repository); each corpus keeps its original terms", "ELEVANT benchmark (English entity linking).");
    for (Path f : list(dataDir.resolve("elevant/benchmarks"), ".benchmark.jsonl")) {
      String name = f.getFileName().toString().replace(".benchmark.jsonl", "");
      cards.put("elevant-" + name, DataCard.markdown(ElevantDatasets.gold(name, ElevantReader.read(f)), elevant,
          elevantKb::contains));
    }
    for (Path f : list(dataDir.resolve("hipe2022"), ".tsv")) {
      String name = f.getFileName().toString().replace("HIPE-2022-v2.1-", "").replace(".tsv", "");
      Dataset d = HipeReader.read(f, name);
      Path train = trainOf(f);
      Predicate<String> kb = train == null ? null : entities(HipeReader.read(train, "train"))::contains;
      String licence = name.startsWith("hipe2020") ? "CC BY-NC-SA 4.0" : "CC BY 4.0";
      cards.put("hipe-" + name, DataCard.markdown(d, new DataCard.Provenance(
          "hipe-eval/HIPE-2022-data @ 147f5bc, data/v2.1/", licence, "HIPE-2022 historical newspapers (OCR); "
              + (train == null ? "no train split in the snapshot, so no KB." : "KB = the entities of the train split.")),
          kb));
    }
    for (String split : List.of("train", "testa")) {
      cards.put("pprforned-" + split, DataCard.markdown(pprDataset(dataDir.resolve("pprforned/" + split), split),
          new DataCard.Provenance("masha-p/PPRforNED @ 1cdd4c0, AIDA_candidates/", "none stated in the repository",
              "AIDA mentions with PPRforNED candidate sets (no running text; mention lengths are surface lengths). "
                  + "KB = the union of the candidate sets."), pprKb(dataDir.resolve("pprforned/" + split))::contains));
    }
    for (Path dir : list(dataDir.resolve("melo"), "")) {
      if (Files.isDirectory(dir)) {
        MeloReader.MeloDataset m = MeloReader.read(dir);
        cards.put("melo-" + m.name(), DataCard.markdown(meloDataset(m), new DataCard.Provenance(
            "Avature/melo-benchmark @ 014982f, data/processed/melo/", "MIT",
            "MELO occupation linking to ESCO; documents are queries, mentions are whole query titles, entities are "
                + "relevant corpus elements. KB = corpus_elements.tsv."), m.corpus()::containsKey));
      }
    }
    cards.put("presidio-synth_dataset_v2", DataCard.markdown(PresidioReader.read(
        dataDir.resolve("pii/presidio-research/synth_dataset_v2.json"), "presidio-synth_dataset_v2"),
        new DataCard.Provenance("microsoft/presidio-research @ 7622dec, data/synth_dataset_v2.json", "MIT",
            "Synthetic English PII spans (17 types); every mention is NIL (no KB)."), null));
    for (String split : List.of("train", "dev")) {
      cards.put("meddocan-" + split, DataCard.markdown(BratReader.read(dataDir.resolve("pii/meddocan/" + split
          + "/brat"), "meddocan-" + split, Language.of("es")), new DataCard.Provenance(
              "PlanTL-GOB-ES/SPACCC_MEDDOCAN @ 783a6df, corpus/" + split + "/brat/", "CC BY 4.0",
              "Spanish clinical cases with PHI spans (brat); every mention is NIL (no KB)."), null));
    }
    try {
      Files.createDirectories(outDir);
      for (var e : cards.entrySet()) {
        Files.writeString(outDir.resolve(e.getKey() + ".md"), e.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write cards to " + outDir, e);
    }
    return cards.keySet().stream().map(k -> k + ".md").toList();
  }

  private static Path trainOf(Path f) {
    String n = f.getFileName().toString();
    Path t = f.resolveSibling(n.replaceAll("-(dev2|dev|train)-", "-train-"));
    return Files.exists(t) ? t : null;
  }

  private static Set<String> entities(Dataset d) {
    Set<String> out = new HashSet<>();
    d.documents().forEach(doc -> doc.gold().stream().filter(a -> !a.isNil()).forEach(a -> out.add(a.entity())));
    return out;
  }

  private static Dataset pprDataset(Path dir, String name) {
    List<EvalDocument> docs = new ArrayList<>();
    for (PprForNedReader.Document d : PprForNedReader.readDir(dir)) {
      List<Annotation> gold = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (PprForNedReader.Mention m : d.mentions()) {
        int start = text.codePointCount(0, text.length());
        text.append(m.surface()).append('\n');
        int len = Math.max(1, m.surface().codePointCount(0, m.surface().length()));
        gold.add(Annotation.gold(new Span(start, start + len), m.goldUrl() == null ? null
            : m.goldUrl().replace(' ', '_'), ""));
      }
      docs.add(new EvalDocument(d.id(), text.toString(), Language.of("en"), gold));
    }
    return new Dataset("pprforned-" + name, docs);
  }

  private static Set<String> pprKb(Path dir) {
    Set<String> out = new HashSet<>();
    PprForNedReader.readDir(dir).forEach(d -> d.mentions().forEach(m -> m.candidates().forEach(c -> out.add(
        c.url().replace(' ', '_')))));
    return out;
  }

  private static Dataset meloDataset(MeloReader.MeloDataset m) {
    List<EvalDocument> docs = new ArrayList<>();
    for (var q : m.queries().entrySet()) {
      List<Annotation> gold = new ArrayList<>();
      int len = q.getValue().codePointCount(0, q.getValue().length());
      if (len > 0) {
        for (String rel : m.relevant().getOrDefault(q.getKey(), Set.of())) {
          gold.add(Annotation.gold(new Span(0, len), rel, ""));
        }
      }
      docs.add(new EvalDocument(q.getKey(), q.getValue(), Language.UNDETERMINED, gold));
    }
    return new Dataset("melo-" + m.name(), docs);
  }

  private static Set<String> elevantKb(Path tsv) {
    Set<String> out = new HashSet<>();
    try (Stream<String> lines = Files.lines(tsv, StandardCharsets.UTF_8)) {
      lines.forEach(l -> {
        int tab = l.indexOf('\t');
        out.add(tab < 0 ? l : l.substring(0, tab));
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + tsv, e);
    }
    return out;
  }

  private static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> s = Files.walk(dir, suffix.isEmpty() ? 1 : 3)) {
      return s.filter(p -> !p.equals(dir) && p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
