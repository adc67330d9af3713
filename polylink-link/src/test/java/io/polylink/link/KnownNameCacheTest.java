package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Probes and candidates shared across documents: the same answers as the lookup, reused, renewed by a live add. */
class KnownNameCacheTest {

  @TempDir Path tmp;

  @Test
  void answersAsTheLookupAndReusesAcrossLookupsOfOneVersion() throws Exception {
    try (KnowledgeBase kb = KnowledgeBase.open(TestKbs.build(tmp.resolve("kb")))) {
      KnownNameCache cache = new KnownNameCache();
      List<NameHit> first;
      try (Lookup l = kb.lookup()) {
        first = cache.candidates(l, "berlin", 24);
        assertEquals(l.candidates("berlin", 24), first);
        assertEquals(l.probe("angela", false), cache.probe(l, "angela", false));
        assertEquals(l.probe("angela", true), cache.probe(l, "angela", true));
        assertTrue((cache.probe(l, "angela", false) & Lookup.CONTINUES) != 0);
        assertEquals(List.of(), cache.candidates(l, "no such name anywhere", 24));
        // the two kinds of probe kept apart: "berli" continues into "berlin" only where no space must follow
        assertEquals(0, cache.probe(l, "berli", false));
        assertEquals(Lookup.CONTINUES, cache.probe(l, "berli", true));
        assertEquals(0, cache.probe(l, "berli", false));
        // and the limits: "paris" names three entities
        assertEquals(3, cache.candidates(l, "paris", 24).size());
        assertEquals(l.candidates("paris", 1), cache.candidates(l, "paris", 1));
        assertEquals(3, cache.candidates(l, "paris", 24).size());
      }
      try (Lookup l = kb.lookup()) { // a later document: same version, no new lookups
        assertSame(first, cache.candidates(l, "berlin", 24));
        assertEquals(l.candidates("berlin", 3), cache.candidates(l, "berlin", 3));
      }
      assertThrows(UnsupportedOperationException.class, () -> first.remove(0));
    }
  }

  @Test
  void aLiveAddStartsANewGeneration() throws Exception {
    try (KnowledgeBase kb = KnowledgeBase.open(TestKbs.build(tmp.resolve("kb")))) {
      KnownNameCache cache = new KnownNameCache();
      String key = "weberling maschinenfabrik p0"; // the key of LiveAddWhileLinkingTest.name("p", 0)
      try (Lookup l = kb.lookup()) {
        assertEquals(0, cache.probe(l, key, false));
        assertEquals(List.of(), cache.candidates(l, key, 24));
        assertEquals(List.of(), cache.related(l, key, 24));
      }
      kb.add(List.of(LiveAddWhileLinkingTest.addition("p", 0)));
      try (Lookup l = kb.lookup()) {
        assertEquals(Lookup.EXACT, cache.probe(l, key, false) & Lookup.EXACT);
        assertEquals("new:p-0", cache.candidates(l, key, 24).get(0).record().id().value());
        assertEquals("new:p-0", cache.related(l, key, 24).get(0).record().id().value(), "not the empty list of before");
      }
    }
  }

  @Test
  void boundedMapsAreEmptiedWhenFull() throws Exception {
    try (KnowledgeBase kb = KnowledgeBase.open(TestKbs.build(tmp.resolve("kb")))) {
      KnownNameCache cache = new KnownNameCache(2, 1);
      try (Lookup l = kb.lookup()) {
        List<NameHit> berlin = cache.candidates(l, "berlin", 24);
        cache.candidates(l, "angela merkel", 24); // full: "berlin" goes
        List<NameHit> again = cache.candidates(l, "berlin", 24);
        assertEquals(berlin, again);
        assertTrue(berlin != again, "a full map is emptied, not grown");
      }
      assertThrows(IllegalArgumentException.class, () -> new KnownNameCache(0, 1));
    }
  }
}
