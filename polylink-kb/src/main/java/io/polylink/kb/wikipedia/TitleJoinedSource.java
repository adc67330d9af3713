package io.polylink.kb.wikipedia;

import io.polylink.kb.source.EntitySource;
import io.polylink.kb.source.SourceStats;
import io.polylink.model.Entity;
import io.polylink.model.EntityType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A small KB source (e.g. the CLDR starter entities, a few thousand) joined with a wikidict source: a base entity
 * whose English label names a Wikipedia title ("Germany"; a language "German" names "German language") absorbs
 * that title's entity, so the KB has one entity, not two, for Germany. The joined entity keeps the base id, labels,
 * descriptions, relations and type, gains the title's anchors as aliases (its title as an English alias when it
 * differs from the label) and their priors, and the sum of both popularities. Base entities no title claims, and
 * titles no base entity claims, pass through unchanged. A title is claimed by the first base entity that names it,
 * in base order; the base is held in memory, the wikidict source streams.
 */
public final class TitleJoinedSource implements EntitySource {

  private final EntitySource base;
  private final WikidictSource wikidict;

  public TitleJoinedSource(EntitySource base, WikidictSource wikidict) {
    if (base == null || wikidict == null) {
      throw new IllegalArgumentException("both sources are required");
    }
    this.base = base;
    this.wikidict = wikidict;
  }

  @Override
  public String name() {
    return base.name() + " + " + wikidict.name();
  }

  /** The Wikipedia title (lower case, spaces) a base entity names, or null when it has no English label. */
  static String claimedTitle(Entity e) {
    String en = e.labels().get("en");
    if (en == null || en.isBlank()) {
      return null;
    }
    String t = en.strip().toLowerCase(Locale.ROOT);
    return e.type() == EntityType.LANGUAGE && !t.endsWith(" language") ? t + " language" : t;
  }

  @Override
  public SourceStats read(Consumer<Entity> sink) throws IOException {
    List<Entity> baseEntities = new ArrayList<>();
    SourceStats baseStats = base.read(baseEntities::add);
    Map<String, Integer> claims = new HashMap<>();
    for (int i = 0; i < baseEntities.size(); i++) {
      String t = claimedTitle(baseEntities.get(i));
      if (t != null) {
        claims.putIfAbsent(t, i);
      }
    }
    boolean[] joined = new boolean[baseEntities.size()];
    long[] joins = {0};
    SourceStats w = wikidict.read(e -> {
      String id = e.id().value();
      Integer i = id.startsWith("enwiki:") ? claims.get(id.substring(7).replace('_', ' ').toLowerCase(Locale.ROOT))
          : null;
      if (i == null || joined[i]) {
        sink.accept(e);
        return;
      }
      joined[i] = true;
      joins[0]++;
      sink.accept(join(baseEntities.get(i), e));
    });
    for (int i = 0; i < baseEntities.size(); i++) {
      if (!joined[i]) {
        sink.accept(baseEntities.get(i));
      }
    }
    Map<String, Long> skipped = new TreeMap<>(baseStats.skipped());
    w.skipped().forEach((k, v) -> skipped.merge(k, v, Long::sum));
    skipped.put("joined-titles", joins[0]);
    return new SourceStats(baseStats.entities() + w.entities() - joins[0], skipped,
        baseStats.malformed() + w.malformed(), baseStats.lines() + w.lines());
  }

  static Entity join(Entity base, Entity title) {
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    base.aliases().forEach((l, names) -> aliases.put(l, new ArrayList<>(names)));
    String titleLabel = title.labels().get("en");
    Set<String> present = new LinkedHashSet<>(base.allNames());
    if (titleLabel != null && present.add(titleLabel)) {
      aliases.computeIfAbsent("en", k -> new ArrayList<>()).add(titleLabel);
    }
    title.aliases().forEach((l, names) -> {
      for (String n : names) {
        if (present.add(n)) {
          aliases.computeIfAbsent(l, k -> new ArrayList<>()).add(n);
        }
      }
    });
    Map<String, Float> priors = new LinkedHashMap<>(title.priors());
    return new Entity(base.id(), base.labels(), aliases, base.descriptions(), base.relations(),
        base.popularity() + title.popularity(), base.type(), priors);
  }
}
