package io.polylink.bench.synth;

import java.util.List;

/**
 * One claim of a synthetic item.
 *
 * @param property the property id
 * @param snaktype {@code value}, {@code somevalue} or {@code novalue}
 * @param value the value, null unless snaktype is {@code value}
 * @param datatype the property's datatype
 * @param rank {@code normal}, {@code preferred} or {@code deprecated}
 * @param guid the statement id ({@code Q123$...})
 * @param qualifiers qualifier snaks, possibly empty
 * @param references reference snak groups, possibly empty
 */
record Statement(String property, String snaktype, Value value, String datatype, String rank, String guid,
    List<Snak> qualifiers, List<List<Snak>> references) {

  Statement {
    if (value == null && "value".equals(snaktype)) {
      throw new IllegalArgumentException("value snak without value for " + property);
    }
    qualifiers = List.copyOf(qualifiers);
    references = references.stream().map(List::copyOf).toList();
  }

  /** A property-value pair used in qualifiers and references. */
  record Snak(String property, Value value) {}
}
