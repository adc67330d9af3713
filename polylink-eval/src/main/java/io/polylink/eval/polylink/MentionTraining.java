package io.polylink.eval.polylink;

import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.EvalDocument;
import io.polylink.eval.EvalJson;
import io.polylink.eval.Format;
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

  /** The gold documents of a dataset file in {@code format} (hipe, nif, brat, presidio). */
  public static Dataset read(Format format, Path file) {
    String name = EvalJson.stem(file);
    return switch (format) {
      case NIF -> Nif.read(file, name, Language.UNDETERMINED);
      case HIPE -> HipeReader.read(file, name);
      case BRAT -> BratReader.read(file, name, Language.UNDETERMINED);
      case PRESIDIO -> PresidioReader.read(file, name);
      default -> throw new IllegalArgumentException("cannot read annotated mentions from format " + format.code()
          + "; use nif, hipe, brat or presidio");
    };
  }

  /** The documents of {@code files} as the tagger trains on them (UTF-16 offsets). */
  public static List<TrainingText> texts(Format format, List<Path> files) {
    List<TrainingText> out = new ArrayList<>();
    for (Path f : files) {
      for (EvalDocument d : read(format, f).documents()) {
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
        out.add(new TrainingText(d.id(), d.text(), spans));
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
