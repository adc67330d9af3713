package io.polylink.kb.wikipedia;

import io.polylink.kb.source.EntitySource;
import io.polylink.kb.source.SourceStats;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A KB source from Wikipedia link statistics: every linked page becomes an entity (its Wikidata id when
 * {@code titleToQid} knows the title, else {@code enwiki:<Title>}) with its title as label, the anchor texts that
 * link to it often enough as aliases (p(page | name) at least {@code minProbability} and at least
 * {@code minLinks} links), and its in-link count as popularity. Entities in title order; names sorted.
 */
public final class WikipediaPriorSource implements EntitySource {

  private final String name;
  private final AnchorStatistics stats;
  private final Map<String, String> titleToQid;
  private final double minProbability;
  private final long minLinks;

  /**
   * @param stats the link statistics
   * @param titleToQid page title to Wikidata id (see {@link SitelinkTitles}); empty for none
   * @param minProbability smallest p(page | name) for the name to become an alias
   * @param minLinks smallest number of links with that name to the page
   */
  public WikipediaPriorSource(String name, AnchorStatistics stats, Map<String, String> titleToQid,
      double minProbability, long minLinks) {
    if (minProbability < 0 || minProbability > 1) {
      throw new IllegalArgumentException("minProbability must be in [0,1], got " + minProbability);
    }
    if (minLinks < 1) {
      throw new IllegalArgumentException("minLinks must be >= 1, got " + minLinks);
    }
    this.name = name;
    this.stats = stats;
    this.titleToQid = Map.copyOf(titleToQid);
    this.minProbability = minProbability;
    this.minLinks = minLinks;
  }

  /** The entity id of a page title: its QID when known, else {@code enwiki:<Title>} with spaces as underscores. */
  public String entityId(String title) {
    String t = WikiText.normalizeTitle(title);
    String q = t == null ? null : titleToQid.get(t);
    return q != null ? q : "enwiki:" + (t == null ? title : t).replace(' ', '_');
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public SourceStats read(Consumer<Entity> sink) {
    // anchor texts per title, as written: the most frequent surface form of each qualifying name key
    Map<String, TreeSet<String>> aliases = new HashMap<>();
    for (String key : stats.names()) {
      long total = stats.linkCount(key);
      for (AnchorStatistics.Target t : stats.targets(key)) {
        if (t.count() >= minLinks && t.count() / (double) total >= minProbability) {
          aliases.computeIfAbsent(t.title(), k -> new TreeSet<>()).add(key);
        }
      }
    }
    long n = 0;
    for (Map.Entry<String, Long> e : new TreeMap<>(stats.inLinks()).entrySet()) {
      String title = e.getKey();
      List<String> names = new ArrayList<>(aliases.getOrDefault(title, new TreeSet<>()));
      names.remove(io.polylink.kb.text.TextNormalizer.key(title));
      sink.accept(new Entity(EntityId.of(entityId(title)), Map.of("en", title),
          names.isEmpty() ? Map.of() : Map.of("en", names), Map.of(), Map.of(), e.getValue(), EntityType.OTHER));
      n++;
    }
    return new SourceStats(n, Map.of(), 0, n);
  }
}
