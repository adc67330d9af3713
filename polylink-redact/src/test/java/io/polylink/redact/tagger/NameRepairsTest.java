package io.polylink.redact.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each repair of {@link NameRepairs} alone, on hand-made detections: a dynamic test per span repair (its cases in a
 * table), a nested class per list repair.
 */
class NameRepairsTest {

  private static TaggedText en(String text) {
    return new TaggedText(text, "en", BuiltInNameModel.get(), "name-tagger");
  }

  private static SpanRepair.Span span(String text, String part, String type) {
    int at = text.indexOf(part);
    return new SpanRepair.Span(at, at + part.length(), type, type, 0.9);
  }

  private static Detection det(String text, String part, String type) {
    int at = text.indexOf(part);
    return new Detection(type, at, at + part.length(), 0.9, "name-tagger");
  }

  /** "TYPE:covered text" of each span, or "dropped". */
  private static String show(String text, SpanRepair.Span s) {
    return s == null ? "dropped" : s.type() + ":" + text.substring(s.start(), s.end());
  }

  private static String spanRepair(SpanRepair r, String text, String language, String part, String type) {
    TaggedText t = new TaggedText(text, language, BuiltInNameModel.get(), "name-tagger");
    return show(text, r.apply(t, span(text, part, type)));
  }

  private static List<String> listRepair(NameRepair r, String text, Detection... found) {
    List<String> out = new ArrayList<>();
    for (Detection d : r.apply(en(text), List.of(found))) {
      out.add(d.type() + ":" + text.substring(d.start(), d.end()) + "@" + d.score());
    }
    return out;
  }

  @Test
  void everyRepairRunsOnceInItsList() {
    var kinds = new HashSet<Class<?>>();
    NameRepairs.SPANS.forEach(r -> assertEquals(true, kinds.add(r.getClass()), r.getClass().getSimpleName()));
    NameRepairs.LIST.forEach(r -> assertEquals(true, kinds.add(r.getClass()), r.getClass().getSimpleName()));
    assertEquals(19, kinds.size());
  }

  /**
   * The cases of each {@link SpanRepair}: repair | language | text | the span the tagger gave ("=": all the text) |
   * its type | the repaired span as TYPE:text, or "dropped".
   */
  private static final String SPAN_CASES = """
      LowerCaseSpans | en | the xkcd blorp | xkcd blorp | PERSON | dropped
      LowerCaseSpans | en | ask maria | maria | PERSON | PERSON:maria
      LowerCaseSpans | en | ask Quick | Quick | PERSON | PERSON:Quick
      LowerCaseSpans | en | 12 elm road | elm road | STREET_ADDRESS | STREET_ADDRESS:elm road
      QuoteMarks | en | > Jane Doe | = | PERSON | PERSON:Jane Doe
      QuoteMarks | en | Jane | = | PERSON | PERSON:Jane
      ProseAroundNames | en | see Guilty Pleasures | = | ORGANIZATION | ORGANIZATION:Guilty Pleasures
      ProseAroundNames | en | Acme resignation Letter | = | ORGANIZATION | ORGANIZATION:Acme
      ProseAroundNames | en | Bank of America | = | ORGANIZATION | ORGANIZATION:Bank of America
      ProseAroundNames | en | via del Corso | = | STREET_ADDRESS | STREET_ADDRESS:via del Corso
      Possessives | en | Acme's plan | Acme's | ORGANIZATION | ORGANIZATION:Acme
      Possessives | en | Acme’s plan | Acme’s | ORGANIZATION | ORGANIZATION:Acme
      Possessives | en | A's | = | PERSON | PERSON:A's
      TrailingPunctuation | en | in London. | London. | LOCATION | LOCATION:London
      TrailingPunctuation | en | Acme Inc. | = | ORGANIZATION | ORGANIZATION:Acme Inc.
      TrailingPunctuation | en | John J., | = | PERSON | PERSON:John J.
      TrailingPunctuation | en | 12 Elm Ave. | = | STREET_ADDRESS | STREET_ADDRESS:12 Elm Ave.
      TrailingPunctuation | en | Elm Ave. | = | PERSON | PERSON:Elm Ave
      SentenceStartWords | en | Congratulations Maria Lopez | = | PERSON | PERSON:Maria Lopez
      SentenceStartWords | de | Congratulations Maria Lopez | = | PERSON | PERSON:Congratulations Maria Lopez
      SentenceStartWords | en | so Congratulations Maria | Congratulations Maria | PERSON | PERSON:Congratulations Maria
      SentenceStartWords | en | Clean Power Finance | = | ORGANIZATION | ORGANIZATION:Clean Power Finance
      OrdinaryWords | en | like Wisdom and | Wisdom | ORGANIZATION | dropped
      OrdinaryWords | fr | like Wisdom and | Wisdom | ORGANIZATION | ORGANIZATION:Wisdom
      OrdinaryWords | en | like Zoolander and | Zoolander | ORGANIZATION | ORGANIZATION:Zoolander
      OrdinaryWords | en | like Wisdom and | Wisdom | LOCATION | LOCATION:Wisdom
      NotNames | en | It is | It | PERSON | dropped
      NotNames | en | E-mail | E | PERSON | dropped
      NotNames | en | Excuse me, Sir | Sir | PERSON | dropped
      NotNames | en | IBAN DE89 | = | ORGANIZATION | dropped
      NotNames | en | Don't | Don | PERSON | dropped
      NotNames | en | U62928788557186 | = | PERSON | dropped
      NotNames | en | Agent 47 | = | ORGANIZATION | ORGANIZATION:Agent 47
      NotNames | en | 12 | = | STREET_ADDRESS | STREET_ADDRESS:12
      GivenAndFamilyNames | en | today, Jane Doe. | Jane Doe | LOCATION | PERSON:Jane Doe
      GivenAndFamilyNames | en | Jane | = | LOCATION | LOCATION:Jane
      GivenAndFamilyNames | en | Jane Doe | = | ORGANIZATION | ORGANIZATION:Jane Doe
      RegionsOfPlaces | en | Southern Tunisia | = | ORGANIZATION | LOCATION:Southern Tunisia
      RegionsOfPlaces | en | Southern Power Finance | = | ORGANIZATION | ORGANIZATION:Southern Power Finance
      """;

