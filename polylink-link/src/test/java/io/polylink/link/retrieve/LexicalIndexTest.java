package io.polylink.link.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.link.xling.BilingualDictionary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexicalIndexTest {

  @TempDir Path tmp;

  @Test
  void inflectedQueryFindsTheNameThroughStems() {
    LexicalIndex index = new LexicalIndex(Map.of("a", "kierownik działu sprzedaży", "b", "sprzedawca",
        "c", "nauczyciel szkoły podstawowej"), "pl");
    List<LexicalIndex.Hit> hits = index.search("kierownika działów", 10);
    assertEquals("a", hits.get(0).id(), hits::toString);
  }

  @Test
  void trigramsFindASpellingVariant() {
    LexicalIndex index = new LexicalIndex(Map.of("a", "software developer", "b", "bus driver"), "en");
    assertEquals("a", index.search("sofware develloper", 10).get(0).id());
  }

  @Test
  void dictionaryTranslatesQueryWordsIntoTheNamesLanguage() throws IOException {
    Path f = Files.writeString(tmp.resolve("pl-en.dict"), "manager @ kierownik\nsales @ sprzedaż\nteacher @ nauczyciel\n",
        StandardCharsets.UTF_8);
    LexicalIndex index = new LexicalIndex(Map.of("a", "sales manager", "b", "teacher", "c", "sales assistant"), "en");
    assertTrue(index.search("kierownik sprzedaży", "pl", BilingualDictionary.empty(), 10).isEmpty()
        || !index.search("kierownik sprzedaży", "pl", BilingualDictionary.empty(), 10).get(0).id().equals("a"));
    List<LexicalIndex.Hit> hits = index.search("kierownik sprzedaży", "pl", BilingualDictionary.read(List.of(f)), 10);
    assertEquals("a", hits.get(0).id(), hits::toString);
  }

  @Test
  void tiesGoToTheSmallerId() {
    LexicalIndex index = new LexicalIndex(Map.of("z", "nurse", "m", "nurse"), "en");
    assertEquals(List.of("m", "z"), index.search("nurse", 10).stream().map(LexicalIndex.Hit::id).toList());
  }

  @Test
  void aWordFindsTheCompoundsItHeadsInACompoundingLanguage() {
    // "tarkvarajuht" (software manager) is "tarkvara" + "juht", both words of other names; "juhtum" (a case) only
    // shares letters with "juht", and more of them than the compound does.
    LexicalIndex index = new LexicalIndex(Map.of("a", "tarkvarajuht", "b", "juhtum", "c", "projekti juht",
        "d", "tarkvara arendaja"), "et");
    List<String> ids = index.search("juht", 10).stream().map(LexicalIndex.Hit::id).toList();
    assertEquals(List.of("c", "a", "b"), ids);
    assertEquals(List.of("tarkvara", "juht"), List.of(index.compoundParts("Tarkvarajuht")));
    assertEquals(null, index.compoundParts("juhtum"));
  }

  @Test
  void englishWordsAreNotSplit() {
    LexicalIndex index = new LexicalIndex(Map.of("a", "workshop manager", "b", "shop assistant", "c", "work planner"),
        "en");
    assertEquals(null, index.compoundParts("workshop"));
  }
}
