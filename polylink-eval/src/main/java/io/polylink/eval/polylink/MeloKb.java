package io.polylink.eval.polylink;

import io.polylink.eval.format.melo.MeloReader;
import io.polylink.kb.source.EntitySource;
import io.polylink.kb.source.SourceStats;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A KB made from a MELO dataset's {@code corpus_elements.tsv}: each element becomes an entity with its ESCO name as
 * label in the corpus language (the {@code _c_<lang>} suffix of the dataset name). Emitted sorted by element id.
 */
public final class MeloKb implements EntitySource {

  private final String name;
  private final String language;
  private final TreeMap<String, String> elements;

  /** @param melo the dataset whose corpus forms the KB */
  public MeloKb(MeloReader.MeloDataset melo) {
    this.name = "melo/" + melo.name();
    this.language = corpusLanguage(melo.name());
    this.elements = new TreeMap<>(melo.corpus());
  }

  /** The KB language of a MELO dataset name ({@code bgr_q_bg_c_en} to {@code en}). */
  public static String corpusLanguage(String dataset) {
    int c = dataset.lastIndexOf("_c_");
    if (c < 0 || c + 3 >= dataset.length()) {
      throw new IllegalArgumentException("MELO dataset name must end in _c_<language>, got '" + dataset + "'");
    }
    return dataset.substring(c + 3).toLowerCase(Locale.ROOT);
  }

  /** The query language of a MELO dataset name ({@code bgr_q_bg_c_en} to {@code bg}). */
  public static String queryLanguage(String dataset) {
    int q = dataset.indexOf("_q_");
    int c = dataset.lastIndexOf("_c_");
    if (q < 0 || c < q) {
      throw new IllegalArgumentException("MELO dataset name must look like <country>_q_<lang>_c_<lang>, got '"
          + dataset + "'");
    }
    return dataset.substring(q + 3, c).toLowerCase(Locale.ROOT);
  }

  /** The KB for {@code melo}, built into the {@link KbCache} once per dataset checksum. */
  public static KnowledgeBase cached(MeloReader.MeloDataset melo, String datasetSha256) {
    return KbCache.open("melo-" + melo.name().replaceAll("[^A-Za-z0-9._-]", "_"),
        PolylinkFactory.RECIPE + " melo " + datasetSha256, () -> new MeloKb(melo));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public SourceStats read(Consumer<Entity> sink) {
    long n = 0;
    for (Map.Entry<String, String> e : elements.entrySet()) {
      String label = e.getValue().strip();
      sink.accept(new Entity(EntityId.of(e.getKey()), label.isEmpty() ? Map.of() : Map.of(language, label), Map.of(),
          Map.of(), Map.of(), 0, EntityType.OTHER));
      n++;
    }
    return new SourceStats(n, Map.of(), 0, n);
  }
}
