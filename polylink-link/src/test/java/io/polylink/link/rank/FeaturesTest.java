package io.polylink.link.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The feature declarations ({@link Feature}) are where names, slots and stages come from, and they agree. */
class FeaturesTest {

  private static RankMention mention() {
    List<RankCandidate> cs = List.of(
        new RankCandidate("Q1", "Paris", 900, 0.7, "LOC", List.of("Q2"), 0.5, 1.0, false, null, 0.3, 0.8),
        new RankCandidate("Q2", "Paris (mythology)", 20, 0.3, "PER", List.of("Q1"), 0.0, 0.85, true, null,
            Double.NaN, 0.1));
    return new RankMention("Paris", cs, null);
  }

  @Test
  void localWritesEveryLocalFeature() {
    RankMention m = mention();
    List<String> mentionTokens = NameMatch.tokens(m.surface());
    TitleForms[] titleTokens = new TitleForms[m.candidates().size()];
    double[][] out = new double[titleTokens.length][Features.STAGE1.size()];
    for (int j = 0; j < titleTokens.length; j++) {
      titleTokens[j] = TitleForms.of(m.candidates().get(j).title());
      Arrays.fill(out[j], Double.NaN);
    }
    Features.local(m, mentionTokens, titleTokens, out);
    for (Feature f : Feature.values()) {
      if (f.stage == Feature.Stage.LOCAL) {
        for (double[] row : out) {
          assertFalse(Double.isNaN(row[f.slot()]), f.id() + " is declared but Features.local never writes it");
        }
      } else if (f.stage == Feature.Stage.GRAPH) {
        assertTrue(Double.isNaN(out[0][f.slot()]), f.id() + " is a graph feature: local must leave it alone");
      }
    }
  }

  @Test
  void stemmedAndTranslatedMatchesAreTheirOwnFeatures() {
    List<RankCandidate> cs = new ArrayList<>();
    for (io.polylink.kb.store.NameHit.MatchKind kind : io.polylink.kb.store.NameHit.MatchKind.values()) {
      cs.add(new RankCandidate("Q" + kind.ordinal(), "Warszawa", 10, 0.3, "LOC", List.of(), 0.0, 0.4, false, null,
          Double.NaN, Double.NaN, kind));
    }
    RankMention m = new RankMention("Warszawie", cs, null);
    TitleForms[] titleTokens = new TitleForms[cs.size()];
    double[][] out = new double[cs.size()][Features.STAGE1.size()];
    for (int j = 0; j < cs.size(); j++) {
      titleTokens[j] = TitleForms.of(cs.get(j).title());
    }
    Features.local(m, NameMatch.tokens(m.surface()), titleTokens, out);
    // NAME, STEMMED, TRANSLATED in declaration order
    assertEquals(List.of(0.0, 1.0, 0.0), List.of(out[0][Feature.NAME_STEMMED_MATCH.slot()],
        out[1][Feature.NAME_STEMMED_MATCH.slot()], out[2][Feature.NAME_STEMMED_MATCH.slot()]));
    assertEquals(List.of(0.0, 0.0, 1.0), List.of(out[0][Feature.NAME_TRANSLATED_MATCH.slot()],
        out[1][Feature.NAME_TRANSLATED_MATCH.slot()], out[2][Feature.NAME_TRANSLATED_MATCH.slot()]));
    // a candidate made without a kind (a candidate file) matched as written
    assertEquals(io.polylink.kb.store.NameHit.MatchKind.NAME, RankCandidate.of("Q1", "x", 1, "", List.of()).matchKind());
  }

  @Test
  void namesCarryTheirGroupsPrefixAndAreUnique() {
    Set<String> seen = new HashSet<>();
    for (Feature f : Feature.values()) {
      assertTrue(seen.add(f.id()), "declared twice: " + f.id());
      assertEquals(f.group, FeatureGroup.of(f.id()), f.id());
      assertTrue(f.id().startsWith(f.group.prefix() + "."), f.id());
    }
  }

