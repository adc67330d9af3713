package io.polylink.model;

/**
 * A coarse entity type, derived from KG relations (instance-of, occupation, country, ...), used for output, filters and
 * redaction. Fine types are the relation values themselves.
 */
public enum EntityType {
  PERSON("PER"),
  LOCATION("LOC"),
  ORGANIZATION("ORG"),
  LANGUAGE("LANG"),
  CURRENCY("CUR"),
  WORK("WORK"),
  EVENT("EVENT"),
  OTHER("MISC");

  private final String code;

  EntityType(String code) {
    this.code = code;
  }

  /** The short code used in outputs ({@code PER}, {@code LOC}, ...). */
  public String code() {
    return code;
  }

  /** Parses a short code or an enum name, case-insensitively. */
  public static EntityType parse(String s) {
    for (EntityType t : values()) {
      if (t.code.equalsIgnoreCase(s) || t.name().equalsIgnoreCase(s)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown entity type '" + s + "', expected one of PER, LOC, ORG, LANG, CUR, WORK, EVENT, MISC");
  }
}
