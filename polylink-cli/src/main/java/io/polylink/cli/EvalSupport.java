package io.polylink.cli;

import io.polylink.eval.LinkingSystem;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.link.LinkerConfig;
import io.polylink.model.Document;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Span;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Plugs the Polylink linker into the evaluation harness as a {@link LinkingSystem}. */
final class EvalSupport {
  private EvalSupport() {}

  /**
   * The Polylink system on the KB at {@code kbDir} (the starter KB when null). The KB stays open for the rest of the
   * process: an evaluation run is one process.
   */
  static LinkingSystem polylink(Path kbDir, PrintWriter err) {
    try {
      Path dir = kbDir != null ? kbDir : StarterKb.ensure(err);
      KnowledgeBase kb = KnowledgeBase.open(dir);
      Linker linker = Linker.builder().knowledgeBase(kb).config(LinkerConfig.defaults()).build();
      return new LinkingSystem() {
        @Override
        public String name() {
          return "polylink";
        }

        @Override
        public LinkedDocument link(Document doc) {
          return linker.link(doc);
        }

        @Override
        public LinkedDocument linkGivenSpans(Document doc, List<Span> spans) {
          return linker.linkSpans(doc, spans);
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
