package io.polylink.link.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The ranker on synthetic documents whose truth follows known rules: a popular exact-name entity wins unless the
 * document's other mentions link to a rival ("Paris" among "Texas", "Lamar County").
 */
class RankerTest {

  static final long SEED = 42;

  /** A document: one ambiguous mention per "topic" (its gold linked to the topic's context entities), plus those. */
  static RankerTrainer.Example document(Random rnd, int id) {
    boolean texas = rnd.nextDouble() < 0.3;
    String ctx = texas ? "us" : "fr";
    List<RankMention> ms = new ArrayList<>();
    List<Integer> gold = new ArrayList<>();
    for (int k = 0; k < 1 + rnd.nextInt(3); k++) {
      String name = "Town" + rnd.nextInt(50);
      List<RankCandidate> cs = new ArrayList<>();
      cs.add(RankCandidate.of(name + "-fr", name, 1000 + rnd.nextInt(500), "LOC", List.of("ctx-fr")));
      cs.add(RankCandidate.of(name + "-us", name + ", Texas", 50 + rnd.nextInt(50), "LOC", List.of("ctx-us")));
      cs.add(RankCandidate.of(name + "-band", name + " (band)", 200 + rnd.nextInt(100), "ORG", List.of()));
      Collections.shuffle(cs, rnd);
      int g = -1;
      for (int j = 0; j < cs.size(); j++) {
        if (cs.get(j).id().equals(name + "-" + ctx)) {
          g = j;
        }
      }
      ms.add(new RankMention(name, cs));
      gold.add(g);
    }
    for (int k = 0; k < 2; k++) {
      ms.add(new RankMention("Context" + k, List.of(RankCandidate.of("ctx-" + ctx, "Context" + k, 100, "LOC",
          List.of()))));
      gold.add(0);
    }
    return new RankerTrainer.Example(ms, gold.stream().mapToInt(Integer::intValue).toArray());
  }

