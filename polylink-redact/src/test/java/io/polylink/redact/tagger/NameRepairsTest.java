package io.polylink.redact.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each repair of the name tagger alone, on hand-made detections: one nested class per repair of {@link NameRepairs}. */
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

  @Nested
  class LowerCaseSpansTest {
    @Test
    void lowerCaseIsNoNameUnlessListed() {
      SpanRepair r = new LowerCaseSpans();
      assertEquals("dropped", spanRepair(r, "the xkcd blorp", "en", "xkcd blorp", PiiTypes.PERSON));
      assertEquals("PERSON:maria", spanRepair(r, "ask maria", "en", "maria", PiiTypes.PERSON));
      assertEquals("PERSON:Quick", spanRepair(r, "ask Quick", "en", "Quick", PiiTypes.PERSON));
      assertEquals("STREET_ADDRESS:elm road", spanRepair(r, "12 elm road", "en", "elm road",
          PiiTypes.STREET_ADDRESS));
    }
  }

  @Nested
  class QuoteMarksTest {
    @Test
    void leadingQuoteMarksGo() {
      assertEquals("PERSON:Jane Doe", spanRepair(new QuoteMarks(), "> Jane Doe", "en", "> Jane Doe",
          PiiTypes.PERSON));
      assertEquals("PERSON:Jane", spanRepair(new QuoteMarks(), "Jane", "en", "Jane", PiiTypes.PERSON));
    }
  }

  @Nested
  class ProseAroundNamesTest {
    @Test
    void proseGoesAddressesKeepTheirWords() {
      SpanRepair r = new ProseAroundNames();
      assertEquals("ORGANIZATION:Guilty Pleasures", spanRepair(r, "see Guilty Pleasures", "en",
          "see Guilty Pleasures", PiiTypes.ORGANIZATION));
      assertEquals("ORGANIZATION:Acme", spanRepair(r, "Acme resignation Letter", "en", "Acme resignation Letter",
          PiiTypes.ORGANIZATION));
      assertEquals("ORGANIZATION:Bank of America", spanRepair(r, "Bank of America", "en", "Bank of America",
          PiiTypes.ORGANIZATION));
      assertEquals("STREET_ADDRESS:via del Corso", spanRepair(r, "via del Corso", "en", "via del Corso",
          PiiTypes.STREET_ADDRESS));
    }
  }

  @Nested
  class PossessivesTest {
    @Test
    void thePossessiveGoes() {
      SpanRepair r = new Possessives();
      assertEquals("ORGANIZATION:Acme", spanRepair(r, "Acme's plan", "en", "Acme's", PiiTypes.ORGANIZATION));
      assertEquals("ORGANIZATION:Acme", spanRepair(r, "Acme’s plan", "en", "Acme’s", PiiTypes.ORGANIZATION));
      assertEquals("PERSON:A's", spanRepair(r, "A's", "en", "A's", PiiTypes.PERSON), "too short to cut");
    }
  }

  @Nested
  class TrailingPunctuationTest {
    @Test
    void aSentencePeriodGoesAnAbbreviationKeepsIt() {
      SpanRepair r = new TrailingPunctuation();
      assertEquals("LOCATION:London", spanRepair(r, "in London.", "en", "London.", PiiTypes.LOCATION));
      assertEquals("ORGANIZATION:Acme Inc.", spanRepair(r, "Acme Inc.", "en", "Acme Inc.", PiiTypes.ORGANIZATION));
      assertEquals("PERSON:John J.", spanRepair(r, "John J.,", "en", "John J.,", PiiTypes.PERSON));
      assertEquals("STREET_ADDRESS:12 Elm Ave.", spanRepair(r, "12 Elm Ave.", "en", "12 Elm Ave.",
          PiiTypes.STREET_ADDRESS));
      assertEquals("PERSON:Elm Ave", spanRepair(r, "Elm Ave.", "en", "Elm Ave.", PiiTypes.PERSON));
    }
  }

  @Nested
  class SentenceStartWordsTest {
    @Test
    void ordinaryWordsAtASentenceStartGoInEnglish() {
      SpanRepair r = new SentenceStartWords();
      String greeting = "Congratulations Maria Lopez";
      assertEquals("PERSON:Maria Lopez", spanRepair(r, greeting, "en", greeting, PiiTypes.PERSON));
      assertEquals("PERSON:" + greeting, spanRepair(r, greeting, "de", greeting, PiiTypes.PERSON), "English only");
      String inside = "He said Congratulations Maria Lopez";
      assertEquals("PERSON:Congratulations Maria Lopez", spanRepair(r, inside, "en",
          "Congratulations Maria Lopez", PiiTypes.PERSON), "not at a sentence start");
      assertEquals("ORGANIZATION:Clean Power Finance", spanRepair(r, "Clean Power Finance", "en",
          "Clean Power Finance", PiiTypes.ORGANIZATION));
    }
  }

  @Nested
  class OrdinaryWordsTest {
    @Test
    void oneEnglishWordIsNoNameUnlessContextCallsItAFirm() {
      SpanRepair r = new OrdinaryWords();
      assertEquals("dropped", spanRepair(r, "like Wisdom and", "en", "Wisdom", PiiTypes.ORGANIZATION));
      assertEquals("ORGANIZATION:Wisdom", spanRepair(r, "like Wisdom and", "fr", "Wisdom", PiiTypes.ORGANIZATION));
      assertEquals("ORGANIZATION:Zoolander", spanRepair(r, "like Zoolander and", "en", "Zoolander",
          PiiTypes.ORGANIZATION));
      assertEquals("LOCATION:Wisdom", spanRepair(r, "like Wisdom and", "en", "Wisdom", PiiTypes.LOCATION));
    }
  }

  @Nested
  class NotNamesTest {
    @Test
    void nonNamesAreDropped() {
      SpanRepair r = new NotNames();
      assertEquals("dropped", spanRepair(r, "It is", "en", "It", PiiTypes.PERSON));
      assertEquals("dropped", spanRepair(r, "E-mail", "en", "E", PiiTypes.PERSON));
      assertEquals("dropped", spanRepair(r, "Excuse me, Sir", "en", "Sir", PiiTypes.PERSON));
      assertEquals("dropped", spanRepair(r, "IBAN DE89", "en", "IBAN DE89", PiiTypes.ORGANIZATION));
      assertEquals("dropped", spanRepair(r, "Don't", "en", "Don", PiiTypes.PERSON));
      assertEquals("dropped", spanRepair(r, "U62928788557186", "en", "U62928788557186", PiiTypes.PERSON));
      assertNull(r.apply(en("x"), new SpanRepair.Span(1, 1, PiiTypes.PERSON, PiiTypes.PERSON, 0.9)), "empty");
      assertEquals("ORGANIZATION:Agent 47", spanRepair(r, "Agent 47", "en", "Agent 47", PiiTypes.ORGANIZATION));
      assertEquals("STREET_ADDRESS:12", spanRepair(r, "12", "en", "12", PiiTypes.STREET_ADDRESS));
    }
  }

  @Nested
  class GivenAndFamilyNamesTest {
    @Test
    void aListedGivenAndFamilyNameIsAPerson() {
      SpanRepair r = new GivenAndFamilyNames();
      assertEquals("PERSON:Jane Doe", spanRepair(r, "today, Jane Doe.", "en", "Jane Doe", PiiTypes.LOCATION));
      assertEquals("LOCATION:Jane", spanRepair(r, "Jane", "en", "Jane", PiiTypes.LOCATION), "one word");
      assertEquals("ORGANIZATION:Jane Doe", spanRepair(r, "Jane Doe", "en", "Jane Doe", PiiTypes.ORGANIZATION),
          "only a place is retyped");
    }
  }

  @Nested
  class RegionsOfPlacesTest {
    @Test
    void aDirectionBeforeAListedPlaceIsARegion() {
      SpanRepair r = new RegionsOfPlaces();
      assertEquals("LOCATION:Southern Tunisia", spanRepair(r, "Southern Tunisia", "en", "Southern Tunisia",
          PiiTypes.ORGANIZATION));
      assertEquals("ORGANIZATION:Southern Power Finance", spanRepair(r, "Southern Power Finance", "en",
          "Southern Power Finance", PiiTypes.ORGANIZATION));
    }
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
