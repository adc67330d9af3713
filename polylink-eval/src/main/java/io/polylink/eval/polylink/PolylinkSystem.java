package io.polylink.eval.polylink;

import io.polylink.eval.LinkingSystem;
import io.polylink.link.Linker;
import io.polylink.model.Document;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Span;
import java.util.List;

/** The Polylink linker as a {@link LinkingSystem}: A2KB through {@code link}, D2KB through {@code linkSpans}. */
public final class PolylinkSystem implements LinkingSystem {

  private final Linker linker;

  /** @param linker the linker to evaluate */
  public PolylinkSystem(Linker linker) {
    if (linker == null) {
      throw new IllegalArgumentException("linker must not be null");
    }
    this.linker = linker;
  }

  /** The wrapped linker. */
  public Linker linker() {
    return linker;
  }

  @Override
  public String name() {
    return "polylink";
  }

  @Override
  public PolylinkSystem withMentionDetector(io.polylink.link.tagger.SequenceTagger tagger) {
    return new PolylinkSystem(linker.withMentionTagger(tagger));
  }

  @Override
  public LinkedDocument link(Document doc) {
    return linker.link(doc);
  }

  @Override
  public LinkedDocument linkGivenSpans(Document doc, List<Span> spans) {
    return linker.linkSpans(doc, spans);
  }
}
