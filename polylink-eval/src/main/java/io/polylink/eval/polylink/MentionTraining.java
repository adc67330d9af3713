package io.polylink.eval.polylink;

import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.EvalDocument;
import io.polylink.eval.EvalJson;
import io.polylink.eval.Format;
import io.polylink.eval.elevant.ElevantDatasets;
import io.polylink.eval.elevant.ElevantReader;
import io.polylink.eval.format.brat.BratReader;
import io.polylink.eval.format.hipe.HipeReader;
import io.polylink.eval.format.nif.Nif;
import io.polylink.eval.format.presidio.PresidioReader;
import io.polylink.link.tagger.SequenceTagger;
import io.polylink.link.tagger.TaggedSpan;
import io.polylink.link.tagger.TrainingText;
import io.polylink.model.Language;
import io.polylink.model.TextOffsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the linker's learned mention detector ({@link SequenceTagger}) on annotated datasets: every gold mention with
 * its type (HIPE's {@code pers}, {@code loc}, ...; {@value #UNTYPED} where a dataset gives none). Deterministic: fixed
 * {@link #SETTINGS}, files in the order given.
 */
public final class MentionTraining {

  /** The type of a gold mention that has none (NIF): the tagger learns where names are, not what. */
  public static final String UNTYPED = "MENTION";

  /**
   * Settings of a mention detector: 12 passes, seed 42, features seen twice, sequences of sentences (newspaper OCR
   * breaks lines inside names: 14% of hipe2020's mentions run across a line break).
   */
  public static final SequenceTagger.Settings SETTINGS = SequenceTagger.Settings.defaults()
      .withSequences(SequenceTagger.Sequences.SENTENCES);

  private MentionTraining() {}

  /** The gold documents of a dataset file in {@code format} (hipe, nif, brat, presidio, elevant). */
  public static Dataset read(Format format, Path file) {
    String name = EvalJson.stem(file);
    return switch (format) {
      case ELEVANT -> elevantNames(ElevantDatasets.gold(name, ElevantReader.read(file)));
      case NIF -> Nif.read(file, name, Language.UNDETERMINED);
      case HIPE -> HipeReader.read(file, name);
      case BRAT -> BratReader.read(file, name, Language.UNDETERMINED);
      case PRESIDIO -> PresidioReader.read(file, name);
      default -> throw new IllegalArgumentException("cannot read annotated mentions from format " + format.code()
          + "; use nif, hipe, brat, presidio or elevant");
    };
  }

  /**
   * ELEVANT's gold mentions as names: its benchmarks also mark pronouns, roles and common nouns ("he", "assistant
   * professor" in OKE, "roof" in Spotlight), which a name detector must not learn, so only mentions whose text starts
   * with an upper-case letter or a digit stay; their types (Wikidata classes joined by {@code |}) become the coarse
   * {@code pers}, {@code loc}, {@code org}, {@code prod}, {@code event}, else {@value #UNTYPED}.
   */
  static Dataset elevantNames(Dataset gold) {
    List<EvalDocument> docs = new ArrayList<>();
    for (EvalDocument d : gold.documents()) {
      List<Annotation> names = new ArrayList<>();
      for (Annotation a : d.gold()) {
        int start = TextOffsets.toCharIndex(d.text(), a.span().start());
        int first = start < d.text().length() ? d.text().codePointAt(start) : ' ';
        if (Character.isUpperCase(first) || Character.isTitleCase(first) || Character.isDigit(first)) {
          names.add(Annotation.gold(a.span(), a.entity(), elevantType(a.type())));
        }
      }
      docs.add(new EvalDocument(d.id(), d.text(), d.language(), names));
    }
    return new Dataset(gold.name(), docs);
  }

  /** The coarse label of ELEVANT's type classes ({@code Q215627|Q43229}): person first, then place, organization. */
  static String elevantType(String classes) {
    List<String> c = List.of(classes == null ? new String[0] : classes.split("\\|"));
    if (c.contains("Q215627") || c.contains("Q5")) {
      return "pers";
    }
    if (c.contains("Q27096213") || c.contains("Q2221906")) {
      return "loc";
    }
    if (c.contains("Q43229")) {
      return "org";
    }
    if (c.contains("Q2424752") || c.contains("Q17537576")) {
      return "prod";
    }
    if (c.contains("Q1656682")) {
      return "event";
    }
    return UNTYPED;
  }

  /**
   * The format a training file is read in: ELEVANT's JSONL ({@code .jsonl}) whatever {@code format} says, so that
   * one training set may mix, say, HIPE TSV with English ELEVANT benchmarks; else {@code format}.
   */
  static Format formatOf(Format format, Path file) {
    return file.getFileName() != null && file.getFileName().toString().endsWith(".jsonl") ? Format.ELEVANT : format;
  }

  /**
   * The documents of {@code files} as the tagger trains on them (UTF-16 offsets), those without a single mention left
   * out; a {@code .jsonl} file is read as ELEVANT's ({@link #formatOf}).
   */
  public static List<TrainingText> texts(Format format, List<Path> files) {
    List<TrainingText> out = new ArrayList<>();
    for (Path f : files) {
      for (EvalDocument d : read(formatOf(format, f), f).documents()) {
        List<TaggedSpan> spans = new ArrayList<>();
        int lastEnd = -1;
        for (Annotation a : d.gold()) {
          int start = TextOffsets.toCharIndex(d.text(), a.span().start());
          int end = TextOffsets.toCharIndex(d.text(), a.span().end());
          if (start < lastEnd || end <= start) {
            continue; // nested or empty: the tagger's BIO tags hold one flat layer
          }
          spans.add(new TaggedSpan(a.type().isBlank() ? UNTYPED : a.type(), start, end));
          lastEnd = end;
        }
        if (!spans.isEmpty()) {
          out.add(new TrainingText(d.id(), d.text(), spans));
        } // else most likely a page nobody annotated (5 of newseye-dev2-de's 12): its names would be learned as no names
      }
    }
    return out;
  }

  /** A mention detector trained on {@code files} with {@link #SETTINGS}. */
  public static SequenceTagger train(Format format, List<Path> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no files to train the mention detector on");
    }
    return SequenceTagger.train(texts(format, files), SETTINGS);
  }
}
