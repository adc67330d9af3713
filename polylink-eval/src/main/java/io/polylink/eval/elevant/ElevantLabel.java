package io.polylink.eval.elevant;

import io.polylink.model.Span;
import java.util.List;

/**
 * A ground-truth label of an ELEVANT benchmark article.
 *
 * @param id label id, unique in its article
 * @param span code point span (ELEVANT spans are Python string indexes, i.e. code points)
 * @param entityId a Wikidata QID, or {@code <NIL>}, {@code <NO_MAPPING>}, or a legacy {@code Unknown...} id; an empty
 *     or null id (newer benchmarks such as {@code news-fair}, {@code wiki-fair} write one where the annotators gave no
 *     entity) is read as {@code <NIL>}
 * @param name the entity name (drives ELEVANT's "named" mention type)
 * @param type QIDs joined by {@code |}; {@code QUANTITY} or {@code DATETIME} make the label optional
 * @param parent id of the enclosing label, or null for a root label
 * @param children ids of nested labels
 * @param optional explicitly optional (neither rewarded nor punished when missed)
 * @param coref explicit coreference flag, null when the benchmark does not say
 * @param desc descriptive label (treated as optional)
 */
public record ElevantLabel(int id, Span span, String entityId, String name, String type, Integer parent,
    List<Integer> children, boolean optional, Boolean coref, boolean desc) {

  public ElevantLabel {
    if (span == null) {
      throw new IllegalArgumentException("label " + id + " needs a span");
    }
    if (entityId == null || entityId.isBlank()) {
      // no entity given: an unknown one, scored as ELEVANT scores its unknown labels; read once here so that every
      // rule that compares ids (the nested labels' factors too) sees one marker
      entityId = ElevantIds.NIL;
    }
    name = name == null ? "" : name;
    type = type == null || type.isEmpty() ? "OTHER" : type;
    children = children == null ? List.of() : List.copyOf(children);
  }

  /** True for QUANTITY labels. */
  public boolean isQuantity() {
    return List.of(type.split("\\|")).contains("QUANTITY");
  }

  /** True for DATETIME labels. */
  public boolean isDatetime() {
    return List.of(type.split("\\|")).contains("DATETIME");
  }

  /** ELEVANT's optional: flagged optional, descriptive, or a quantity or date. */
  public boolean isOptional() {
    return optional || desc || isQuantity() || isDatetime();
  }

  /** True when the gold entity is a real KB entity (not NIL/unmapped, not a quantity or date). */
  public boolean isKnown() {
    return !ElevantIds.isUnknown(entityId) && !isQuantity() && !isDatetime();
  }
}
