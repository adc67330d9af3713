package io.polylink.link;

import static io.polylink.link.LinkerTest.ids;
import static io.polylink.link.TestKbs.e;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import io.polylink.model.EntityType;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How the spotter shapes names: initials and titles with a period, a place qualified by its region, and capitalized
 * runs the dictionary knows only word by word. A KB of labels only, no popularity or relations, like the ELEVANT one.
 */
class NameShapeTest {

  @RegisterExtension static final OpenKb KB = OpenKb.of(() -> List.of(
        e("Q7348194", 0, EntityType.OTHER, "", Map.of(), "en", "Robert P. Anderson"),
        e("Q549356", 0, EntityType.OTHER, "", Map.of(), "en", "Robert"),
        e("Q491461", 0, EntityType.OTHER, "", Map.of(), "en", "Anderson"),
        e("Q7589975", 0, EntityType.OTHER, "", Map.of(), "en", "St. Mark's School"),
        e("Q955896", 0, EntityType.OTHER, "", Map.of(), "en", "Muscatine"),
        e("Q1546", 0, EntityType.OTHER, "", Map.of(), "en", "Iowa"),
        e("Q142", 0, EntityType.OTHER, "", Map.of(), "en", "France"),
        e("Q183", 0, EntityType.OTHER, "", Map.of(), "en", "Germany"),
        e("Q38", 0, EntityType.OTHER, "", Map.of(), "en", "Italy"),
        e("Q8134", 0, EntityType.OTHER, "", Map.of(), "en", "economics"),
        e("Q283450", 0, EntityType.OTHER, "", Map.of(), "en", "United"),
        e("Q12251220", 0, EntityType.OTHER, "", Map.of(), "en", "States"),
        e("Q3914", 0, EntityType.OTHER, "", Map.of(), "en", "school"),
        e("Q5", 0, EntityType.OTHER, "", Map.of(), "en", "Oriental"),
        e("Q124", 0, EntityType.OTHER, "", Map.of(), "en", "October"),
        e("Q2009", 0, EntityType.OTHER, "", Map.of(), "en", "October Revolution"),
        e("Q1765120", 0, EntityType.OTHER, "", Map.of(), "en", "Bachelor of Arts"),
        e("Q183816", 0, EntityType.OTHER, "", Map.of(), "en", "Master's degree"),
        e("Q2018526", 0, EntityType.OTHER, "", Map.of(), "en", "Arts"),
        e("Q4286464", 0, EntityType.OTHER, "", Map.of(), "en", "MBA"),
        e("Q6712169", 0, EntityType.OTHER, "", Map.of(), "en", "M.D."),
        e("Q1111", 0, EntityType.OTHER, "", Map.of(), "en", "Master of the Rolls"),
        e("Q79904", 0, EntityType.OTHER, "", Map.of(), "en", "J. D. Salinger"),
        e("Q49112", 0, EntityType.OTHER, "", Map.of(), "en", "Yale"),
        e("Q750950", 0, EntityType.OTHER, "", Map.of(), "en", "Oberlin Conservatory of Music"),
        e("Q174570", 0, EntityType.OTHER, "", Map.of(), "en", "London School of Economics and Political Science"),
        e("Q30", 0, EntityType.OTHER, "", Map.of(), "en", "Central States of America"),
        e("Q31", 0, EntityType.OTHER, "", Map.of(), "en", "Central States of Europe"),
        e("Q32", 0, EntityType.OTHER, "", Map.of(), "en", "Mills College at the Northeastern University of Boston")));

  @Test
  void thePeriodOfAnInitialOrATitleDoesNotEndTheName() {
    Map<String, String> m = ids(KB.linker().link("Born in Iowa, Robert P. Anderson was a judge."));
    assertEquals("Q7348194", m.get("Robert P. Anderson"), m.toString());
    assertFalse(m.containsKey("Robert") || m.containsKey("Anderson"), m.toString());
    assertEquals("Q7589975", ids(KB.linker().link("He taught at St. Mark's School for years.")).get("St. Mark's School"));
    String text = "He met Robert P. Anderson.";
    List<Token> t = TextNormalizer.tokenize(text);
    assertFalse(NameTokens.gapBreaks(text, t.get(3), t.get(4)), "P. Anderson");
    assertTrue(NameTokens.gapBreaks("We met. Anderson left.", TextNormalizer.tokenize("We met. Anderson left.").get(1),
        TextNormalizer.tokenize("We met. Anderson left.").get(2)), "a sentence end still breaks");
    assertFalse(NameTokens.sentenceStart(t, 4), "Anderson after an initial");
  }

  @Test
  void aPlaceQualifiedByItsRegionIsOneMention() {
    LinkedDocument d = KB.linker().link("He was born in Muscatine, Iowa, and grew up there.");
    Link l = d.links().stream().filter(x -> x.mention().surface().startsWith("Muscatine")).findFirst().orElseThrow();
    assertEquals("Muscatine, Iowa", l.mention().surface());
    assertEquals("Q955896", l.entity().value());
    assertEquals(1, d.links().size(), d.links().toString());
    // the clause may go on after the region
    assertEquals("Q955896", ids(KB.linker().link("Born in Muscatine, Iowa, Robert P. Anderson studied law."))
        .get("Muscatine, Iowa"));
  }

