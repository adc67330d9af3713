package io.polylink.kb.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ContextHashesTest {

  @Property(tries = 1000, seed = "45")
  void asciiTextsHashLikeTheirTokens(@ForAll @StringLength(max = 600) @CharRange(from = 0, to = 127) String text) {
    assertArrayEquals(RecordCodec.tokenizedTextHashes(text), RecordCodec.textHashes(text), text);
  }

  @Property(tries = 300, seed = "46")
  void theCacheGivesWhatTheTextsGive(@ForAll @Size(max = 40) List<@StringLength(max = 30) String> texts) {
    RecordCodec.ContextCache cache = new RecordCodec.ContextCache();
    List<String> twice = new ArrayList<>(texts);
    twice.addAll(texts); // the second time from the cache
    for (String t : twice) {
      assertArrayEquals(RecordCodec.tokenizedTextHashes(t), cache.get(t), t);
    }
    assertArrayEquals(RecordCodec.contextHashes(twice), RecordCodec.contextHashes(twice, cache));
  }

  @Test
  void manyLongTextsStopAtTheCap() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < 20; w++) {
        sb.append("wörd").append(i).append('x').append(w).append(i % 2 == 0 ? " and " : " Ünd ");
      }
      texts.add(sb.toString());
    }
    RecordCodec.ContextCache cache = new RecordCodec.ContextCache();
    int[] expected = RecordCodec.contextHashes(texts);
    assertArrayEquals(expected, RecordCodec.contextHashes(texts, cache));
    assertArrayEquals(expected, RecordCodec.contextHashes(texts, cache));
    org.junit.jupiter.api.Assertions.assertEquals(RecordCodec.MAX_CONTEXT_HASHES, expected.length);
  }
}
