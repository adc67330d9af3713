package io.polylink.bench;

import io.polylink.kb.starter.CldrStarterSource;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.NotAKbException;
import java.io.IOException;
import java.nio.file.Path;

/** The CLDR starter KB the server, MCP and redaction benchmarks run on, built on first use. */
final class StarterKb {
  private StarterKb() {}

  /** Opens the starter KB in {@code dir}, building it first when it is missing or unreadable (about 20 s). */
  static KnowledgeBase open(Path dir) throws IOException {
    if (KnowledgeBase.exists(dir)) {
      try {
        return KnowledgeBase.open(dir);
      } catch (NotAKbException e) {
        System.err.println("rebuilding the starter KB: " + e.getMessage());
      }
    }
    System.err.println("building the starter KB in " + dir + " (about 20 s)");
    KbBuilder.into(dir).build(new CldrStarterSource());
    return KnowledgeBase.open(dir);
  }
}
