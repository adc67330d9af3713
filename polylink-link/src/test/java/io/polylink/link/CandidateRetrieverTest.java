package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.polylink.kb.store.NameHit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CandidateRetriever#firstFound}: the kinds are tried in order and the first that finds candidates wins. */
class CandidateRetrieverTest {

  @Test
  void theFirstKindThatFindsCandidatesWinsAndLaterKindsAreNotAsked() {
    List<NameHit> romanized = List.of(new NameHit(null, 1, 1, true));
    List<NameHit> fuzzy = List.of(new NameHit(null, 2, 2, false));
    List<String> asked = new ArrayList<>();
    CandidateRetriever chain = CandidateRetriever.firstFound(List.of(
        key -> {
          asked.add("exact " + key);
          return List.of();
        },
        key -> {
          asked.add("romanized " + key);
          return key.equals("moskva") ? romanized : List.of();
        },
        key -> {
          asked.add("fuzzy " + key);
          return fuzzy;
        }));
    assertSame(romanized, chain.retrieve("moskva"));
    assertEquals(List.of("exact moskva", "romanized moskva"), asked);
    asked.clear();
    assertSame(fuzzy, chain.retrieve("mosqva"));
    assertEquals(List.of("exact mosqva", "romanized mosqva", "fuzzy mosqva"), asked);
  }

  @Test
  void noKindFindsAnything() {
    assertEquals(List.of(), CandidateRetriever.firstFound(List.of(key -> List.of())).retrieve("x"));
    assertEquals(List.of(), CandidateRetriever.firstFound(List.of()).retrieve("x"));
  }
}
