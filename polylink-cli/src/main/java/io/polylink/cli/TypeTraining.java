package io.polylink.cli;

import io.polylink.eval.DatasetFormatException;
import io.polylink.eval.elevant.ElevantArticle;
import io.polylink.eval.elevant.ElevantLabel;
import io.polylink.eval.elevant.ElevantReader;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.link.types.TypeClassifier;
import io.polylink.link.types.TypeProfiles;
import io.polylink.link.types.TypeSamples;
import io.polylink.model.Document;
import io.polylink.model.EntityId;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code polylink train --types-out}: trains the type classifier of types from relations on the mentions of annotated
 * text (ELEVANT gold) or of raw text linked by the KB itself, their entities' profiles read from the KB's relations.
 * Reports held-out figures (every fifth document held out), then trains on all documents.
 */
final class TypeTraining {

  private TypeTraining() {}

  static int train(Path out, Path kbDir, List<Path> inputs, String format, double minScore, PrintWriter o,
      PrintWriter err) {
    if (kbDir == null || inputs == null || inputs.isEmpty()) {
      err.println("train: --types-out needs --kb (a KB with relations) and --types-dataset");
      return 2;
    }
    if (!format.equals("elevant") && !format.equals("text")) {
      err.println("train: --types-format must be elevant or text, got '" + format + "'");
      return 2;
    }
    for (Path p : inputs) {
      if (!Files.isRegularFile(p)) {
        err.println("train: --types-dataset " + p + " not found");
        return 2;
      }
    }
    if (!KnowledgeBase.exists(kbDir)) {
      err.println("train: --kb " + kbDir + " is not a Polylink KB");
      return 2;
    }
    long t0 = System.nanoTime();
    try (KnowledgeBase kb = KnowledgeBase.open(kbDir)) {
      TypeProfiles profiles = new TypeProfiles(TypeProfiles.DEFAULT_DEPTH);
      List<List<TypeClassifier.Sample>> docs = new ArrayList<>();
      if (format.equals("elevant")) {
        for (Path p : inputs) {
          for (ElevantArticle a : ElevantReader.read(p)) {
            List<TypeSamples.Gold> gold = new ArrayList<>();
            for (ElevantLabel l : a.labels()) {
              if (l.isKnown()) {
                gold.add(new TypeSamples.Gold(l.span(), EntityId.of(l.entityId())));
              }
            }
            docs.add(TypeSamples.fromGold(kb, profiles, a.text(), gold));
          }
        }
      } else {
        Linker linker = Linker.builder().knowledgeBase(kb).build();
        for (Path p : inputs) {
          String content = Inputs.decode(Files.readAllBytes(p), p.toString());
          List<String> texts = new ArrayList<>();
          if (p.getFileName().toString().endsWith(".jsonl")) {
            for (Document d : Inputs.jsonl(content, p.toString())) {
              texts.add(d.text());
            }
          } else {
            content.lines().filter(l -> !l.isBlank()).forEach(texts::add);
          }
          for (String t : texts) {
            docs.add(TypeSamples.fromConfidentLinks(linker, profiles, t, minScore));
          }
        }
      }
      List<TypeClassifier.Sample> trainPart = new ArrayList<>();
      List<TypeClassifier.Sample> heldOut = new ArrayList<>();
      List<TypeClassifier.Sample> all = new ArrayList<>();
      for (int d = 0; d < docs.size(); d++) {
        (d % 5 == 4 ? heldOut : trainPart).addAll(docs.get(d));
        all.addAll(docs.get(d));
      }
      if (all.isEmpty()) {
        err.println("train: no mention of " + inputs + " has an entity with relations in " + kbDir
            + " (a KB built from a Wikidata dump keeps them; TSV KBs have none)");
        return 2;
      }
      Map<String, String> meta = new LinkedHashMap<>();
      meta.put("trained_on", format + ": " + inputs);
      meta.put("kb", kbDir.toAbsolutePath().toString());
      String figures = "";
      if (!heldOut.isEmpty() && !trainPart.isEmpty()) {
        double[] e = TypeClassifier.train(trainPart, TypeClassifier.Options.defaults(), meta).evaluate(heldOut);
        figures = String.format(Locale.ROOT, "micro F1 %.3f, log-loss per label %.4f, top isa label right %.3f on "
            + "%d held-out mentions (every fifth document)", e[0], e[1], e[2], heldOut.size());
        meta.put("held_out", figures);
      }
      TypeClassifier c = TypeClassifier.train(all, TypeClassifier.Options.defaults(), meta);
      c.write(out);
      o.printf(Locale.ROOT, "type classifier: %d labels, %,d weights, %,d mentions of %,d documents, %.1f s; %s; "
          + "written to %s%n", c.labels().size(), c.weightCount(), all.size(), docs.size(),
          (System.nanoTime() - t0) / 1e9, figures.isEmpty() ? "too few documents for held-out figures" : figures, out);
      o.flush();
      return 0;
    } catch (IOException e) {
      err.println("train failed: " + e.getMessage());
      return 2;
    } catch (DatasetFormatException | IllegalArgumentException | UncheckedIOException e) {
      err.println("train failed: " + e.getMessage());
      return 2;
    }
  }
}
