package io.polylink.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerRunTest {

  // An emoji (two UTF-16 chars, one code point) before Paris: code points and UTF-16 indexes differ after it.
  private static final String TEXT = "\uD83D\uDE00 Paris and Berlin.";
  private static final String DOC = "{\"id\": 0, \"title\": \"t\", \"text\": \"\\uD83D\\uDE00 Paris and Berlin.\", "
      + "\"evaluation_span\": [0, 19], \"labels\": [{\"id\": 0, \"span\": [2, 7], \"entity_id\": \"Q90\", "
      + "\"name\": \"Paris\", \"type\": \"Q515\"}, {\"id\": 1, \"span\": [12, 18], \"entity_id\": \"Q64\", "
      + "\"name\": \"Berlin\", \"type\": \"Q515\"}]}";

  @TempDir Path dir;

  private WikiTitles titles() throws Exception {
    Path f = dir.resolve("titles.tsv");
    Files.writeString(f, "Q64\tBerlin\nQ90\tParis\nQ91\tAbraham_Lincoln\n", StandardCharsets.UTF_8);
    return WikiTitles.read(f);
  }

  @Test
  void titlesMatchWithSpacesAsUnderscoresAndNothingElse() throws Exception {
    WikiTitles t = titles();
    assertEquals("Q91", t.qid("Abraham Lincoln"));
    assertEquals("Q91", t.qid("Abraham_Lincoln"));
    assertNull(t.qid("abraham lincoln"));
    assertNull(t.qid(null));
  }

  @Test
  void aBadTitleRowIsNamedWithItsLine() throws Exception {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, "Q1\tUniverse\nUniverse\tQ1\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WikiTitles.read(f));
    assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("Universe\tQ1"), e.getMessage());
  }

  @Test
  void titleLinksCountCodePointsAndApplyTheirPolicy() throws Exception {
    TitleLinks keep = new TitleLinks(titles(), "nil", "title");
    // UTF-16 [3, 8) is "Paris", code points [2, 7)
    PeerRun.Mention paris = keep.mention(TEXT, 3, 8, "Paris", "CITY");
    assertEquals(new PeerRun.Mention(2, 7, "Q90", Map.of("wikipedia_title", "Paris", "ner", "CITY")), paris);
    assertEquals("<NIL>", keep.mention(TEXT, 3, 8, "O", "CITY").id());
    assertEquals("enwiki:Paris_(band)", keep.mention(TEXT, 3, 8, "Paris (band)", null).id());
    TitleLinks drop = new TitleLinks(titles(), "drop", "drop");
    assertNull(drop.mention(TEXT, 3, 8, null, "CITY"));
    assertNull(drop.mention(TEXT, 3, 8, "Paris (band)", "CITY"));
    assertEquals("<NIL>", new TitleLinks(titles(), "drop", "nil").mention(TEXT, 3, 8, "Paris (band)", null).id());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TitleLinks(titles(), "keep", "drop"));
    assertTrue(e.getMessage().contains("--unlinked") && e.getMessage().contains("keep"), e.getMessage());
  }

  @Test
  void writtenPredictionsAreScoredByTheHarness() throws Exception {
    Path bench = Files.createDirectories(dir.resolve("data/elevant/benchmarks"));
    Files.writeString(bench.resolve("tiny.benchmark.jsonl"), DOC + "\n", StandardCharsets.UTF_8);
    List<PeerRun.Benchmark> b = PeerRun.read(bench, List.of("tiny"));
    TitleLinks links = new TitleLinks(titles(), "drop", "title");
    // Paris right, Berlin linked to a title the map lacks: one right link of two predicted, one of two gold.
    PeerRun.Loader loader = () -> text -> List.of(links.mention(text, 3, 8, "Paris", null),
        links.mention(text, 13, 19, "Berlin, New Hampshire", null));
    Path out = dir.resolve("out");
    PeerRun.Timing t = PeerRun.run("fake", loader, b, out, 2);
    assertEquals(1, t.documents());
    assertTrue(t.warmPassSeconds() > 0);
    assertTrue(t.firstPassCpuSeconds() >= 0 && t.warmPassCpuSeconds() >= 0, t.toString());
    JsonNode written = new ObjectMapper().readTree(Files.readString(out.resolve("fake.tiny.linked_articles.jsonl")));
    assertEquals("[2,7]", written.at("/entity_mentions/0/span").toString());
    assertEquals("enwiki:Berlin,_New_Hampshire", written.at("/entity_mentions/1/id").asText());
    assertEquals(2, written.path("labels").size(), "the benchmark document is kept");
    JsonNode s = PeerRun.score("fake", bench, out, List.of("tiny")).get("tiny");
    assertEquals(0.5, s.at("/elevant/REQUIRED/precision").asDouble(), 1e-9);
    assertEquals(0.5, s.at("/elevant/REQUIRED/recall").asDouble(), 1e-9);
  }

  @Test
  void anUnknownBenchmarkIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PeerRun.read(dir, List.of("kore51")));
    assertTrue(e.getMessage().contains("kore51"), e.getMessage());
  }
}
