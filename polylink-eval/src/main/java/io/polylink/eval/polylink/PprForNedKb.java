package io.polylink.eval.polylink;

import io.polylink.eval.format.pprforned.PprForNedReader;
import io.polylink.kb.source.EntitySource;
import io.polylink.kb.source.SourceStats;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A KB made from PPRforNED candidate files themselves: every candidate page becomes an entity {@code enwiki:<page id>}
 * with its title as English label, every mention text that lists it as aliases, its in-link count as popularity, and
 * the ids of the other candidates of the document it links to (the {@code links} field, unioned over the documents)
 * as relations, so the linker's coherence can use them.
 *
 * <p>The files put the gold candidate first; nothing here may depend on that. Entities are emitted sorted by page id,
 * names and links sorted too, so the KB is the same whatever the file or candidate order.
 *
 * <p>The link graph is stored under {@link #LINK_PROPERTY} because the linker's coherence reads only a fixed set of
 * Wikidata properties; a "links to" property of its own would be the right home (see the eval report).
 */
public final class PprForNedKb implements EntitySource {

  /** The Wikidata property the candidate links are filed under: P361 "part of", one the ranker's coherence reads. */
  public static final String LINK_PROPERTY = "P361";

  private static final class Page {
    String title = "";
    long inCount;
    final TreeSet<String> surfaces = new TreeSet<>();
    final TreeSet<String> links = new TreeSet<>();
  }

  private final String name;
  private final TreeMap<String, Page> pages = new TreeMap<>(PprForNedKb::byNumber);

  /** @param name the source name; @param docs the documents whose candidates form the KB */
  public PprForNedKb(String name, List<PprForNedReader.Document> docs) {
    this.name = name;
    for (PprForNedReader.Document d : docs) {
      for (PprForNedReader.Mention m : d.mentions()) {
        for (PprForNedReader.Candidate c : m.candidates()) {
          Page p = pages.computeIfAbsent(c.id(), k -> new Page());
          if (!c.name().isBlank() && (p.title.isEmpty() || c.name().compareTo(p.title) < 0)) {
            p.title = c.name().strip();
          }
          p.inCount = Math.max(p.inCount, c.inCount());
          if (!m.surface().isBlank()) {
            p.surfaces.add(m.surface().strip());
          }
          for (String l : c.links()) {
            if (!l.isBlank() && !l.equals(c.id())) {
              p.links.add(l.strip());
            }
          }
        }
      }
    }
  }

  /** The entity id of a candidate page id. */
  public static String entityId(String pageId) {
    return "enwiki:" + pageId;
  }

  /** The KB for {@code docs}, built into the {@link KbCache} once per split checksum. */
  public static KnowledgeBase cached(String split, String datasetSha256, List<PprForNedReader.Document> docs) {
    return KbCache.open("pprforned-" + split.replaceAll("[^A-Za-z0-9._-]", "_"),
        PolylinkFactory.RECIPE + " pprforned " + datasetSha256, () -> new PprForNedKb("pprforned/" + split, docs));
  }

  /** Number of entities it will emit. */
  public int size() {
    return pages.size();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public SourceStats read(Consumer<Entity> sink) {
    long n = 0;
    for (Map.Entry<String, Page> e : pages.entrySet()) {
      Page p = e.getValue();
      String label = p.title.isEmpty() ? p.surfaces.isEmpty() ? null : p.surfaces.first() : p.title;
      List<String> aliases = new ArrayList<>();
      for (String s : p.surfaces) {
        if (!s.equals(label)) {
          aliases.add(s);
        }
      }
      List<String> links = p.links.stream().sorted(PprForNedKb::byNumber).map(PprForNedKb::entityId).toList();
      sink.accept(new Entity(EntityId.of(entityId(e.getKey())), label == null ? Map.of() : Map.of("en", label),
          aliases.isEmpty() ? Map.of() : Map.of("en", aliases), Map.of(),
          links.isEmpty() ? Map.of() : Map.of(LINK_PROPERTY, links), p.inCount, EntityType.OTHER));
      n++;
    }
    return new SourceStats(n, Map.of(), 0, n);
  }

  private static int byNumber(String a, String b) {
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
  }
}
