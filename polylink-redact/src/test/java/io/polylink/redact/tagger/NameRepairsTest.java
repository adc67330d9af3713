package io.polylink.redact.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each repair of {@link NameRepairs} alone, on hand-made detections: a dynamic test per span repair (its cases in a
 * table), and so per list repair.
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
    return perRepair(NameRepairs.SPANS, SPAN_CASES, (r, c) -> {
      String part = c[3].equals("=") ? c[2] : c[3];
      assertEquals(c[5], spanRepair(r, c[2], c[1], part, type(c[4])), String.join(" | ", c));
    });
  }

  @Test
  void anEmptySpanIsDropped() {
    assertNull(new NotNames().apply(en("x"), new SpanRepair.Span(1, 1, PiiTypes.PERSON, PiiTypes.PERSON, 0.9)));
  }

  /**
   * The cases of each {@link NameRepair}: repair | text ("/" for a line break) | the detections found before it
   * (TYPE:text; ..., "-" for none, score 0.9) | the repaired detections as TYPE:text@score; ... ("-" for none).
   */
  private static final String LIST_CASES = """
      OfficeNames | The Avalara office is closed. | - | ORGANIZATION:Avalara@0.7
      OfficeNames | The Tunisia office is closed. | - | -
      OfficeNames | The Avalara office is closed. | PERSON:Avalara | PERSON:Avalara@0.9
      PostalForms | Write to P.O. Box 149 please. | ORGANIZATION:P.O. | STREET_ADDRESS:P.O. Box 149@0.6
      PostalForms | Megan/USNS Bergman/FPO AP 93757 | - | \
        STREET_ADDRESS:USNS Bergman@0.6; STREET_ADDRESS:FPO AP 93757@0.6
      SuffixedCompanies | Contact Galorath Incorporated today. | PERSON:Galorath | \
        ORGANIZATION:Galorath Incorporated@0.7
      SuffixedCompanies | at stillwater supercomputing inc. | - | ORGANIZATION:stillwater supercomputing inc.@0.7
      SuffixedCompanies | We are an inc. now | - | -
      ByStart | Ann met Bob | PERSON:Bob; PERSON:Ann | PERSON:Ann@0.9; PERSON:Bob@0.9
      StreetNames | 12 Glyn St | PERSON:Glyn St | STREET_ADDRESS:Glyn St@0.6
      StreetNames | I met Glyn St today | PERSON:Glyn St | PERSON:Glyn St@0.9
      StreetNames | at the corner of Dalbraut 99 and Hofsvallagata | PERSON:Hofsvallagata | \
        STREET_ADDRESS:Hofsvallagata@0.6
      JoinedAddresses | 12 Elm Road/Springfield, IL 62704/USA//Thanks | STREET_ADDRESS:12 Elm Road | \
        STREET_ADDRESS:12 Elm Road/Springfield, IL 62704/USA@0.8
      JoinedAddresses | Go to 12 Elm Road. Then | STREET_ADDRESS:12 Elm Road. | STREET_ADDRESS:12 Elm Road@0.6
      JoinedAddresses | call 12 now | STREET_ADDRESS:12 | -
      CompanyFirstLines | Megan Carey/Hopstop/PSC 6477, Box 2981 | PERSON:Megan Carey; \
        STREET_ADDRESS:Hopstop/PSC 6477, Box 2981 | \
        PERSON:Megan Carey@0.9; ORGANIZATION:Hopstop@0.6; STREET_ADDRESS:PSC 6477, Box 2981@0.9
      CompanyFirstLines | Megan Carey/Hopstop/PSC 6477, Box 2981 | STREET_ADDRESS:Hopstop/PSC 6477, Box 2981 | \
        STREET_ADDRESS:Hopstop/PSC 6477, Box 2981@0.9
      CompanyLines | Megan Carey/Topcoder/12 Elm Road | PERSON:Megan Carey; STREET_ADDRESS:12 Elm Road | \
        PERSON:Megan Carey@0.9; ORGANIZATION:Topcoder@0.6; STREET_ADDRESS:12 Elm Road@0.9
      CompanyLines | Megan Carey/Sewer pipe cleaner/12 Elm Road | PERSON:Megan Carey; STREET_ADDRESS:12 Elm Road | \
        PERSON:Megan Carey@0.9; STREET_ADDRESS:12 Elm Road@0.9
      CoordinatedFirms | I hired Barnett, Melton and Garcia last year. | \
        ORGANIZATION:Barnett; PERSON:Melton; PERSON:Garcia | \
        ORGANIZATION:Barnett, Melton and Garcia@0.9
      CoordinatedFirms | our founders: Rudi, Jackson and Campos | ORGANIZATION:Rudi, Jackson and Campos | \
        PERSON:Rudi@0.9; PERSON:Jackson@0.9; PERSON:Campos@0.9
      """;

  /** One test per list repair of {@link NameRepairs#LIST}, over its rows of {@link #LIST_CASES}. */
  @TestFactory
  List<DynamicTest> listRepairs() {
    return perRepair(NameRepairs.LIST, LIST_CASES, (r, c) -> {
      String text = c[1].replace('/', '\n');
      List<Detection> found = new ArrayList<>();
      for (String d : items(c[2])) {
        int colon = d.indexOf(':');
        found.add(det(text, d.substring(colon + 1).replace('/', '\n'), type(d.substring(0, colon))));
      }
      assertEquals(items(c[3].replace('/', '\n')), listRepair(r, text, found.toArray(new Detection[0])),
          String.join(" | ", c));
    });
  }

  /** A check of one row of a table of cases. */
  private interface RowCheck<R> {
    void check(R repair, String[] row) throws Exception;
  }

  /** A dynamic test per repair, named after its class, that checks its rows of {@code table} (at least one). */
  private static <R> List<DynamicTest> perRepair(List<R> repairs, String table, RowCheck<R> check) {
    List<DynamicTest> tests = new ArrayList<>();
    for (R r : repairs) {
      String name = r.getClass().getSimpleName();
      List<String[]> rows = cases(table, name);
      tests.add(DynamicTest.dynamicTest(name, () -> {
        assertFalse(rows.isEmpty(), "no case for " + name);
        for (String[] c : rows) {
          check.check(r, c);
        }
      }));
    }
    return tests;
  }

  /** The {@link PiiTypes} constant named {@code name}. */
  private static String type(String name) throws ReflectiveOperationException {
    return PiiTypes.class.getField(name).get(null).toString();
  }

  /** The rows of {@code table} for {@code repair}, each cell stripped. */
  private static List<String[]> cases(String table, String repair) {
    return table.lines().map(l -> l.split("\\|")).map(c -> {
      for (int i = 0; i < c.length; i++) {
        c[i] = c[i].strip();
      }
      return c;
    }).filter(c -> c[0].equals(repair)).toList();
  }

  /** The items of a cell: "-" for none, else separated by ";". */
  private static List<String> items(String cell) {
    return cell.equals("-") ? List.of() : Stream.of(cell.split(";")).map(String::strip).toList();
  }
}
