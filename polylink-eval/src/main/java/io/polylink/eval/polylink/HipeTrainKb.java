package io.polylink.eval.polylink;

import io.polylink.eval.Annotation;
import io.polylink.eval.EvalDocument;
import io.polylink.kb.source.EntitySource;
import io.polylink.kb.source.SourceStats;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import io.polylink.model.TextOffsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The EDIN setting's KB: the entities of a HIPE train split, each named by the surface forms its mentions have there
 * (in the split's language), popularity = its number of mentions. Sorted by id: independent of file order.
 */
public final class HipeTrainKb implements EntitySource {
  private final String name;
  private final String language;
  private final TreeMap<String, TreeSet<String>> surfaces = new TreeMap<>();
  private final Map<String, Integer> mentions = new LinkedHashMap<>();

  public HipeTrainKb(String name, String language, List<EvalDocument> train) {
    this.name = name;
    this.language = language;
    for (EvalDocument d : train) {
      for (Annotation a : d.gold()) {
        if (a.isNil()) {
          continue;
        }
        String surface = TextOffsets.substring(d.text(), a.span()).strip();
        if (!surface.isEmpty()) {
          surfaces.computeIfAbsent(a.entity(), k -> new TreeSet<>()).add(surface);
          mentions.merge(a.entity(), 1, Integer::sum);
        }
      }
    }
  }

  @Override
  public String name() {
    return name;
  }

  /** The entity ids of the split. */
  public java.util.Set<String> ids() {
    return surfaces.keySet();
  }

  @Override
  public SourceStats read(Consumer<Entity> sink) {
    for (Map.Entry<String, TreeSet<String>> e : surfaces.entrySet()) {
      List<String> names = new ArrayList<>(e.getValue());
      sink.accept(new Entity(EntityId.of(e.getKey()), Map.of(language, names.get(0)),
          names.size() > 1 ? Map.of(language, names.subList(1, names.size())) : Map.of(), Map.of(), Map.of(),
          mentions.getOrDefault(e.getKey(), 0), EntityType.OTHER));
    }
    return new SourceStats(surfaces.size(), Map.of(), 0, surfaces.size());
  }
}
