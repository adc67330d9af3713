package io.polylink.eval;

import io.polylink.model.Document;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Mention;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The seam between the evaluation harness and a linker. The harness scores whatever implements this: the Polylink
 * linker (plugged in from polylink-cli) or a system replayed from stored predictions.
 */
public interface LinkingSystem {

  /** A short name for reports ({@code polylink}, {@code refined}). */
  String name();

  /** End to end (A2KB): detect mentions in {@code doc} and link each to an entity or NIL. */
  LinkedDocument link(Document doc);

  /**
   * This system with a learned mention detector whose spans join its own ({@code eval --mentions-train},
   * {@code --mentions-model}); only Polylink has one: the default refuses.
   */
  default LinkingSystem withMentionDetector(io.polylink.link.tagger.SequenceTagger tagger) {
    throw new LinkerUnavailableException("system " + name() + " takes no learned mention detector");
  }

  /**
   * Given spans (D2KB): link exactly the {@code spans} of {@code doc}. The default links the whole document and keeps
   * the links whose span equals a given one, so a system without a D2KB mode is still scored fairly on the spans it
   * found; linkers that can take spans should override it.
   */
  default LinkedDocument linkGivenSpans(Document doc, List<Span> spans) {
    LinkedDocument all = link(doc);
    java.util.Set<Span> wanted = new java.util.HashSet<>(spans);
    List<Link> kept = new ArrayList<>();
    java.util.Set<Span> seen = new java.util.HashSet<>();
    for (Link l : all.links()) {
      if (wanted.contains(l.span()) && seen.add(l.span())) {
        kept.add(l);
      }
    }
    for (Span s : spans) {
      if (!seen.contains(s)) {
        // A given span the system did not link counts as an explicit NIL answer.
        kept.add(new Link(new Mention(s, TextOffsets.substring(doc.text(), s), 0.0), null, null, 0.0, null, List.of()));
      }
    }
    kept.sort(java.util.Comparator.comparing(Link::span));
    return new LinkedDocument(all.document(), kept);
  }
}
