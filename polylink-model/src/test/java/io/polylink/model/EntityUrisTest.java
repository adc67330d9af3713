package io.polylink.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Issue 14 item 14 and issue 19 item 2: entity URIs resolve, or say that they are local. */
class EntityUrisTest {

  private static EntityId id(String v) {
    return EntityId.of(v);
  }

  @Test
  void wikidataIdsAreWikidataEntityUris() {
    assertEquals("http://www.wikidata.org/entity/Q42", EntityUris.web(id("Q42")));
    assertEquals("http://www.wikidata.org/entity/Q42", EntityUris.linkedData(id("Q42")));
    assertEquals("http://www.wikidata.org/entity/Q42", id("Q42").uri());
    assertFalse(EntityUris.isLocal(id("Q42")));
  }

  @Test
  void englishWikipediaTitlesAreWikipediaUrlsAndDbpediaResources() {
    EntityId einstein = id("enwiki:Albert_Einstein");
    assertEquals("https://en.wikipedia.org/wiki/Albert_Einstein", EntityUris.web(einstein));
    assertEquals("https://en.wikipedia.org/wiki/Albert_Einstein", einstein.uri());
    assertEquals("http://dbpedia.org/resource/Albert_Einstein", EntityUris.linkedData(einstein));
    assertFalse(EntityUris.isLocal(einstein));
    assertEquals("Albert_Einstein", EntityUris.spotlightName(einstein));
    assertEquals("Q42", EntityUris.spotlightName(id("Q42")));
  }

  @Test
  void titlesArePercentEncodedWhereAUrlNeedsIt() {
    // characters Wikipedia and DBpedia keep in their paths stay as they are
    assertEquals("http://dbpedia.org/resource/AT&T_(company)", EntityUris.linkedData(id("enwiki:AT&T_(company)")));
    assertEquals("https://en.wikipedia.org/wiki/AC/DC", EntityUris.web(id("enwiki:AC/DC")));
    assertEquals("https://en.wikipedia.org/wiki/C++", EntityUris.web(id("enwiki:C++")));
    assertEquals("https://en.wikipedia.org/wiki/O'Reilly_Media", EntityUris.web(id("enwiki:O'Reilly_Media")));
    // '?', '#', '%' and '"' would end or break a URL: encoded
    assertEquals("https://en.wikipedia.org/wiki/Who_Framed_Roger_Rabbit%3F", EntityUris.web(id("enwiki:Who_Framed_Roger_Rabbit?")));
    assertEquals("http://dbpedia.org/resource/C%23", EntityUris.linkedData(id("enwiki:C#")));
    assertEquals("http://dbpedia.org/resource/100%25_Pure", EntityUris.linkedData(id("enwiki:100%_Pure")));
    assertEquals("http://dbpedia.org/resource/%22Weird_Al%22", EntityUris.linkedData(id("enwiki:\"Weird_Al\"")));
    // non-ASCII as UTF-8 bytes, including a character outside the BMP
    assertEquals("https://en.wikipedia.org/wiki/Z%C3%BCrich", EntityUris.web(id("enwiki:Zürich")));
    assertEquals("http://dbpedia.org/resource/%F0%9D%84%9E", EntityUris.linkedData(id("enwiki:\uD834\uDD1E")));
    // every result is a valid URI (java.net.URI is strict about the characters a URI may hold)
    for (String t : new String[] {"A<b>", "x{y}|z", "a\\b", "^`[]", "Zürich", "100%", "a?b#c"}) {
      URI.create(EntityUris.web(id("enwiki:" + t)));
      URI.create(EntityUris.linkedData(id("enwiki:" + t)));
    }
  }

  @Test
  void starterEntitiesResolveWhereARegistryHasAPage() {
    assertEquals("https://www.iso.org/obp/ui/#iso:code:3166:FR", EntityUris.web(id("iso3166:FR")));
    assertEquals("https://id.loc.gov/vocabulary/iso639-1/de", EntityUris.web(id("iso639:de")));
    assertEquals("https://iso639-3.sil.org/code/gsw", EntityUris.web(id("iso639:gsw")));
    assertEquals("https://sws.geonames.org/2988507/", EntityUris.web(id("geonames:2988507")));
    assertFalse(EntityUris.isLocal(id("iso3166:FR")));
  }

  @Test
  void idsWithoutAPublicPageAreMarkedLocal() {
    for (String v : new String[] {"iso4217:EUR", "iso15924:Latn", "tz:Europe/Paris", "iso3166:419", "kb:acme-123", "new:7",
        "enwiki:", "geonames:abc", "plain"}) {
      String uri = EntityUris.web(id(v));
      assertTrue(uri.startsWith("urn:polylink:"), uri);
      assertTrue(EntityUris.isLocal(id(v)), v);
      assertFalse(uri.contains("polylink.io"), uri);
      URI.create(uri);
    }
    assertEquals("urn:polylink:tz:Europe/Paris", id("tz:Europe/Paris").uri());
    assertEquals("urn:polylink:kb:a%3Fb", id("kb:a?b").uri());
  }
}