  static List<RankerTrainer.Example> corpus(long seed, int n) {
    Random rnd = new Random(seed);
    List<RankerTrainer.Example> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(document(rnd, i));
    }
    return out;
  }

  static double accuracy(DocumentRanker r, List<RankerTrainer.Example> docs) {
    int right = 0;
    int total = 0;
    for (RankerTrainer.Example e : docs) {
      Ranking rk = r.rank(e.mentions());
      for (int i = 0; i < e.gold().length; i++) {
        if (e.mentions().get(i).candidates().size() < 2) {
          continue; // the context mentions have one candidate: nothing to decide
        }
        total++;
        if (rk.best(i) == e.gold()[i]) {
          right++;
        }
      }
    }
    return right / (double) total;
  }

  static final RankerTrainer.Options FAST = new RankerTrainer.Options(2, 3, 0.01, 10, EnumSet.noneOf(FeatureGroup.class),
      Map.of("trained_on", "synthetic"));

  @Test
  void coherenceLearnsWhatPopularityCannot() {
    List<RankerTrainer.Example> train = corpus(SEED, 120);
    List<RankerTrainer.Example> test = corpus(SEED + 1, 60);
    RankerTrainer.Result full = RankerTrainer.train(train, FAST);
    RankerTrainer.Result noGraph = RankerTrainer.train(train, FAST.withoutGroups(EnumSet.of(FeatureGroup.COHERENCE)));
    double withCoherence = accuracy(new DocumentRanker(full.model()), test);
    double without = accuracy(new DocumentRanker(noGraph.model()), test);
    assertTrue(withCoherence > 0.97, "with coherence " + withCoherence);
    assertTrue(without < 0.9, "without coherence " + without);
    assertEquals("synthetic", full.model().meta().get("trained_on"));
    assertEquals(EnumSet.of(FeatureGroup.COHERENCE), noGraph.model().without());
    assertEquals(0, noGraph.model().weight(2, "coherence.w_ppr_log"));
  }

  @Test
  void candidateOrderIsNoSignal() {
    RankerTrainer.Result r = RankerTrainer.train(corpus(SEED, 60), FAST);
    DocumentRanker ranker = new DocumentRanker(r.model());
    Random rnd = new Random(SEED + 7);
    for (RankerTrainer.Example e : corpus(SEED + 2, 20)) {
      Ranking a = ranker.rank(e.mentions());
      List<RankMention> shuffled = new ArrayList<>();
      List<int[]> perms = new ArrayList<>();
      for (RankMention m : e.mentions()) {
        List<Integer> idx = new ArrayList<>();
        for (int j = 0; j < m.candidates().size(); j++) {
          idx.add(j);
        }
        Collections.shuffle(idx, rnd);
        shuffled.add(new RankMention(m.surface(), idx.stream().map(m.candidates()::get).toList()));
        perms.add(idx.stream().mapToInt(Integer::intValue).toArray());
      }
      Ranking b = ranker.rank(shuffled);
      for (int i = 0; i < perms.size(); i++) {
        for (int k = 0; k < perms.get(i).length; k++) {
          assertEquals(a.probabilities()[i][perms.get(i)[k]], b.probabilities()[i][k], 1e-9);
          assertEquals(a.confidences()[i][perms.get(i)[k]], b.confidences()[i][k], 1e-9);
        }
      }
    }
  }

  @Test
  void trainingIsDeterministicAndTheFileRoundTrips() throws Exception {
    List<RankerTrainer.Example> train = corpus(SEED, 50);
    RankerModel a = RankerTrainer.train(train, FAST).model();
    RankerModel b = RankerTrainer.train(train, FAST).model();
    StringWriter wa = new StringWriter();
    a.write(wa);
    StringWriter wb = new StringWriter();
    b.write(wb);
    assertEquals(wa.toString(), wb.toString());
    RankerModel back = RankerModel.read(new ByteArrayInputStream(wa.toString().getBytes(StandardCharsets.UTF_8)), "t");
    for (RankerTrainer.Example e : corpus(SEED + 3, 10)) {
      Ranking x = new DocumentRanker(a).rank(e.mentions());
      Ranking y = new DocumentRanker(back).rank(e.mentions());
      for (int i = 0; i < x.probabilities().length; i++) {
        assertArrayEquals(x.probabilities()[i], y.probabilities()[i], 1e-4);
        assertArrayEquals(x.confidences()[i], y.confidences()[i], 1e-4);
      }
    }
  }

  @Test
  void confidencesAreCalibratedOnHeldOutData() {
    RankerModel m = RankerTrainer.train(corpus(SEED, 120), FAST).model();
    DocumentRanker r = new DocumentRanker(m);
    double sumConf = 0;
    int right = 0;
    int n = 0;
    for (RankerTrainer.Example e : corpus(SEED + 4, 60)) {
      Ranking rk = r.rank(e.mentions());
      for (int i = 0; i < e.gold().length; i++) {
        int b = rk.best(i);
        sumConf += rk.confidences()[i][b];
        right += b == e.gold()[i] ? 1 : 0;
        n++;
      }
    }
    // mean confidence of the chosen candidates tracks their accuracy
    assertEquals(right / (double) n, sumConf / n, 0.1);
  }

  @Test
  void badModelFilesFailWithTheLine() {
    String ok = "format\tpolylink-ranker\t1\nstage\t1\nweight\tprior.log_pop\t1.5\ncalibration\t1\t0\t0\t0\n";
    RankerModel m = read(ok);
    assertEquals(1.5, m.weight(1, "prior.log_pop"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> read(ok.replace("prior.log_pop", "prior.nonsense")));
    assertTrue(e.getMessage().contains("t:3: unknown feature 'prior.nonsense'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> read(ok.replace("format\tpolylink-ranker\t1\n", "")));
    assertThrows(IllegalArgumentException.class, () -> read(ok.replace("calibration\t1\t0\t0\t0\n", "")));
    assertThrows(IllegalArgumentException.class, () -> read(ok + "tree\t3\nnode\t-\t1\n"));
  }

  @Test
  void theShippedModelNamesItsDataAndLicence() {
    RankerModel m = RankerModel.defaults();
    assertTrue(m.meta().get("trained_on").contains("PPRforNED"), m.meta().toString());
    assertTrue(m.meta().get("licence").contains("no licence"), m.meta().toString());
    assertEquals(2, m.stages());
  }

  private static RankerModel read(String text) {
    try {
      return RankerModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aMentionLeansToTheTypeOfTheListItStandsIn() {
    DocumentRanker r = new DocumentRanker(RankerModel.defaults());
    assertTrue(RankerModel.defaults().weight(2, "coherence.coord_type") > 0, "the shipped model reads it");
    List<RankCandidate> austria = List.of(RankCandidate.of("AT", "Österreich", 100, "LOC", List.of()));
    List<RankCandidate> italien = List.of(RankCandidate.of("IT", "Italien", 100, "LOC", List.of()),
        RankCandidate.of("it", "Italienisch", 100, "LANG", List.of()));
    double alone = r.rank(List.of(new RankMention("Österreich", austria), new RankMention("Italien", italien)),
        List.of(), true).confidences()[1][0];
    double listed = r.rank(List.of(new RankMention("Österreich", austria, null, new int[] {1}),
        new RankMention("Italien", italien, null, new int[] {0})), List.of(), true).confidences()[1][0];
    assertTrue(listed > alone + 0.05, "in a list with a place, the place is likelier: " + alone + " -> " + listed);
    double stage1Listed = r.rank(List.of(new RankMention("Österreich", austria, null, new int[] {1}),
        new RankMention("Italien", italien, null, new int[] {0})), List.of(), false).confidences()[1][0];
    double stage1Alone = r.rank(List.of(new RankMention("Österreich", austria), new RankMention("Italien", italien)),
        List.of(), false).confidences()[1][0];
    assertEquals(stage1Alone, stage1Listed, 1e-12, "a collective feature: without coherence the list changes nothing");
  }

  @Test
  void aModelFileIsWrittenWholeOrNotAtAll(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = dir.resolve("sub/model.tsv");
    RankerModel.defaults().write(file);
    String before = java.nio.file.Files.readString(file);
    java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, () -> ModelFile.write(file,
        "ranker model", w -> {
          w.write("format\tpolylink-ranker\t1\n");
          throw new java.io.IOException("disk full");
        }));
    assertTrue(e.getMessage().contains("ranker model") && e.getMessage().contains("model.tsv"), e.getMessage());
    assertEquals(before, java.nio.file.Files.readString(file), "the previous model stays intact");
    assertEquals(List.of("model.tsv"), java.nio.file.Files.list(file.getParent())
        .map(p -> p.getFileName().toString()).toList(), "no temporary file left behind");
  }
}