  @Test
  void listsAndConceptsAreNotQualifiedPlaces() {
    Map<String, String> m = ids(KB.linker().link("They toured France, Germany, Italy and more."));
    assertEquals(Map.of("France", "Q142", "Germany", "Q183", "Italy", "Q38"), m);
    assertLinked("Q142", "They toured Germany, France and Italy.", "France");
    m = ids(KB.linker().link("She studied in Iowa, Economics being her subject."));
    assertFalse(m.containsKey("Iowa, Economics"), m.toString());
  }

  @Test
  void aCapitalizedRunKnownOnlyWordByWordIsOneUnknownName() {
    Map<String, String> m = ids(KB.linker().link("He moved to the United States in 1990."));
    assertEquals(Map.of("United States", "NIL"), m);
    m = ids(KB.linker().link("She studied at the School of Oriental Studies in London."));
    assertEquals("NIL", m.get("School of Oriental Studies"), m.toString());
    assertFalse(m.containsKey("Oriental"), m.toString());
    // German capitalizes every noun: a capitalized run is no sign of one name there (no article before it: after
    // one, a German one-word spot is a noun, GermanNounsTest)
    Map<String, String> de = ids(KB.linker().link(new io.polylink.model.Document("d", "Sie zogen nach United States "
        + "und blieben dort.", io.polylink.model.Language.of("de"))));
    assertEquals(Map.of("United", "Q283450", "States", "Q12251220"), de);
    // two names joined by "and" stay two names
    m = ids(KB.linker().link("Talks between France and Germany went on."));
    assertEquals(Map.of("France", "Q142", "Germany", "Q183"), m);
  }

  @Test
  void datesAndDegreesAreNoNames() {
    Map<String, String> m = ids(KB.linker().link("Pole was born on 13 October 1753 in Iowa."));
    assertEquals(Map.of("Iowa", "Q1546"), m);
    m = ids(KB.linker().link("He died in Iowa on October 1, 1870."));
    assertEquals(Map.of("Iowa", "Q1546"), m);
    // a number before the month does not make "October Revolution" a date
    assertLinked("Q2009", "After the 1917 October Revolution he left Iowa.", "October Revolution");
    m = ids(KB.linker().link("She received a Bachelor of Arts from Yale and a Master's degree in 1990."));
    assertEquals(Map.of("Yale", "Q49112"), m);
    m = ids(KB.linker().link("She received a Bachelor of fine arts and an MBA from Yale, then an M.D. there."));
    assertEquals(Map.of("Yale", "Q49112"), m);
    // an office named like a degree, and initials that read like one, stay names
    assertLinked("Q1111", "He was appointed Master of the Rolls in Iowa.", "Master of the Rolls");
    assertLinked("Q79904", "He read J. D. Salinger in Iowa.", "J. D. Salinger");
  }

  @Test
  void nonNamePhrasesMarkOnlyTheDateOrTheDegree() {
    String text = "In May 2001 Ph.D. holders met J.D. Salinger and Florence May Harding.";
    List<Token> t = TextNormalizer.tokenize(text);
    boolean[] marked = NonNamePhrases.mark(text, t, "en");
    StringBuilder got = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      if (marked[i]) {
        got.append(text, t.get(i).start(), t.get(i).end()).append(' ');
      }
    }
    assertEquals("May Ph D ", got.toString());
  }

  @Test
  void anUnknownNameIsShortForTheOneKbNameThatWritesItOut() {
    assertLinked("Q750950", "She studied at the Oberlin Conservatory and taught in Iowa.", "Oberlin Conservatory");
    assertLinked("Q174570", "He lectured at the London School of Economics for years.", "London School of Economics");
    // two longer forms: no guess; a rest of more than four words: no full form
    assertLinked("NIL", "He spoke of the Central States in Iowa.", "Central States");
    assertLinked("NIL", "She went to Mills College in Iowa.", "Mills College");
  }

  @Test
  void listsOfNamesAreFoundByTheirConjunctions() {
    String text = "Die Schweiz grenzt an Österreich, Deutschland und Italien; John Smith, Acme's CEO, agreed.";
    List<Spot> spots = new java.util.ArrayList<>();
    for (String name : List.of("Italien", "Schweiz", "Österreich", "Deutschland", "John Smith", "Acme")) {
      int at = text.indexOf(name);
      spots.add(new Spot(text, 0, 1, at, at + name.length(), name.toLowerCase(java.util.Locale.ROOT), false));
    }
    int[][] co = ListStructure.coordinated(spots, text);
    assertEquals(List.of(2, 3), java.util.Arrays.stream(co[0]).sorted().boxed().toList(), "Italien");
    assertEquals(List.of(0, 3), java.util.Arrays.stream(co[2]).sorted().boxed().toList(), "Österreich");
    assertEquals(0, co[1].length, "'Die Schweiz grenzt an' is no list");
    assertEquals(0, co[4].length, "a comma alone makes no list");
    assertEquals(0, co[5].length);
  }

  /** Asserts that linking {@code text} links {@code surface} to {@code expected} (an id, "NIL", or null for none). */
  private static void assertLinked(String expected, String text, String surface) {
    Map<String, String> m = ids(KB.linker().link(text));
    assertEquals(expected, m.get(surface), text + " -> " + m);
  }
}
