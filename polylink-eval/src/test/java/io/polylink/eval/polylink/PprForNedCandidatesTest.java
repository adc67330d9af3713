package io.polylink.eval.polylink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.testsupport.TestData;
import io.polylink.eval.format.pprforned.PprForNedReader;
import io.polylink.link.rank.DocumentRanker;
import io.polylink.link.rank.RankerModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** The learned ranker on real PPRforNED documents: file order is no signal; the shipped model beats the prior. */
@Tag("data")
class PprForNedCandidatesTest {

  @Test
  void rankingIgnoresCandidateOrder() {
    List<PprForNedReader.Document> docs = PprForNedReader.readDir(TestData.dir().resolve("pprforned/testa"))
        .subList(0, 12);
    DocumentRanker ranker = new DocumentRanker(RankerModel.defaults());
    for (PprForNedReader.Document d : docs) {
      List<PprForNedReader.Mention> reversed = new ArrayList<>();
      for (PprForNedReader.Mention m : d.mentions()) {
        List<PprForNedReader.Candidate> cs = new ArrayList<>(m.candidates());
        Collections.reverse(cs);
        reversed.add(new PprForNedReader.Mention(m.surface(), m.goldUrl(), cs));
      }
      List<List<String>> a = PprForNedCandidates.rank(ranker, d);
      List<List<String>> b = PprForNedCandidates.rank(ranker, new PprForNedReader.Document(d.id(), reversed));
      assertEquals(a, b, "document " + d.id());
    }
  }

  @Test
  void goldIsMarkedByUrlNotPosition() {
    PprForNedReader.Document d = PprForNedReader.readDir(TestData.dir().resolve("pprforned/testa")).get(0);
    int[] gold = PprForNedCandidates.example(d).gold();
    for (int i = 0; i < gold.length; i++) {
      PprForNedReader.Mention m = d.mentions().get(i);
      if (m.goldUrl() == null) {
        assertEquals(-1, gold[i]);
      } else {
        assertTrue(gold[i] >= 0);
        assertEquals(m.goldUrl(), m.candidates().get(gold[i]).url());
      }
    }
  }
}