  /** One test per span repair of {@link NameRepairs#SPANS}, over its rows of {@link #SPAN_CASES}. */
  @TestFactory
  List<DynamicTest> spanRepairs() {
    List<DynamicTest> tests = new ArrayList<>();
    for (SpanRepair r : NameRepairs.SPANS) {
      String name = r.getClass().getSimpleName();
      List<String[]> rows = SPAN_CASES.lines().map(l -> l.split("\\|")).map(c -> {
        for (int i = 0; i < c.length; i++) {
          c[i] = c[i].strip();
        }
        return c;
      }).filter(c -> c[0].equals(name)).toList();
      tests.add(DynamicTest.dynamicTest(name, () -> {
        assertFalse(rows.isEmpty(), "no case for " + name);
        for (String[] c : rows) {
          String part = c[3].equals("=") ? c[2] : c[3];
          assertEquals(c[5], spanRepair(r, c[2], c[1], part, PiiTypes.class.getField(c[4]).get(null).toString()),
              String.join(" | ", c));
        }
      }));
    }
    return tests;
  }

  @Test
  void anEmptySpanIsDropped() {
    assertNull(new NotNames().apply(en("x"), new SpanRepair.Span(1, 1, PiiTypes.PERSON, PiiTypes.PERSON, 0.9)));
  }

  @Nested
  class OfficeNamesTest {
    @Test
    void theOfficeOfAFirmNamesTheFirm() {
      NameRepair r = new OfficeNames();
      assertEquals(List.of("ORGANIZATION:Avalara@0.7"), listRepair(r, "The Avalara office is closed."));
      assertEquals(List.of(), listRepair(r, "The Tunisia office is closed."), "a place");
      String text = "The Avalara office is closed.";
      assertEquals(List.of("PERSON:Avalara@0.9"), listRepair(r, text, det(text, "Avalara", PiiTypes.PERSON)),
          "already found");
    }
  }

  @Nested
  class PostalFormsTest {
    @Test
    void postBoxesAndMilitaryAddressesAreAddresses() {
      NameRepair r = new PostalForms();
      String text = "Write to P.O. Box 149 please.";
      assertEquals(List.of("STREET_ADDRESS:P.O. Box 149@0.6"),
          listRepair(r, text, det(text, "P.O.", PiiTypes.ORGANIZATION)));
      String ship = "Megan\nUSNS Bergman\nFPO AP 93757";
      assertEquals(List.of("STREET_ADDRESS:USNS Bergman@0.6", "STREET_ADDRESS:FPO AP 93757@0.6"),
          listRepair(r, ship));
    }
  }

  @Nested
  class SuffixedCompaniesTest {
    @Test
    void aLegalFormNamesACompanyInAnyCase() {
      NameRepair r = new SuffixedCompanies();
      String text = "Contact Galorath Incorporated today.";
      assertEquals(List.of("ORGANIZATION:Galorath Incorporated@0.7"),
          listRepair(r, text, det(text, "Galorath", PiiTypes.PERSON)));
      assertEquals(List.of("ORGANIZATION:stillwater supercomputing inc.@0.7"),
          listRepair(r, "at stillwater supercomputing inc."));
      assertEquals(List.of(), listRepair(r, "We are an inc. now"), "no name before the form");
    }
  }

