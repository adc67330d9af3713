package io.polylink.eval.polylink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.eval.format.pprforned.PprForNedReader;
import io.polylink.kb.source.EntitySource;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.link.rank.RankCandidate;
import io.polylink.link.rank.RankerTrainer;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PPRforNED mentions ranked on the candidates a Wikipedia-titled KB gives them, as the linker will at run time. */
class PprForNedThroughKbTest {

  @TempDir Path tmp;

  private static Entity page(String title, String label, long popularity, float prior) {
    return new Entity(EntityId.of("enwiki:" + title), Map.of("en", label), Map.of(), Map.of(), Map.of(), popularity,
        EntityType.OTHER, Map.of(label, prior));
  }

  private static PprForNedReader.Mention mention(String surface, String gold) {
    // the file's own candidate lists are not used: a single unrelated page stands for them
    return new PprForNedReader.Mention(surface, gold, List.of(new PprForNedReader.Candidate("1", 1, 1, List.of(),
        "http://en.wikipedia.org/wiki/Unrelated", "Unrelated")));
  }

  @Test
  void goldIsTheKbsPageOfTheGoldTitleAndMissingOrNilGoldIsANegative() throws IOException {
    Path dir = tmp.resolve("kb");
    KbBuilder.into(dir).threads(1).build(EntitySource.of("wikidict:fixture", List.of(
        page("Chicago", "Chicago", 300, 0.85f), page("Chicago_(band)", "Chicago", 50, 0.05f),
        page("Springfield,_Illinois", "Springfield, Illinois", 80, 0.9f))));
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      Linker linker = Linker.builder().knowledgeBase(kb).forTraining().build();
      PprForNedReader.Document d = new PprForNedReader.Document("7", List.of(
          mention("Chicago", "http://en.wikipedia.org/wiki/Chicago_(band)"),
          mention("Chicago", "NIL"),
          mention("Springfield, Illinois", "http://en.wikipedia.org/wiki/Springfield,_Massachusetts"),
          mention(" ", "http://en.wikipedia.org/wiki/Nothing")));
      RankerTrainer.Example e = PprForNedThroughKb.example(d, linker);
      assertEquals(3, e.mentions().size(), "a mention without a surface is left out");
      List<String> chicago = e.mentions().get(0).candidates().stream().map(RankCandidate::id).toList();
      assertEquals(2, chicago.size(), "the KB's pages of the name, not the file's list: " + chicago);
      assertTrue(chicago.contains("enwiki:Chicago") && chicago.contains("enwiki:Chicago_(band)"));
      assertEquals("enwiki:Chicago_(band)", chicago.get(e.gold()[0]));
      assertEquals(-1, e.gold()[1], "NIL gold: every candidate a negative");
      assertEquals(List.of("enwiki:Springfield,_Illinois"),
          e.mentions().get(2).candidates().stream().map(RankCandidate::id).toList());
      assertEquals(-1, e.gold()[2], "the gold page is not among the candidates: a lone wrong page to doubt");
      assertTrue(e.mentions().get(2).candidates().get(0).namePrior() > 0.8, "the KB's prior comes with it");
      PprForNedThroughKb.Accuracy a = PprForNedThroughKb.accuracy(
          new io.polylink.link.rank.DocumentRanker(linker.rankerModel()), List.of(e), 0.0);
      assertEquals(3, a.mentions());
      assertEquals(1, a.goldAmongCandidates());
      assertEquals(3, a.linkedRight() + a.linkedWrong(), "threshold 0: every mention with candidates is linked");
      assertEquals(a.topRight(), a.linkedRight(), "only the band can be linked right");
    }
  }

  @Test
  void goldIdsAreTitleIds() {
    assertEquals("enwiki:Chicago_(band)", PprForNedThroughKb.goldId("http://en.wikipedia.org/wiki/chicago_(band)"));
    assertEquals("enwiki:Café_de_Flore", PprForNedThroughKb.goldId("http://en.wikipedia.org/wiki/Caf%C3%A9_de_Flore"));
    assertNull(PprForNedThroughKb.goldId("NIL"));
    assertNull(PprForNedThroughKb.goldId(null));
  }

  @Test
  void theShareTrainedThroughTheKbIsChosenByIdNotPosition() {
    List<String> ids = java.util.stream.IntStream.range(0, 400).mapToObj(Integer::toString).toList();
    assertTrue(ids.stream().noneMatch(id -> PprForNedThroughKb.chosen(id, 0)));
    assertTrue(ids.stream().allMatch(id -> PprForNedThroughKb.chosen(id, 1)));
    long half = ids.stream().filter(id -> PprForNedThroughKb.chosen(id, 0.5)).count();
    assertTrue(half > 160 && half < 240, "about half: " + half);
    assertEquals(PprForNedThroughKb.chosen("1015", 0.5), PprForNedThroughKb.chosen("1015", 0.5));
  }
}
