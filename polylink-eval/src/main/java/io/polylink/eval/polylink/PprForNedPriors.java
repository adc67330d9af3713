package io.polylink.eval.polylink;

import io.polylink.eval.format.pprforned.PprForNedReader;
import io.polylink.kb.store.EntityRecord;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.link.NamePriors;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives PPRforNED candidates the name priors a KB keeps (a {@code wikidict} KB: p(title | anchor) from Wikipedia
 * anchors), so that the ranker learns what the linker will see: each mention's name is looked up in the KB as the
 * linker looks it up (its key), and a candidate page gets the prior of the KB entity with its English Wikipedia title
 * ({@code enwiki:Title}), 0 when the KB has priors for the name but not for that page, NaN for every candidate when
 * it has none for the name. Nothing reads the gold page.
 *
 * <p>A share of the documents, chosen by a hash of the document id, is left without priors ({@code withoutShare}),
 * so that one model serves KBs with link statistics and KBs without them.
 */
public final class PprForNedPriors {

  private static final String WIKI = "http://en.wikipedia.org/wiki/";
  private static final int MAX_HITS = 512;

  private PprForNedPriors() {}

  /** The documents with priors attached from {@code kb}; documents in the {@code withoutShare} get none. */
  public static List<PprForNedReader.Document> attach(List<PprForNedReader.Document> docs, KnowledgeBase kb,
      double withoutShare) {
    if (withoutShare < 0 || withoutShare > 1) {
      throw new IllegalArgumentException("withoutShare must be in [0, 1], got " + withoutShare);
    }
    Lookup lookup = kb.lookup();
    Map<String, Map<String, Double>> cache = new HashMap<>();
    List<PprForNedReader.Document> out = new ArrayList<>(docs.size());
    for (PprForNedReader.Document d : docs) {
      if (leftOut(d.id(), withoutShare)) {
        out.add(d);
        continue;
      }
      List<PprForNedReader.Mention> ms = new ArrayList<>(d.mentions().size());
      for (PprForNedReader.Mention m : d.mentions()) {
        Map<String, Double> byTitle = cache.computeIfAbsent(m.surface(), s -> priorsByTitle(lookup, s));
        List<PprForNedReader.Candidate> cs = new ArrayList<>(m.candidates().size());
        for (PprForNedReader.Candidate c : m.candidates()) {
          double p = byTitle.isEmpty() ? Double.NaN : byTitle.getOrDefault(title(c.url()), 0.0);
          cs.add(c.withNamePrior(p));
        }
        ms.add(new PprForNedReader.Mention(m.surface(), m.goldUrl(), cs));
      }
      out.add(new PprForNedReader.Document(d.id(), ms));
    }
    return out;
  }

  /** Whether a document is one of those left without priors: a fixed hash of its id, not its position. */
  static boolean leftOut(String docId, double share) {
    long h = 1125899906842597L;
    for (int i = 0; i < docId.length(); i++) {
      h = 31 * h + docId.charAt(i);
    }
    h ^= h >>> 29;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 32;
    return (h >>> 11) * 0x1.0p-53 < share;
  }

  /** The Wikipedia titles (underscored) of the KB's entities with a prior for the name, with that prior. */
  static Map<String, Double> priorsByTitle(Lookup lookup, String surface) {
    String key = TextNormalizer.key(surface);
    if (key.isEmpty()) {
      return Map.of();
    }
    List<EntityRecord> records = new ArrayList<>();
    for (NameHit h : lookup.candidates(key, MAX_HITS)) {
      records.add(h.record());
    }
    double[] p = NamePriors.of(records, key, surface);
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < p.length; i++) {
      String id = records.get(i).id().value();
      if (!Double.isNaN(p[i]) && id.startsWith("enwiki:")) {
        out.merge(id.substring("enwiki:".length()), p[i], Math::max);
      }
    }
    return out;
  }

  static String title(String url) {
    String t = url.startsWith(WIKI) ? url.substring(WIKI.length()) : url;
    if (t.indexOf('%') >= 0) {
      try {
        t = URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        // not percent-encoded after all: the title as written
      }
    }
    return t.replace(' ', '_');
  }
}
