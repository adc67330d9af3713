package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.link.tagger.SequenceTagger;
import io.polylink.link.tagger.TaggedSpan;
import io.polylink.link.tagger.TrainingText;
import io.polylink.model.EntityType;
import io.polylink.model.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16: a learned mention detector ({@link Linker.Builder#mentionTagger}) finds the names the KB-driven spotter
 * cannot (organizations and people absent from the KB), with the tagger's type and boundaries.
 */
class MentionTaggerTest {

  @RegisterExtension static final OpenKb KB = OpenKb.golden();

  private static final String[] WORDS = {"Morvan", "Tashka", "Quelbin", "Orsat", "Drevik", "Lumard", "Varnek",
      "Sorbel", "Kestrin", "Almaro", "Brisko", "Fendal"};
  private static final String[] PLACES = {"Lyon", "Bern", "Genf", "Basel", "Wien", "Prag"};

  private static SequenceTagger tagger;

  /** German sentences about trading firms: "Quelbin Orsat verkaufte gestern Tee an die Bern Handelsbank." */
  @BeforeAll
  static void train() {
    Random r = new Random(16);
    List<TrainingText> docs = new ArrayList<>();
    for (int d = 0; d < 80; d++) {
      StringBuilder t = new StringBuilder();
      List<TaggedSpan> spans = new ArrayList<>();
      int s = t.length();
      t.append(WORDS[r.nextInt(WORDS.length)]).append(' ').append(WORDS[r.nextInt(WORDS.length)]);
      spans.add(new TaggedSpan("org", s, t.length()));
      t.append(r.nextBoolean() ? " verkaufte gestern Tee an die " : " kaufte Kaffee von der ");
      s = t.length();
      t.append(PLACES[r.nextInt(PLACES.length)]).append(" Handelsbank");
      spans.add(new TaggedSpan("org", s, t.length()));
      t.append('.');
      docs.add(new TrainingText("d" + d, t.toString(), spans));
    }
    tagger = SequenceTagger.train(docs, SequenceTagger.Settings.defaults());
  }

  private static Link mention(List<Link> links, String surface) {
    return links.stream().filter(l -> l.mention().surface().equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + links));
  }

  @Test
  void aTaggedNameTheKbLacksIsNilWithTheTaggersType() {
    Linker linker = Linker.builder().knowledgeBase(KB.linker().knowledgeBase()).mentionTagger(tagger).build();
    List<Link> links = linker.link("Kestrin Fendal verkaufte gestern Tee an die Paris Handelsbank.").links();
    Link firm = mention(links, "Kestrin Fendal");
    assertTrue(firm.isNil(), firm.toString());
    assertEquals(EntityType.ORGANIZATION, firm.type(), "the tagger's org, not a guess from shape or context");
    Link bank = mention(links, "Paris Handelsbank");
    assertTrue(bank.isNil(), bank.toString());
    assertEquals(EntityType.ORGANIZATION, bank.type());
    assertFalse(links.stream().anyMatch(l -> l.mention().surface().equals("Paris")),
        "the tagged span's boundaries win over the KB's Paris: " + links);
  }

  @Test
  void withoutATaggerTheSpotterSplitsTheBankAndTypesNoFirm() {
    List<Link> links = KB.linker().link("Kestrin Fendal verkaufte gestern Tee an die Paris Handelsbank.").links();
    assertEquals("Q90", mention(links, "Paris").entity().value());
    assertTrue(links.stream().noneMatch(l -> l.type() == EntityType.ORGANIZATION), links.toString());
  }

  @Test
  void spotsTheTaggerMissesStay() {
    Linker linker = Linker.builder().knowledgeBase(KB.linker().knowledgeBase()).mentionTagger(tagger).build();
    List<Link> links = linker.link("Angela Merkel besuchte Paris.").links();
    assertEquals("Q567", mention(links, "Angela Merkel").entity().value());
    assertEquals("Q90", mention(links, "Paris").entity().value());
  }

  @Test
  void taggerLabelsMapToCoarseTypes() {
    assertEquals(EntityType.PERSON, TaggedMentions.entityType("pers"));
    assertEquals(EntityType.PERSON, TaggedMentions.entityType("PER"));
    assertEquals(EntityType.LOCATION, TaggedMentions.entityType("loc"));
    assertEquals(EntityType.ORGANIZATION, TaggedMentions.entityType("ORGANIZATION"));
    assertEquals(EntityType.WORK, TaggedMentions.entityType("prod"));
    assertEquals(EntityType.OTHER, TaggedMentions.entityType("time"));
  }
}
