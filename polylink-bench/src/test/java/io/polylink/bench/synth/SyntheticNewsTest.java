package io.polylink.bench.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.model.TextOffsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticNewsTest {
  private static final NameSampler NAMES = NameSampler.fromDump(2000, 42, 300);

  @Test
  void documentsHaveAboutTheWordCountAndMentionSampledNames() {
    List<NewsDocument> docs = SyntheticNews.generate(7, 20, 300, NAMES);
    assertEquals(20, docs.size());
    Set<String> sampled = new HashSet<>();
    NAMES.names().forEach(n -> sampled.add(n.id()));
    int mentions = 0;
    for (NewsDocument d : docs) {
      int words = d.text().trim().split("\\s+").length;
      assertTrue(words >= 290 && words <= 340, "words " + words);
      assertTrue(Character.isUpperCase(d.text().codePointAt(0)) || !Character.isLetter(d.text().codePointAt(0)));
      assertTrue(d.text().endsWith("."));
      assertTrue(d.mentions().size() >= 5, "mentions " + d.mentions().size());
      for (NewsDocument.Mention m : d.mentions()) {
        assertEquals(m.surface(), TextOffsets.substring(d.text(), m.span()));
        assertTrue(sampled.contains(m.entity().value()), m.entity().value());
        assertTrue(d.text().contains(m.surface()));
      }
      mentions += d.mentions().size();
    }
    System.out.println("news: " + mentions + " mentions in " + docs.size() + " documents of ~300 words");
    System.out.println(docs.get(0).text().substring(0, 400));
  }

  @Test
  void textsAreDeterministicAndSeedDependent() {
    assertEquals(SyntheticNews.documents(7, 5, 300, NAMES), SyntheticNews.documents(7, 5, 300, NAMES));
    assertNotEquals(SyntheticNews.documents(7, 5, 300, NAMES), SyntheticNews.documents(8, 5, 300, NAMES));
    assertEquals(SyntheticNews.generate(7, 5, 300, NAMES).get(2).text(), SyntheticNews.documents(7, 5, 300, NAMES).get(2));
  }

  @Test
  void popularNamesAreDrawnMoreOften() {
    SampledName popular = NAMES.names().stream().max((a, b) -> Integer.compare(a.sitelinks(), b.sitelinks())).orElseThrow();
    SampledName obscure = NAMES.names().stream().min((a, b) -> Integer.compare(a.sitelinks(), b.sitelinks())).orElseThrow();
    var r = new java.util.SplittableRandom(1);
    int p = 0;
    int o = 0;
    for (int i = 0; i < 20_000; i++) {
      SampledName n = NAMES.next(r);
      p += n.equals(popular) ? 1 : 0;
      o += n.equals(obscure) ? 1 : 0;
    }
    assertTrue(p > 5 * Math.max(1, o), "popular " + p + " vs obscure " + o);
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> SyntheticNews.documents(1, -1, 300, NAMES));
    assertThrows(IllegalArgumentException.class, () -> SyntheticNews.documents(1, 1, 0, NAMES));
    assertThrows(IllegalArgumentException.class, () -> new NameSampler(List.of()));
  }
}
