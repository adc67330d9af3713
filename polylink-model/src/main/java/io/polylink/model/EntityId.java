package io.polylink.model;

/**
 * The identifier of a knowledge-base entity: a Wikidata id ({@code Q42}) or a namespaced id for any other KB
 * ({@code geonames:2988507}, {@code kb:acme-123}, {@code new:7}).
 *
 * @param value the id; non-blank, without whitespace
 */
public record EntityId(String value) implements Comparable<EntityId> {

  public EntityId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("entity id must be non-blank, got '" + value + "'");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i))) {
        throw new IllegalArgumentException("entity id must not contain whitespace: '" + value + "'");
      }
    }
  }

  /** Parses an id; same as the constructor, reads better at call sites. */
  public static EntityId of(String value) {
    return new EntityId(value);
  }

  /** True for Wikidata item or property ids ({@code Q42}, {@code P31}). */
  public boolean isWikidata() {
    if (value.length() < 2) {
      return false;
    }
    char c = value.charAt(0);
    if (c != 'Q' && c != 'P') {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The namespace before the first colon, or {@code "wd"} for Wikidata ids, or {@code ""} when there is none. */
  public String namespace() {
    int colon = value.indexOf(':');
    if (colon > 0) {
      return value.substring(0, colon);
    }
    return isWikidata() ? "wd" : "";
  }

  /**
   * The entity's URL ({@link EntityUris#web}): Wikidata for Q-ids, Wikipedia, GeoNames or ISO pages where the id has
   * one, else a local {@code urn:polylink:} identifier.
   */
  public String uri() {
    return EntityUris.web(this);
  }

  @Override
  public int compareTo(EntityId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
