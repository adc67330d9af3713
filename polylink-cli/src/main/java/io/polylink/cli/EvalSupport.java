package io.polylink.cli;

import io.polylink.eval.LinkingSystem;
import io.polylink.eval.polylink.PolylinkFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Plugs the Polylink linker into the evaluation harness as a {@link LinkingSystem}. */
final class EvalSupport {
  private EvalSupport() {}

  /**
   * The Polylink system on {@code kbDir}: the starter KB in {@code ~/.polylink} when null, else a KB folder, or a
   * source file (.tsv, .jsonl, Wikidata dump) that eval builds once into its KB cache. KBs stay open for the rest of
   * the process: an evaluation run is one process.
   */
  static LinkingSystem polylink(Path kbDir, PrintWriter err) {
    try {
      return new PolylinkFactory(kbDir == null ? StarterKb.ensure(err) : null).apply(kbDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
