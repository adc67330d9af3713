package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.store.KnowledgeBase;
import io.polylink.model.Document;
import io.polylink.model.Language;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 7: an interrupted linker stops at the next window with a {@link CancellationException}, instead of
 * linking the rest of the document for a client that has already been answered.
 */
class LinkerCancellationTest {

  @TempDir Path tmp;

  @Test
  void anInterruptedThreadStopsAtTheNextWindow() throws Exception {
    try (KnowledgeBase kb = KnowledgeBase.open(TestKbs.build(tmp.resolve("kb")))) {
      Linker linker = Linker.builder().knowledgeBase(kb).build();
      String text = "Angela Merkel flog von Berlin nach Paris. ".repeat(2000);
      Thread.currentThread().interrupt();
      try {
        CancellationException e = assertThrows(CancellationException.class,
            () -> linker.link(new Document("d", text, Language.of("de"))));
        assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
        assertTrue(Thread.currentThread().isInterrupted(), "the interrupt stays set for the caller");
        assertThrows(CancellationException.class,
            () -> linker.link(new StringReader(text), Language.of("de"), l -> {}));
      } finally {
        Thread.interrupted();
      }
      assertFalse(linker.link(new Document("d", text, Language.of("de"))).links().isEmpty(), "links again once cleared");
    }
  }
}