  @Nested
  class ByStartTest {
    @Test
    void detectionsInTextOrder() {
      String text = "Ann met Bob";
      assertEquals(List.of("PERSON:Ann@0.9", "PERSON:Bob@0.9"),
          listRepair(new ByStart(), text, det(text, "Bob", PiiTypes.PERSON), det(text, "Ann", PiiTypes.PERSON)));
    }
  }

  @Nested
  class StreetNamesTest {
    @Test
    void aNameWithAStreetWordAfterAHouseNumberIsAStreet() {
      NameRepair r = new StreetNames();
      String text = "12 Glyn St";
      assertEquals(List.of("STREET_ADDRESS:Glyn St@0.6"), listRepair(r, text, det(text, "Glyn St", PiiTypes.PERSON)));
      String prose = "I met Glyn St today";
      assertEquals(List.of("PERSON:Glyn St@0.9"), listRepair(r, prose, det(prose, "Glyn St", PiiTypes.PERSON)));
      String corner = "at the corner of Dalbraut 99 and Hofsvallagata";
      assertEquals(List.of("STREET_ADDRESS:Hofsvallagata@0.6"),
          listRepair(r, corner, det(corner, "Hofsvallagata", PiiTypes.PERSON)));
    }
  }

  @Nested
  class JoinedAddressesTest {
    @Test
    void anAddressOverSeveralLinesIsOneSpan() {
      NameRepair r = new JoinedAddresses();
      String text = "12 Elm Road\nSpringfield, IL 62704\nUSA\n\nThanks";
      assertEquals(List.of("STREET_ADDRESS:12 Elm Road\nSpringfield, IL 62704\nUSA@0.8"),
          listRepair(r, text, det(text, "12 Elm Road", PiiTypes.STREET_ADDRESS)));
      String one = "Go to 12 Elm Road. Then";
      assertEquals(List.of("STREET_ADDRESS:12 Elm Road@0.6"),
          listRepair(r, one, det(one, "12 Elm Road.", PiiTypes.STREET_ADDRESS)));
      assertEquals(List.of(), listRepair(r, "call 12 now", det("call 12 now", "12", PiiTypes.STREET_ADDRESS)),
          "a bare number");
    }
  }

  @Nested
  class CompanyFirstLinesTest {
    @Test
    void aCompanyLineReadAsAnAddressIsSplitOff() {
      NameRepair r = new CompanyFirstLines();
      String text = "Megan Carey\nHopstop\nPSC 6477, Box 2981";
      Detection person = det(text, "Megan Carey", PiiTypes.PERSON);
      Detection address = det(text, "Hopstop\nPSC 6477, Box 2981", PiiTypes.STREET_ADDRESS);
      assertEquals(List.of("PERSON:Megan Carey@0.9", "ORGANIZATION:Hopstop@0.6",
          "STREET_ADDRESS:PSC 6477, Box 2981@0.9"), listRepair(r, text, person, address));
      assertEquals(List.of("STREET_ADDRESS:Hopstop\nPSC 6477, Box 2981@0.9"), listRepair(r, text, address),
          "no person above");
    }
  }

  @Nested
  class CompanyLinesTest {
    @Test
    void theLineAboveAnAddressBelowAPersonIsTheCompany() {
      NameRepair r = new CompanyLines();
      String text = "Megan Carey\nTopcoder\n12 Elm Road";
      Detection person = det(text, "Megan Carey", PiiTypes.PERSON);
      Detection address = det(text, "12 Elm Road", PiiTypes.STREET_ADDRESS);
      assertEquals(List.of("PERSON:Megan Carey@0.9", "ORGANIZATION:Topcoder@0.6", "STREET_ADDRESS:12 Elm Road@0.9"),
          listRepair(r, text, person, address));
      String title = "Megan Carey\nSewer pipe cleaner\n12 Elm Road";
      assertEquals(2, listRepair(r, title, det(title, "Megan Carey", PiiTypes.PERSON),
          det(title, "12 Elm Road", PiiTypes.STREET_ADDRESS)).size(), "a job title");
    }
  }

  @Nested
  class CoordinatedFirmsTest {
    @Test
    void aListWithAFirmIsOneFirmAListOfPeopleIsNot() {
      NameRepair r = new CoordinatedFirms();
      String text = "I hired Barnett, Melton and Garcia last year.";
      assertEquals(List.of("ORGANIZATION:Barnett, Melton and Garcia@0.9"), listRepair(r, text,
          det(text, "Barnett", PiiTypes.ORGANIZATION), det(text, "Melton", PiiTypes.PERSON),
          det(text, "Garcia", PiiTypes.PERSON)));
      String people = "our founders: Rudi, Jackson and Campos";
      assertEquals(List.of("PERSON:Rudi@0.9", "PERSON:Jackson@0.9", "PERSON:Campos@0.9"), listRepair(r, people,
          det(people, "Rudi, Jackson and Campos", PiiTypes.ORGANIZATION)));
    }
  }
}
