package io.polylink.cli;

import io.polylink.link.rank.RankerModel;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The ranker options that {@code link} and {@code eval} share: a trained model file and the dense context encoder. */
final class RankerOptions {

  @Option(names = "--model", description = "ranker model file written by 'polylink train' (default: the shipped one)")
  Path model;

  @Option(names = "--dense-context", arity = "0..1", paramLabel = "PATH|builtin",
      parameterConsumer = DenseContextOption.Value.class,
      description = DenseContextOption.DESCRIPTION)
  String denseContext;

  /** The model of {@code --model}, null for the shipped one; a missing or bad file is an IllegalArgumentException. */
  RankerModel readModel() {
    if (model == null) {
      return null;
    }
    if (!Files.isRegularFile(model)) {
      throw new IllegalArgumentException("--model " + model + " not found");
    }
    return RankerModel.read(model);
  }
}
