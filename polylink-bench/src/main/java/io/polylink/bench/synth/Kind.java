package io.polylink.bench.synth;

/**
 * What a synthetic entity is. Countries and regions occupy fixed blocks of low ids (as in Wikidata, where Q30 is the
 * United States); the rest is drawn by weight.
 */
enum Kind {
  COUNTRY(0),
  REGION(0),
  PERSON(34),
  CITY(14),
  ORGANIZATION(12),
  WORK(16),
  EVENT(6),
  TAXON(16),
  PROPERTY(1),
  LEXEME(1);

  /** Percent of the entities after the country and region blocks. */
  final int weight;

  Kind(int weight) {
    this.weight = weight;
  }

  /** The kind for a uniform draw {@code u} in [0, 1) outside the fixed blocks. */
  static Kind byWeight(double u) {
    double acc = 0;
    for (Kind k : values()) {
      acc += k.weight / 100.0;
      if (u < acc) {
        return k;
      }
    }
    return TAXON;
  }

  boolean isItem() {
    return this != PROPERTY && this != LEXEME;
  }
}
