package io.polylink.eval.card;

import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.EvalDocument;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A GEMv2-style data card for a linking dataset, as Markdown: source, licence, languages, documents, mentions, NIL
 * rate, overlap of the gold entities with a KB, and the mention length distribution (in code points).
 */
public final class DataCard {

  /**
   * What the data does not say about itself.
   *
   * @param source where it comes from (repository @ commit, path)
   * @param licence the licence as stated by the source
   * @param description one line on what it is
   */
  public record Provenance(String source, String licence, String description) {}

  private DataCard() {}

  /**
   * Renders the card.
   *
   * @param dataset the dataset
   * @param provenance source and licence
   * @param inKb tells whether an entity id is in the KB; null when no KB is given (the overlap row then says so)
   */
  public static String markdown(Dataset dataset, Provenance provenance, Predicate<String> inKb) {
    int mentions = 0;
    int nil = 0;
    Set<String> entities = new HashSet<>();
    Set<String> languages = new TreeSet<>();
    TreeMap<Integer, Integer> lengths = new TreeMap<>();
    for (EvalDocument d : dataset.documents()) {
      languages.add(d.language().code());
      for (Annotation a : d.gold()) {
        mentions++;
        if (a.isNil()) {
          nil++;
        } else {
          entities.add(a.entity());
        }
        lengths.merge(bucket(a.span().length()), 1, Integer::sum);
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("# Data card: ").append(dataset.name()).append("\n\n");
    sb.append(provenance.description()).append("\n\n");
    sb.append("| field | value |\n|---|---|\n");
    row(sb, "source", provenance.source());
    row(sb, "licence", provenance.licence());
    row(sb, "languages", String.join(", ", languages));
    row(sb, "documents", Integer.toString(dataset.documents().size()));
    row(sb, "mentions", Integer.toString(mentions));
    row(sb, "NIL mentions", nil + String.format(Locale.ROOT, " (%.1f%%)", mentions == 0 ? 0.0 : 100.0 * nil
        / mentions));
    row(sb, "distinct gold entities", Integer.toString(entities.size()));
    if (inKb == null) {
      row(sb, "entity overlap with the KB", "no KB given");
    } else {
      long in = entities.stream().filter(inKb).count();
      row(sb, "entity overlap with the KB", String.format(Locale.ROOT, "%d of %d (%.1f%%)", in, entities.size(),
          entities.isEmpty() ? 0.0 : 100.0 * in / entities.size()));
    }
    sb.append("\n## Mention length (code points)\n\n| length | mentions |\n|---|---|\n");
    for (var e : lengths.entrySet()) {
      sb.append("| ").append(label(e.getKey())).append(" | ").append(e.getValue()).append(" |\n");
    }
    sb.append("\nThe data is read from ../shared/data at evaluation time and is never copied into the repository.\n");
    return sb.toString();
  }

  private static final List<Integer> BUCKETS = List.of(1, 3, 6, 11, 21, 41);

  private static int bucket(int len) {
    int b = BUCKETS.get(0);
    for (int x : BUCKETS) {
      if (len >= x) {
        b = x;
      }
    }
    return b;
  }

  private static String label(int bucket) {
    int i = BUCKETS.indexOf(bucket);
    return i == BUCKETS.size() - 1 ? bucket + "+" : bucket + "-" + (BUCKETS.get(i + 1) - 1);
  }

  private static void row(StringBuilder sb, String k, String v) {
    sb.append("| ").append(k).append(" | ").append(v.replace("|", "\\|")).append(" |\n");
  }
}
