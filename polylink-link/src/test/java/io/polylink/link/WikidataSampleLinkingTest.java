package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.source.Sources;
import io.polylink.kb.source.WikidataDumpSource;
import io.polylink.kb.store.KbBuildSummary;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.polylink.testsupport.TestData;
import org.junit.jupiter.api.Tag;

/**
 * Acceptance: a KB built from real Wikidata items (the OpenTapioca sample dump, bzip2) links sentences naming those
 * items in six languages. The sentences are written here; the ids are the items' real Wikidata ids.
 */
@Tag("data")
class WikidataSampleLinkingTest {

  @TempDir Path tmp;

  @Test
  void linksRealItemsInSixLanguages() throws Exception {
    Path dump = TestData.require("wikidata/opentapioca/sample_wikidata_items.json.bz2");
    KbBuildSummary s = KbBuilder.into(tmp.resolve("kb"))
        .build(Sources.open("wikidata", dump, WikidataDumpSource.Options.defaults()));
    assertEquals(100, s.entities());
    assertTrue(s.languages() > 200, "names in hundreds of languages: " + s.languages());
    try (KnowledgeBase kb = KnowledgeBase.open(tmp.resolve("kb"))) {
      Linker linker = Linker.builder().knowledgeBase(kb).build();
      Map<String, Map<String, String>> cases = new TreeMap<>();
      cases.put("Lisbon is the capital of Portugal, and Helsinki lies far to the north.",
          Map.of("Lisbon", "Q597", "Portugal", "Q45", "Helsinki", "Q1757"));
      cases.put("Von Düsseldorf fährt man über Bonn nach Saarbrücken.",
          Map.of("Düsseldorf", "Q1718", "Bonn", "Q586", "Saarbrücken", "Q1724"));
      cases.put("La Belgique et le Brésil ont joué un match amical à Lille.",
          Map.of("Belgique", "Q31", "Brésil", "Q155", "Lille", "Q648"));
      cases.put("Германия и Бразилия подписали соглашение в Хельсинки.",
          Map.of("Германия", "Q183", "Бразилия", "Q155", "Хельсинки", "Q1757"));
      cases.put("德国和巴西的代表在芝加哥见面。", Map.of("德国", "Q183", "巴西", "Q155", "芝加哥", "Q1297"));
      cases.put("Chile y Portugal firmaron un acuerdo en Oslo.", Map.of("Chile", "Q298", "Portugal", "Q45", "Oslo", "Q585"));
      for (Map.Entry<String, Map<String, String>> c : cases.entrySet()) {
        LinkedDocument d = linker.link(c.getKey());
        Map<String, String> got = new TreeMap<>();
        for (Link l : d.links()) {
          got.put(l.mention().surface(), l.isNil() ? "NIL" : l.entity().value());
        }
        assertEquals(new TreeMap<>(c.getValue()), got, c.getKey());
      }
    }
  }
}
