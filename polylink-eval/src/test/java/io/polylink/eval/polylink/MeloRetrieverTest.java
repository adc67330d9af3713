package io.polylink.eval.polylink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polylink.eval.format.melo.MeloReader;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.xling.BilingualDictionary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeloRetrieverTest {

  static final String OCC = "http://data.europa.eu/esco/occupation/";

  @TempDir
  Path tmp;

  private KnowledgeBase kb;

  @AfterEach
  void close() throws IOException {
    if (kb != null) {
      kb.close();
    }
  }

  /** A retriever over {@code names} (element id to name) whose concepts are {@code concepts} (element id to URI). */
  private MeloRetriever retriever(Map<String, String> names, Map<String, String> concepts, String language)
      throws IOException {
    MeloReader.MeloDataset melo = new MeloReader.MeloDataset("t_q_" + language + "_c_" + language, Map.of(), names,
        Map.of());
    KbBuilder.into(tmp.resolve("kb")).threads(1).build(new MeloKb(melo));
    kb = KnowledgeBase.open(tmp.resolve("kb"));
    return new MeloRetriever(kb, names, language, language, BilingualDictionary.empty(), concepts);
  }

  private static Map<String, String> map(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void aNameTwoConceptsShareGoesFirstToTheOneWhoseOtherNamesAlsoMatch() throws IOException {
    // ESCO gives "doradca podatkowy" to the financial adviser (among its alternative names) and to the tax adviser;
    // the dictionary finds both, and only the tax adviser's other names speak of taxes.
    Map<String, String> names = map(
        "C1_pl_000", "doradca inwestycyjny", "C1_pl_001", "doradca emerytalny", "C1_pl_002", "doradca podatkowy",
        "C2_pl_000", "doradca podatkowy", "C2_pl_001", "konsultant podatkowy", "C2_pl_002", "specjalista ds. podatków",
        "C3_pl_000", "kierowca autobusu");
    Map<String, String> concepts = map("C1_pl_000", OCC + "financial", "C1_pl_001", OCC + "financial",
        "C1_pl_002", OCC + "financial", "C2_pl_000", OCC + "tax", "C2_pl_001", OCC + "tax", "C2_pl_002", OCC + "tax",
        "C3_pl_000", OCC + "bus");
    List<String> ranked = retriever(names, concepts, "pl").rank("Doradca podatkowy");
    // One name per concept: the tax adviser's exact name, then the financial adviser's.
    assertEquals(List.of("C2_pl_000", "C1_pl_002"), ranked.subList(0, 2), ranked::toString);
  }

  static final String ISCO = "http://data.europa.eu/esco/isco/C";

  @Test
  void theUnitGroupOfTheOccupationATitleNamesComesRightAfterIt() throws IOException {
    // Nothing in "stratigrapher" matches "Geologists and geophysicists"; the occupation's other name does.
    Map<String, String> names = map("C1_en_000", "Physical and earth science professionals",
        "C2_en_000", "Geologists and geophysicists", "C3_en_000", "Musicians, singers and composers",
        "C4_en_000", "stratigrapher", "C4_en_001", "mine geologist",
        "C5_en_000", "band leader", "C5_en_001", "band musician",
        "C6_en_000", "strategic planner");
    Map<String, String> concepts = map("C1_en_000", ISCO + "21", "C2_en_000", ISCO + "2114", "C3_en_000", ISCO + "2652",
        "C4_en_000", OCC + "strat", "C4_en_001", OCC + "strat", "C5_en_000", OCC + "band", "C5_en_001", OCC + "band",
        "C6_en_000", OCC + "planner");
    MeloRetriever r = retriever(names, concepts, "en");
    List<String> ranked = r.rank("stratigrapher");
    assertEquals(List.of("C4_en_000", "C2_en_000"), ranked.subList(0, 2), ranked::toString);
    ranked = r.rank("band leader");
    assertEquals(List.of("C5_en_000", "C3_en_000"), ranked.subList(0, 2), ranked::toString);
  }

  @Test
  void broaderIscoGroupsComeAfterEveryOtherConcept() throws IOException {
    Map<String, String> names = map("C1_en_000", "Physical and earth science professionals",
        "C2_en_000", "Geologists and geophysicists", "C4_en_000", "earth science teacher",
        "C5_en_000", "science communicator");
    Map<String, String> concepts = map("C1_en_000", ISCO + "21", "C2_en_000", ISCO + "2114",
        "C4_en_000", OCC + "teacher", "C5_en_000", OCC + "communicator");
    List<String> ranked = retriever(names, concepts, "en").rank("earth science professionals");
    assertEquals("C1_en_000", ranked.get(ranked.size() - 1), ranked::toString);
    assertEquals("C4_en_000", ranked.get(0), ranked::toString);
  }

  @Test
  void iscoCodesComeFromTheConceptUri() {
    assertEquals("2114", MeloRetriever.iscoCode(ISCO + "2114"));
    assertEquals("0", MeloRetriever.iscoCode(ISCO + "0"));
    assertEquals(null, MeloRetriever.iscoCode(OCC + "0d93706d-32fd-4de3-aa08-be1003e325da"));
    assertEquals(null, MeloRetriever.iscoCode(ISCO + "21x"));
  }
}
