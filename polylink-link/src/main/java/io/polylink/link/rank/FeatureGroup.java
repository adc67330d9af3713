package io.polylink.link.rank;

/**
 * The families of ranking features; a model can be trained without any of them (an ablation), and a feature's group
 * is the prefix of its name before the first '.'.
 */
public enum FeatureGroup {
  /** Popularity (in-links, sitelinks) absolute and relative to the other candidates, and p(entity | name). */
  PRIOR("prior"),
  /** Mention text vs candidate title: exact, partial, acronym, Jaro-Winkler; the KB's own name-match quality. */
  NAME("name"),
  /** The candidate's coarse type. */
  TYPE("type"),
  /** Mention shape (capitals, one word) and candidate count, crossed with type, name match and popularity. */
  SHAPE("shape"),
  /** Context overlap with the entity's description; concepts written in lower case. */
  CONTEXT("context"),
  /** Personalized PageRank over the document's candidate graph, link support from the other mentions, coreference. */
  COHERENCE("coherence"),
  /** Agreement of title signatures across mentions ("X national football team" for many X in one document). */
  TITLE_GROUP("group"),
  /**
   * Cosine similarity of a sentence encoder's vectors for the mention's context and the candidate's text; only when
   * a dense encoder is configured (0 otherwise, so models trained without it ignore it).
   */
  DENSE("dense");

  private final String prefix;

  FeatureGroup(String prefix) {
    this.prefix = prefix;
  }

  /** The prefix of this group's feature names. */
  public String prefix() {
    return prefix;
  }

  /** The group of a feature name. */
  public static FeatureGroup of(String featureName) {
    int dot = featureName.indexOf('.');
    String p = dot < 0 ? featureName : featureName.substring(0, dot);
    for (FeatureGroup g : values()) {
      if (g.prefix.equals(p)) {
        return g;
      }
    }
    throw new IllegalArgumentException("feature '" + featureName + "' has no known group prefix");
  }

  /** Parses a group by prefix or enum name, case-insensitively. */
  public static FeatureGroup parse(String s) {
    for (FeatureGroup g : values()) {
      if (g.prefix.equalsIgnoreCase(s) || g.name().equalsIgnoreCase(s)) {
        return g;
      }
    }
    throw new IllegalArgumentException("unknown feature group '" + s + "', expected one of prior, name, type, shape, "
        + "context, coherence, group, dense");
  }
}