  @Test
  void stageListsAndSlotsComeFromTheDeclarationOrder() {
    List<String> stage1 = new ArrayList<>(Features.LOCAL);
    stage1.addAll(Features.GRAPH);
    assertEquals(stage1, Features.STAGE1);
    List<String> stage2 = new ArrayList<>(stage1);
    stage2.addAll(Features.COLLECTIVE);
    assertEquals(stage2, Features.STAGE2);
    for (Feature f : Feature.values()) {
      assertEquals(f.slot(), Features.STAGE2.indexOf(f.id()), f.id());
      if (f.stage != Feature.Stage.COLLECTIVE) {
        assertEquals(f.slot(), Features.STAGE1.indexOf(f.id()), f.id());
      }
    }
  }

  @Test
  void untaughtDefaultsAreTheDocumentedHandSetWeights() {
    assertEquals(Map.of("prior.name_share", 1.6, "name.kb_match", 2.2, "context.overlap", 2.0,
        "context.common_noun", -1.5, "type.profile_ll_rel", Features.TYPE_LL_REL_WEIGHT, "type.profile_f1_rel",
        Features.TYPE_F1_REL_WEIGHT, "coherence.coord_type", Features.COORD_TYPE_WEIGHT), Features.UNTAUGHT_DEFAULTS);
  }

  @Test
  void shippedModelsNameOnlyDeclaredFeatures() throws IOException {
    Set<String> declared = new HashSet<>(Features.STAGE2);
    for (String resource : List.of(RankerModel.DEFAULT_RESOURCE, RankerModel.LINK_STATISTICS_RESOURCE)) {
      int named = 0;
      try (InputStream in = RankerModel.class.getResourceAsStream(resource)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String[] f = line.split("\t");
          if (f[0].equals("weight") || f[0].equals("node") && !f[1].equals("-")) {
            assertTrue(declared.contains(f[1]), resource + " names the undeclared feature " + f[1]);
            named++;
          }
        }
      }
      assertTrue(named > 100, resource + ": " + named);
    }
  }

  @Test
  void everyMentionCandidateGetsAFullStage2Row() {
    Features.Doc doc = new Features.Doc(List.of(mention(), mention()), List.of(), true);
    double[][] probs = {{0.9, 0.1}, {0.9, 0.1}};
    double[][][] f = doc.stage2(probs);
    for (double[][] rows : f) {
      for (double[] row : rows) {
        assertEquals(Features.STAGE2.size(), row.length);
      }
    }
    // one unit (the same surface twice): the candidates link each other, so the graph has two nodes, one edge
    assertEquals(2, doc.graph.nodes);
    assertEquals(1, doc.graph.neighbors[0].length);
  }

  @Test
  void titleFormsAreTheTokensTheFeaturesReadAndTheCacheKeepsThemPerTitle() {
    TitleForms f = TitleForms.of("Troy, New York (city)");
    assertEquals(List.of("troy", "new", "york", "city"), f.full());
    assertEquals(List.of("troy", "new", "york"), f.unqualified());
    assertEquals(List.of("troy"), f.beforeComma());
    assertEquals("troynewyork", f.unqualifiedJoined());
    assertTrue(f.qualified());
    TitleForms.Cache cache = new TitleForms.Cache(2);
    TitleForms paris = cache.get("Paris");
    assertTrue(paris == cache.get("Paris"), "kept");
    assertEquals(List.of("paris", "hilton"), cache.get("Paris Hilton").full(), "another title, its own forms");
    cache.get("Texas"); // full: emptied
    assertTrue(paris != cache.get("Paris"));
    assertEquals(paris, cache.get("Paris"));
  }

  @Test
  void tabledLog1pIsMathLog1pBitForBit() {
    for (long n : new long[] {0, 1, 2, 17, 4095, 4096, 123_456_789L, -1}) {
      assertEquals(Double.doubleToLongBits(Math.log1p(n)), Double.doubleToLongBits(Features.log1p(n)), "n=" + n);
    }
  }
}
