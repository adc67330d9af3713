package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.text.TextNormalizer;
import io.polylink.model.EntityType;
import io.polylink.model.Link;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14, item 11: NIL mentions were all typed MISC with the detection score, so a type filter (the README's
 * {@code "types":["PER","LOC"]}) dropped every one. They now carry the type their shape and context suggest.
 */
class NilTypesTest {

  @RegisterExtension static final OpenKb KB = OpenKb.golden();
  @RegisterExtension static final OpenKb WITHOUT_MERKEL = OpenKb.of(
      () -> TestKbs.fixture().stream().filter(e -> !e.id().value().equals("Q567")).toList());

  static Link nil(List<Link> links, String surface) {
    Link l = links.stream().filter(x -> x.mention().surface().equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + links));
    assertTrue(l.isNil(), surface + " should be NIL: " + l);
    return l;
  }

  @Test
  void nilMentionsTakeTheTypeTheirShapeAndContextSuggest() {
    assertEquals(EntityType.PERSON,
        nil(KB.linker().link("Angela Merkel traf Emmanuel Macron in Paris.").links(), "Emmanuel Macron").type(),
        "a given name first");
  }

  @Test
  void eachCueTypesANilMention() {
    assertEquals(EntityType.ORGANIZATION,
        nil(KB.linker().link("She joined Quorvan Weberling Inc in Berlin.").links(), "Quorvan Weberling Inc").type());
    assertEquals(EntityType.PERSON,
        nil(KB.linker().link("The talks went well, Quorvan Weberling said.").links(), "Quorvan Weberling").type());
    assertEquals(EntityType.PERSON,
        nil(KB.linker().link("The talks with Dr. Quorvan Weberling went well.").links(), "Dr. Quorvan Weberling")
            .type());
    assertEquals(EntityType.LOCATION,
        nil(KB.linker().link("They moved to Quorvan Weberling last year.").links(), "Quorvan Weberling").type());
    Link none = nil(KB.linker().link("The Quorvan Weberling was sold last year.").links(), "Quorvan Weberling");
    assertEquals(EntityType.OTHER, none.type(), "no cue, no guess");
  }

  @Test
  void theScoreReflectsTheGuess() {
    List<Link> links = KB.linker().link("They met Quorvan Weberling and Emmanuel Macron. It was sold by Quorvan Weberling Inc.")
        .links();
    double noCue = nil(links, "Quorvan Weberling").score();
    double givenName = nil(links, "Emmanuel Macron").score();
    double orgWord = nil(links, "Quorvan Weberling Inc").score();
    assertEquals(EntityType.OTHER, nil(links, "Quorvan Weberling").type());
    assertEquals(0.8, noCue, 1e-9, "detection alone, as before");
    assertTrue(noCue < givenName && givenName < orgWord, noCue + " < " + givenName + " < " + orgWord);
  }

  @Test
  void theReadmesTypeFilterKeepsItsMentions() {
    // POST /v1/link {"text":"Angela Merkel besuchte Paris.","types":["PER","LOC"]}, on a KB without Merkel: the
    // server keeps the mentions whose type is in the set (polylink-server Linking.filter)
    Set<EntityType> types = Set.of(EntityType.PERSON, EntityType.LOCATION);
    List<Link> kept = WITHOUT_MERKEL.linker().link("Angela Merkel besuchte Paris.")
        .links().stream().filter(l -> types.contains(l.type())).toList();
    assertEquals(List.of("Angela Merkel", "Paris"), kept.stream().map(l -> l.mention().surface()).toList());
    assertEquals(EntityType.PERSON, nil(kept, "Angela Merkel").type());
  }

  @Test
  void cuesUnitByUnit() {
    var tokens = TextNormalizer.tokenize("Herr Quorvan sprach mit der Weberling GmbH in Quorvanstadt .");
    assertEquals(EntityType.PERSON, TypeCues.guess(tokens, 1, 2).type(), "a title before");
    assertEquals(EntityType.ORGANIZATION, TypeCues.guess(tokens, 5, 7).type(), "an organization word inside");
    assertEquals(EntityType.LOCATION, TypeCues.guess(tokens, 8, 9).type(), "a preposition of place before");
    assertNull(TypeCues.guess(tokens, 2, 3), "'sprach' alone says nothing");
    assertTrue(TypeCues.isGivenName("emmanuel") && TypeCues.isGivenName("angela"));
    assertTrue(!TypeCues.isGivenName("very") && !TypeCues.isGivenName("my"), "English function words are left out");
    assertThrows(IllegalArgumentException.class, () -> TypeCues.guess(tokens, 3, 3));
  }
}
