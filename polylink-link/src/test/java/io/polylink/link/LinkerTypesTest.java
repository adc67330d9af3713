package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.rank.RankerModel;
import io.polylink.link.types.TypeClassifier;
import io.polylink.link.types.TypeProfiles;
import io.polylink.link.types.TypeSamples;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import io.polylink.model.Link;
import io.polylink.model.Span;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Types from relations end to end: a KB where only the candidates' relations tell two "Jordan"s apart. */
class LinkerTypesTest {

  @TempDir static Path tmp;
  static KnowledgeBase kb;
  static KnowledgeBase flat;
  static TypeClassifier classifier;

  static final String[] PERSON_CUES = {"the striker", "coach", "the singer", "minister", "actor", "the novelist"};
  static final String[] RIVER_CUES = {"the river", "boats on the", "the banks of the", "fishing in the",
      "the source of the", "a bridge over the"};
  static final String[] FILLER = {"yesterday", "again", "this week", "last year", "in the morning", "once more"};

  @BeforeAll
  static void build() throws Exception {
    Map<String, List<String>> person = Map.of("P31", List.of("Q5"), "P106", List.of("Q937857"), "P27",
        List.of("Q30"));
    Map<String, List<String>> river = Map.of("P31", List.of("Q4022"), "P17", List.of("Q810"), "P403",
        List.of("Q23883"));
    List<io.polylink.model.Entity> entities = new ArrayList<>(List.of(
        TestKbs.e("Q41421", 100, EntityType.PERSON, "", person, "en", "Michael Jordan", "en", "Jordan"),
        TestKbs.e("Q40059", 110, EntityType.LOCATION, "", river, "en", "Jordan River", "en", "Jordan"),
        TestKbs.e("Q4022", 50, EntityType.OTHER, "", Map.of("P279", List.of("Q355304")), "en", "river"),
        TestKbs.e("Q355304", 50, EntityType.OTHER, "", Map.of(), "en", "watercourse")));
    KbBuilder.into(tmp.resolve("kb")).build(TestKbs.source(entities));
    kb = KnowledgeBase.open(tmp.resolve("kb"));
    // the same names without relations: what a KB built from TSV or before relations looked like
    KbBuilder.into(tmp.resolve("flat")).build(TestKbs.source(List.of(
        TestKbs.e("Q41421", 100, EntityType.PERSON, "", Map.of(), "en", "Michael Jordan", "en", "Jordan"),
        TestKbs.e("Q40059", 110, EntityType.LOCATION, "", Map.of(), "en", "Jordan River", "en", "Jordan"))));
    flat = KnowledgeBase.open(tmp.resolve("flat"));
    TypeProfiles profiles = new TypeProfiles(TypeProfiles.DEFAULT_DEPTH);
    List<TypeClassifier.Sample> samples = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < 200; i++) {
      boolean isPerson = r.nextBoolean();
      String cue = (isPerson ? PERSON_CUES : RIVER_CUES)[r.nextInt(6)];
      String text = "We saw " + cue + " Jordan " + FILLER[r.nextInt(FILLER.length)] + ".";
      int start = text.indexOf("Jordan");
      samples.addAll(TypeSamples.fromGold(kb, profiles, text, List.of(new TypeSamples.Gold(
          new Span(start, start + 6), EntityId.of(isPerson ? "Q41421" : "Q40059")))));
    }
    assertEquals(200, samples.size());
    classifier = TypeClassifier.train(samples, TypeClassifier.Options.defaults(), Map.of());
    assertTrue(classifier.labels().contains("isa:Q355304"), "the closure reaches watercourse: " + classifier.labels());
  }

  @AfterAll
  static void close() throws Exception {
    kb.close();
    flat.close();
  }

  private static Link jordan(Linker linker, String text) {
    for (Link l : linker.link(text).links()) {
      if (l.mention().surface().equals("Jordan")) {
        return l;
      }
    }
    throw new AssertionError("no Jordan in " + linker.link(text).links());
  }

  @Test
  void onlyTypesSeparateTheCandidates() {
    Linker plain = Linker.builder().knowledgeBase(kb).build();
    Linker typed = Linker.builder().knowledgeBase(kb).typeClassifier(classifier).build();
    String aboutPerson = "Fans cheered when the striker Jordan scored again.";
    String aboutRiver = "Fans cheered on the banks of the Jordan again.";
    // without types, the context cannot tell them apart: one entity wins both
    assertEquals(jordan(plain, aboutPerson).entity(), jordan(plain, aboutRiver).entity());
    assertEquals(EntityId.of("Q41421"), jordan(typed, aboutPerson).entity());
    assertEquals(EntityId.of("Q40059"), jordan(typed, aboutRiver).entity());
  }

  @Test
  void theFilterDropsIncompatibleCandidates() {
    Linker filtered = Linker.builder().knowledgeBase(kb).typeClassifier(classifier)
        .config(LinkerConfig.defaults().withTypeFilter(0.5)).build();
    Link l = jordan(filtered, "Fans cheered when the striker Jordan scored again.");
    assertEquals(EntityId.of("Q41421"), l.entity());
    assertEquals(List.of(EntityId.of("Q41421")), l.candidates().stream().map(c -> c.id()).toList());
    Linker unfiltered = Linker.builder().knowledgeBase(kb).typeClassifier(classifier).build();
    assertEquals(2, jordan(unfiltered, "Fans cheered when the striker Jordan scored again.").candidates().size());
    // every candidate dropped: the mention is NIL
    Linker strict = Linker.builder().knowledgeBase(kb).typeClassifier(classifier)
        .config(LinkerConfig.defaults().withTypeFilter(1.0)).build();
    assertNull(jordan(strict, "Fans cheered when the striker Jordan scored again.").entity());
  }

  @Test
  void theFilterNeedsAClassifierAndAThresholdInRange() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Linker.builder().knowledgeBase(kb)
        .config(LinkerConfig.defaults().withTypeFilter(0.3)).build());
    assertTrue(e.getMessage().contains("typeClassifier"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LinkerConfig.defaults().withTypeFilter(1.5));
  }

  @Test
  void kbsWithoutRelationsLinkAsBefore() {
    Linker plain = Linker.builder().knowledgeBase(flat).build();
    Linker typed = Linker.builder().knowledgeBase(flat).typeClassifier(classifier)
        .config(LinkerConfig.defaults().withTypeFilter(0.5)).build();
    for (String text : List.of("Fans cheered when the striker Jordan scored again.",
        "Fans cheered on the banks of the Jordan again.")) {
      Link a = jordan(plain, text);
      Link b = jordan(typed, text);
      assertEquals(a.entity(), b.entity());
      assertEquals(a.score(), b.score(), 1e-9);
    }
  }

  @Test
  void modelsWithoutTypeFeaturesStillLoadAndIgnoreThem() throws Exception {
    String old = "format\tpolylink-ranker\t1\nstage\t1\nweight\tprior.log_pop_rel\t1.0\ncalibration\t1\t0\t0\t0\n";
    RankerModel m = RankerModel.read(new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)), "old.tsv");
    assertEquals(0, m.weight(1, "type.profile_ll_rel"));
    Linker typed = Linker.builder().knowledgeBase(kb).rankerModel(m).typeClassifier(classifier).build();
    assertNotNull(jordan(typed, "Fans cheered when the striker Jordan scored again."));
    assertTrue(RankerModel.defaults().weight(1, "type.profile_ll_rel") > 0, "the shipped model weighs types");
  }
}
