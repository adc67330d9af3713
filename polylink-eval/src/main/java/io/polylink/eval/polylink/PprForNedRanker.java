package io.polylink.eval.polylink;

import io.polylink.eval.format.pprforned.PprForNedReader;
import io.polylink.eval.format.pprforned.PprPriorRanker;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.link.LinkerConfig;
import io.polylink.model.Candidate;
import io.polylink.model.Document;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks each PPRforNED mention's own candidate set with Polylink: the document becomes a synthetic text of its
 * mention texts (one per line), {@link Linker#linkSpans} scores every mention with coherence across the document, and
 * the mention's candidates are ordered by the linker's score. Candidates the linker did not return (none of their
 * names has the mention's key) follow, by in-link count; {@link #fallbacks()} counts the mentions where that happened.
 */
public final class PprForNedRanker {

  /** Every candidate the dictionary finds is kept, so any candidate set (at most 50 in the data) is fully scored. */
  static final int MAX_CANDIDATES = 256;

  private final Linker linker;
  private int fallbacks;

  /** @param kb a KB made by {@link PprForNedKb} */
  public PprForNedRanker(KnowledgeBase kb) {
    LinkerConfig d = LinkerConfig.defaults();
    this.linker = Linker.builder().knowledgeBase(kb).config(new LinkerConfig(d.nilThreshold(),
        d.minDetectionScore(), MAX_CANDIDATES, d.maxNameTokens(), d.windowChars(), d.stateSize(), d.reportNil(),
        d.detectUnknown(), d.coherence(), MAX_CANDIDATES, d.fuzzyUnknownNames())).build();
  }

  /** Ranked candidate URLs, best first, for every mention of {@code doc} (NIL mentions included). */
  public List<List<String>> rank(PprForNedReader.Document doc) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (PprForNedReader.Mention m : doc.mentions()) {
      int start = text.codePointCount(0, text.length());
      text.append(m.surface());
      spans.add(new Span(start, text.codePointCount(0, text.length())));
      text.append(".\n");
    }
    LinkedDocument ld = linker.linkSpans(new Document(doc.id(), text.toString(), Language.of("en")), spans);
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < doc.mentions().size(); i++) {
      out.add(order(doc.mentions().get(i), ld.links().get(i)));
    }
    return out;
  }

  private List<String> order(PprForNedReader.Mention m, Link link) {
    Map<String, String> urlById = new HashMap<>();
    for (PprForNedReader.Candidate c : m.candidates()) {
      urlById.put(PprForNedKb.entityId(c.id()), c.url());
    }
    List<String> ranked = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Candidate c : link.candidates()) {
      String url = urlById.get(c.id().value());
      if (url != null && seen.add(url)) {
        ranked.add(url);
      }
    }
    if (ranked.size() < urlById.size()) {
      fallbacks++;
      for (String url : PprPriorRanker.rank(m)) {
        if (seen.add(url)) {
          ranked.add(url);
        }
      }
    }
    return ranked;
  }

  /** Mentions where some candidate was not scored by the linker and was ranked by in-link count after the others. */
  public int fallbacks() {
    return fallbacks;
  }
}
