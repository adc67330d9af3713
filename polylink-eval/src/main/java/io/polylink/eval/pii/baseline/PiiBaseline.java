package io.polylink.eval.pii.baseline;

import io.polylink.eval.Annotation;
import io.polylink.eval.LinkingSystem;
import io.polylink.model.Document;
import io.polylink.model.EntityType;
import io.polylink.model.Link;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * BASELINE ONLY for the pii task, until Polylink has a PII redaction module: {@link RegexRecognizers} for the
 * fixed-shape types, plus PERSON / location / ORGANIZATION from the coarse types of Polylink's linked mentions (links
 * with an entity; NIL mentions carry no type). A regex match wins over an overlapping linked mention.
 *
 * <p>Labels are written in the dataset's vocabulary: presidio-research's synthetic set calls locations {@code GPE}
 * and URLs {@code DOMAIN_NAME}, so {@link #PRESIDIO} maps {@code LOC} and {@code URL} to those.
 */
public final class PiiBaseline {

  /** Label map for presidio-research's synth_dataset_v2. */
  public static final Map<String, String> PRESIDIO = Map.of("LOC", "GPE", "URL", "DOMAIN_NAME", "PER", "PERSON",
      "ORG", "ORGANIZATION");

  private final LinkingSystem linker;
  private final Map<String, String> labels;

  /**
   * @param linker Polylink (for PER/LOC/ORG), or null for regex recognizers only
   * @param labels recognizer or coarse type to dataset label; types not in it keep their name
   */
  public PiiBaseline(LinkingSystem linker, Map<String, String> labels) {
    this.linker = linker;
    this.labels = Map.copyOf(labels);
  }

  /** The system name in reports. */
  public String name() {
    return linker == null ? "regex-baseline" : "regex-baseline+" + linker.name() + "-types";
  }

  /** Predicted PII spans of {@code doc}, sorted by span. */
  public List<Annotation> find(Document doc) {
    List<Annotation> out = new ArrayList<>();
    for (Annotation a : RegexRecognizers.find(doc.text())) {
      out.add(relabel(a, a.type()));
    }
    if (linker != null) {
      for (Link l : linker.link(doc).links()) {
        if (l.isNil() || !(l.type() == EntityType.PERSON || l.type() == EntityType.LOCATION
            || l.type() == EntityType.ORGANIZATION)) {
          continue;
        }
        if (out.stream().noneMatch(a -> a.span().overlaps(l.span()))) {
          out.add(new Annotation(l.span(), null, labels.getOrDefault(l.type().code(), l.type().code()),
              Math.max(0, Math.min(1, l.score()))));
        }
      }
    }
    out.sort(Comparator.comparing(Annotation::span));
    return out;
  }

  private Annotation relabel(Annotation a, String type) {
    return new Annotation(a.span(), a.entity(), labels.getOrDefault(type, type), a.score());
  }
}
