package io.polylink.cli;

import io.polylink.link.tagger.SequenceTagger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --mentions-model FILE}, as {@code link}, {@code serve} and {@code mcp} share it: the learned mention detector
 * ({@code polylink train-mentions}) of the linker.
 */
final class MentionsModelOption {

  @Option(names = "--mentions-model", paramLabel = "FILE", description = "a mention detector written by 'polylink "
      + "train-mentions': the names it tags join the KB spotter's (its boundaries win where they overlap), a name the "
      + "KB lacks is a NIL mention of the tagged type")
  Path file;

  /** The detector, null when none was given; a missing file is an IllegalArgumentException naming it. */
  SequenceTagger read() {
    if (file == null) {
      return null;
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("--mentions-model " + file + " not found");
    }
    try {
      return SequenceTagger.load(file);
    } catch (IOException e) {
      throw new UncheckedIOException("--mentions-model " + file + " cannot be read", e);
    }
  }
}
