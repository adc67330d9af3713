package io.polylink.cli;

import io.polylink.eval.Format;
import io.polylink.eval.polylink.MentionTraining;
import io.polylink.link.tagger.SequenceTagger;
import io.polylink.link.tagger.TrainingText;
import io.polylink.redact.tagger.AnnotatedText;
import io.polylink.redact.tagger.BratCorpus;
import io.polylink.redact.tagger.IobCorpus;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code polylink train-mentions}: trains the linker's learned mention detector on annotated text, for
 * {@code link --mentions-model} and {@code eval --mentions-model}.
 */
@Command(name = "train-mentions", mixinStandardHelpOptions = true,
    description = "Train a mention detector (a sequence tagger) on annotated text: HIPE TSV, IOB/CoNLL token files, "
        + "brat standoff, NIF or ELEVANT JSONL. 'link --mentions-model FILE' then adds the names it tags to the KB spotter's, a name "
        + "the KB lacks as a NIL mention of the tagged type.")
final class TrainMentionsCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", required = true, description = "hipe, iob (one 'token TAG' per line), brat, nif or "
      + "elevant (its benchmarks' JSONL: mentions that start with a capital or digit, as names)")
  String format;

  @Option(names = "--dataset", required = true, split = ",", paramLabel = "FILE",
      description = "annotated file (for iob and brat also a folder); repeat or join with commas to train on several")
  List<Path> datasets = new ArrayList<>();

  @Option(names = "--out", required = true, description = "model file to write (gzip'd binary)")
  Path out;

  @Option(names = "--epochs", defaultValue = "12", description = "training passes (default: ${DEFAULT-VALUE})")
  int epochs;

  @Option(names = "--seed", defaultValue = "42", description = "shuffle seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--sequences", defaultValue = "sentences", description = "sentences (running text: line breaks "
      + "are spaces, OCR-glued words split) or lines (one line, one sequence: forms, lists) (default: ${DEFAULT-VALUE})")
  String sequences;

  @Override
  public Integer call() throws Exception {
    SequenceTagger.Sequences seq;
    try {
      seq = SequenceTagger.Sequences.valueOf(sequences.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--sequences must be sentences or lines, got '"
          + sequences + "'");
    }
    for (Path d : datasets) {
      if (!Files.exists(d)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--dataset " + d + " not found");
      }
    }
    long t0 = System.nanoTime();
    List<TrainingText> docs;
    try {
      docs = read(format.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    SequenceTagger m = SequenceTagger.train(docs, new SequenceTagger.Settings(epochs, seed, 2, seq));
    m.save(out);
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "polylink: mention detector trained on %,d documents (%,d mentions) in %.1f s: types %s, "
        + "%,d features -> %s%n", docs.size(), docs.stream().mapToInt(d -> d.spans().size()).sum(),
        (System.nanoTime() - t0) / 1e9, m.types(), m.featureCount(), out);
    err.flush();
    return 0;
  }

  private List<TrainingText> read(String f) throws java.io.IOException {
    if (f.equals("iob") || f.equals("brat")) {
      List<TrainingText> out = new ArrayList<>();
      for (Path d : datasets) {
        List<AnnotatedText> docs = f.equals("iob") ? IobCorpus.read(d) : BratCorpus.read(d);
        out.addAll(io.polylink.redact.tagger.TaggerModel.trainingTexts(docs));
      }
      return out;
    }
    if (f.equals("hipe") || f.equals("nif") || f.equals("elevant")) {
      return MentionTraining.texts(Format.of(f), datasets);
    }
    throw new IllegalArgumentException("--format must be hipe, iob, brat, nif or elevant, got '" + format + "'");
  }
}
