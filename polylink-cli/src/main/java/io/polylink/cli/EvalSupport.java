package io.polylink.cli;

import io.polylink.eval.LinkingSystem;
import io.polylink.eval.polylink.PolylinkFactory;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Plugs the Polylink linker into the evaluation harness as a {@link LinkingSystem}. */
final class EvalSupport {
  private EvalSupport() {}

  /**
   * The Polylink system on {@code kbDir}: a KB folder, or a source file (.tsv, .jsonl, Wikidata dump) that eval builds
   * once into its KB cache; when null, the CLDR starter KB, also built into (and reused from) that cache, so scores
   * match the regression test's and a KB left by an older Polylink version is rebuilt rather than failing. KBs stay
   * open for the rest of the process: an evaluation run is one process.
   */
  static LinkingSystem polylink(Path kbDir, PrintWriter err) {
    return polylink(kbDir, null, null, err);
  }

  /** As {@link #polylink(Path, PrintWriter)}, with a ranker model and dense context encoder (null: the defaults). */
  static LinkingSystem polylink(Path kbDir, io.polylink.link.rank.RankerModel model,
      io.polylink.link.TextEncoder dense, PrintWriter err) {
    if (kbDir == null && !java.nio.file.Files.isDirectory(io.polylink.eval.polylink.KbCache.root().resolve("starter"))) {
      err.println("polylink: building the starter KB into " + io.polylink.eval.polylink.KbCache.root()
          + " (first run only)...");
      err.flush();
    }
    return new PolylinkFactory(null, model, dense).apply(kbDir);
  }
}
