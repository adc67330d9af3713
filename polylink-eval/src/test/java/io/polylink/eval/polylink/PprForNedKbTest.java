package io.polylink.eval.polylink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polylink.eval.format.pprforned.PprForNedReader;
import io.polylink.model.Entity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PprForNedKbTest {

  private static PprForNedReader.Candidate c(String id, long in, String links, String name) {
    return new PprForNedReader.Candidate(id, in, 0, links.isEmpty() ? List.of() : List.of(links.split(";")),
        "http://en.wikipedia.org/wiki/" + name.replace(' ', '_'), name);
  }

  private static List<Entity> entities(List<PprForNedReader.Document> docs) {
    List<Entity> out = new ArrayList<>();
    new PprForNedKb("t", docs).read(out::add);
    return out;
  }

  @Test
  void theKbDoesNotDependOnCandidateOrFileOrder() {
    List<PprForNedReader.Candidate> cands = List.of(c("9582", 1137, "3908028;9582", "European Council"),
        c("20753177", 36, "", "Euthanasia device"), c("3908028", 71, "9582", "EUDemocrats"));
    List<PprForNedReader.Mention> mentions = List.of(new PprForNedReader.Mention("EU", null, cands),
        new PprForNedReader.Mention("Council", "x", cands.subList(0, 1)));
    List<Entity> reference = entities(List.of(new PprForNedReader.Document("1", mentions)));
    Random rnd = new Random(7);
    for (int i = 0; i < 5; i++) {
      List<PprForNedReader.Mention> ms = new ArrayList<>();
      for (PprForNedReader.Mention m : mentions) {
        List<PprForNedReader.Candidate> shuffled = new ArrayList<>(m.candidates());
        Collections.shuffle(shuffled, rnd);
        ms.add(new PprForNedReader.Mention(m.surface(), m.goldUrl(), shuffled));
      }
      Collections.shuffle(ms, rnd);
      assertEquals(reference, entities(List.of(new PprForNedReader.Document("1", ms))));
    }
    // Sorted by page id as a number; self links dropped; mention texts become aliases.
    assertEquals(List.of("enwiki:9582", "enwiki:3908028", "enwiki:20753177"),
        reference.stream().map(e -> e.id().value()).toList());
    assertEquals(List.of("enwiki:3908028"), reference.get(0).relation(PprForNedKb.LINK_PROPERTY));
    assertEquals(List.of("Council", "EU"), reference.get(0).aliases().get("en"));
    assertEquals(1137, reference.get(0).popularity());
  }

  @Test
  void meloLanguagesComeFromTheDatasetName() {
    assertEquals("en", MeloKb.corpusLanguage("bgr_q_bg_c_en"));
    assertEquals("bg", MeloKb.queryLanguage("bgr_q_bg_c_en"));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> MeloKb.corpusLanguage("x"));
  }
}
