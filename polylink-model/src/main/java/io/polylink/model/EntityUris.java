package io.polylink.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one mapping from entity ids to URIs that every writer and the server use. Two forms:
 *
 * <ul>
 *   <li>{@link #web}: a URL a person or program can open, for JSON {@code uri} fields: Wikidata for {@code Q42}
 *       ({@code http://www.wikidata.org/entity/Q42}), English Wikipedia for {@code enwiki:Title}, GeoNames for
 *       {@code geonames:2988507}, the ISO registries' pages for starter-KB countries ({@code iso3166:FR}) and
 *       languages ({@code iso639:de}).
 *   <li>{@link #linkedData}: what Spotlight clients and GERBIL score against: the same, except {@code enwiki:Title}
 *       becomes {@code http://dbpedia.org/resource/Title}.
 * </ul>
 *
 * Ids with no public page (a user's {@code kb:acme}, discovered {@code new:7}, starter currencies, scripts and time-zone
 * cities) get a local identifier, {@code urn:polylink:<id>}, that says by its scheme that it resolves nowhere
 * ({@link #isLocal}). Titles are percent-encoded as UTF-8 except for the characters Wikipedia and DBpedia keep in their
 * paths ({@code A-Z a-z 0-9 - . _ ~ ! $ & ' ( ) * + , ; = : @ /}), so {@code enwiki:AT&T_(company)} stays readable and
 * {@code enwiki:100%_Pure?} cannot break a URL or a Turtle IRI.
 */
public final class EntityUris {
  private EntityUris() {}

  /** Where local identifiers live: a URN namespace, so nobody mistakes them for web addresses. */
  public static final String LOCAL_PREFIX = "urn:polylink:";
  public static final String WIKIDATA = "http://www.wikidata.org/entity/";
  public static final String WIKIPEDIA_EN = "https://en.wikipedia.org/wiki/";
  public static final String DBPEDIA = "http://dbpedia.org/resource/";
  /** The namespace of ids made from English Wikipedia titles ({@code enwiki:Albert_Einstein}). */
  public static final String ENWIKI = "enwiki";

  /** The URL of the entity for people and JSON clients; a {@code urn:polylink:} identifier when it has none. */
  public static String web(EntityId id) {
    String v = id.value();
    if (id.isWikidata()) {
      return WIKIDATA + v;
    }
    String local = localPart(v);
    switch (id.namespace()) {
      case ENWIKI -> {
        if (!local.isEmpty()) {
          return WIKIPEDIA_EN + encodeTitle(local);
        }
      }
      case "geonames" -> {
        if (digits(local)) {
          return "https://sws.geonames.org/" + local + "/";
        }
      }
      case "iso3166" -> {
        if (local.length() == 2 && letters(local)) {
          return "https://www.iso.org/obp/ui/#iso:code:3166:" + local.toUpperCase(Locale.ROOT);
        }
      }
      case "iso639" -> {
        if (local.length() == 2 && letters(local)) {
          return "https://id.loc.gov/vocabulary/iso639-1/" + local.toLowerCase(Locale.ROOT);
        }
        if (local.length() == 3 && letters(local)) {
          return "https://iso639-3.sil.org/code/" + local.toLowerCase(Locale.ROOT);
        }
      }
      default -> {
        // no public page known for this namespace
      }
    }
    return LOCAL_PREFIX + encodeTitle(v);
  }

  /** The URI for RDF and Spotlight outputs: DBpedia for English Wikipedia titles, else {@link #web}. */
  public static String linkedData(EntityId id) {
    if (id.namespace().equals(ENWIKI) && !localPart(id.value()).isEmpty()) {
      return DBPEDIA + encodeTitle(localPart(id.value()));
    }
    return web(id);
  }

  /**
   * The name Spotlight's {@code /rest/candidates} gives a candidate ({@code @uri}, the resource's local name, to which
   * Spotlight clients prepend {@code http://dbpedia.org/resource/}): the encoded title of an English Wikipedia id, the
   * id itself otherwise.
   */
  public static String spotlightName(EntityId id) {
    if (id.namespace().equals(ENWIKI) && !localPart(id.value()).isEmpty()) {
      return encodeTitle(localPart(id.value()));
    }
    return id.value();
  }

  /** True when {@link #web} of this id is a local identifier that resolves nowhere. */
  public static boolean isLocal(EntityId id) {
    return web(id).startsWith(LOCAL_PREFIX);
  }

  /**
   * Percent-encodes a Wikipedia title (underscores for spaces, as in the id) for a URL path: UTF-8 bytes of every
   * character outside {@code A-Z a-z 0-9 - . _ ~ ! $ & ' ( ) * + , ; = : @ /} become {@code %XX}; a lone surrogate
   * (not valid Unicode) becomes {@code %3F} rather than failing.
   */
  public static String encodeTitle(String title) {
    StringBuilder sb = new StringBuilder(title.length() + 16);
    byte[] bytes = title.getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c < 0x80 && keep((char) c)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return sb.toString();
  }

  private static boolean keep(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
  }

  private static String localPart(String v) {
    int colon = v.indexOf(':');
    return colon < 0 ? "" : v.substring(colon + 1);
  }

  private static boolean digits(String s) {
    return !s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
  }

  private static boolean letters(String s) {
    return s.chars().allMatch(ch -> (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
  }
}
