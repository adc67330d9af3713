package io.polylink.redact.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import io.polylink.redact.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each pattern recognizer finds valid values, with exact spans, and passes over near misses. */
class RecognizersTest {

  private static final List<Recognizer> ALL = Recognizers.patterns("US");
  private static final ContextWords CONTEXT = ContextWords.defaults();

  /** "TYPE:value" for every detection scoring at least 0.5 after context words. */
  private static List<String> find(String text) {
    List<Detection> out = new ArrayList<>();
    for (Recognizer r : ALL) {
      r.recognize(text, "en", out);
    }
    return out.stream().map(d -> CONTEXT.apply(text, d)).filter(d -> d.score() >= 0.5)
        .map(d -> d.type() + ":" + text.substring(d.start(), d.end())).distinct().sorted().collect(Collectors.toList());
  }

  /**
   * Each row: a text, and what the recognizers find in it ("TYPE:value", span exact) or, after "none", the
   * detection prefix they must not find (a near miss: checksum, calendar, format). Context words decide weak
   * matches: a German tax id's checksum holds for one number in ten, and an SSN without dashes is any nine digits,
   * so only a context word makes them pass (the last four rows).
   */
  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      write to ana.ruiz@example.com.           | finds | EMAIL_ADDRESS:ana.ruiz@example.com
      write to ana..ruiz@example.com           | none  | EMAIL
      Call +34 612 345 678 today               | finds | PHONE_NUMBER:+34 612 345 678
      Call +34 000 000                         | none  | PHONE
      card 4111 1111 1111 1111 expires         | finds | CREDIT_CARD:4111 1111 1111 1111
      card 4111 1111 1111 1112 expires         | none  | CREDIT_CARD
      IBAN GB82 WEST 1234 5698 7654 32 and more | finds | IBAN_CODE:GB82 WEST 1234 5698 7654 32
      IBAN GB82 WEST 1234 5698 7654 33 and more | none  | IBAN
      from 10.0.12.7, then                     | finds | IP_ADDRESS:10.0.12.7
      host 2001:db8::1 down                    | finds | IP_ADDRESS:2001:db8::1
      from 10.0.12.700                         | none  | IP
      see https://example.org/a?b=1.           | finds | URL:https://example.org/a?b=1
      born 2000-04-16 11:34:35 here            | finds | DATE_TIME:2000-04-16 11:34:35
      el 3 de marzo de 2016                    | finds | DATE_TIME:3 de marzo de 2016
      on 31/02/2020                            | none  | DATE_TIME:31/02
      SSN 536-22-8726                          | finds | US_SSN:536-22-8726
      SSN 666-22-8726                          | none  | US_SSN
      NI number AB 12 34 56 C                  | finds | UK_NINO:AB 12 34 56 C
      DNI 12345678Z                            | finds | ES_NIF:12345678Z
      DNI 12345678A                            | none  | ES_NIF
      NIE X1234567L                            | finds | ES_NIE:X1234567L
      NIR 1 85 05 78 006 084 91                | finds | FR_NIR:1 85 05 78 006 084 91
      CF RSSMRA85T10A562S                      | finds | IT_FISCAL_CODE:RSSMRA85T10A562S
      CF RSSMRA85T10A562T                      | none  | IT_FISCAL
      Steuer-IdNr 86095742719                  | finds | DE_TAX_ID:86095742719
      Ticket 86095742719                       | none  | DE_TAX_ID
      my SSN is 536228726                      | finds | US_SSN:536228726
      order 536228726                          | none  | US_SSN
      """)
  void findsValidValuesAndPassesOverNearMisses(String text, String verdict, String detection) {
    List<String> found = find(text);
    if (verdict.equals("finds")) {
      assertTrue(found.contains(detection), found.toString());
    } else {
      assertTrue(found.stream().noneMatch(s -> s.startsWith(detection)), found.toString());
    }
  }

  @Test
  void phoneInParenthesesWithoutACountryCode() {
    assertTrue(find("Phone: (212) 555-0123").stream().anyMatch(s -> s.startsWith("PHONE_NUMBER:")), find("Phone: (212) 555-0123").toString());
  }

  @Test
  void phoneDefaultRegion() {
    List<Detection> out = new ArrayList<>();
    new PhoneRecognizer("ES", false).recognize("Móvil 612 345 678.", "es", out);
    assertEquals(1, out.size());
  }

  @Test
  void names() {
    NameDetector n = new NameDetector(java.util.Set.of());
    List<Detection> out = new ArrayList<>();
    String text = "Yesterday Dr. Ana María Ruiz met the team from Acme Holdings in the morning.";
    n.recognize(text, "en", out);
    List<String> found = out.stream().filter(d -> d.score() >= 0.5)
        .map(d -> d.type() + ":" + text.substring(d.start(), d.end())).toList();
    assertTrue(found.contains("PERSON:Ana María Ruiz"), found.toString());
    assertTrue(found.contains("ORGANIZATION:Acme Holdings"), found.toString());
  }

  @Test
  void organizationContextRetypesAPersonGuess() {
    for (String text : List.of("Telenav is a design agency based in Oslo.", "She works at Telenav now.",
        "Shares of Telenav fell.", "A spokesperson for Telenav declined to comment.")) {
      int at = text.indexOf("Telenav");
      Detection d = CONTEXT.apply(text, new Detection(PiiTypes.PERSON, at, at + 7, 0.85, "t"));
      assertEquals(PiiTypes.ORGANIZATION, d.type(), text);
      assertEquals(0.85, d.score(), 1e-9, text);
    }
    for (String text : List.of("Telenav is a good friend of mine.", "I met Telenav at work.", "Ask Telenav office hours.",
        "Telenav was the first to arrive.")) {
      int at = text.indexOf("Telenav");
      assertEquals(PiiTypes.PERSON, CONTEXT.apply(text, new Detection(PiiTypes.PERSON, at, at + 7, 0.85, "t")).type(),
          text);
    }
  }

  @Test
  void contextShortcutsAgreeWithTheirPatterns() {
    String[] pieces = {"works at", "worked for", "CEO of", "spokesperson for", "acquired by", "born in", "moved here from",
        "a trip to", "citizens of", "the city of", "arrived at", "The", "the", "IN", "FROM", "ın", "of the", "Acme",
        "Telenav", "office", "is a design agency", "was the first bank", ",", ".", "\n", "  ", "\t", "x", "into",
        "relocated to", "employees at", "by", "at", "for"};
    java.util.SplittableRandom r = new java.util.SplittableRandom(3);
    int place = 0;
    int org = 0;
    for (int doc = 0; doc < 20000; doc++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(8);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[r.nextInt(pieces.length)]).append(r.nextInt(4) == 0 ? "" : " ");
      }
      int start = sb.length();
      sb.append("Marindia");
      int end = sb.length();
      sb.append(r.nextBoolean() ? " " + pieces[r.nextInt(pieces.length)] + " " + pieces[r.nextInt(pieces.length)] : "");
      String text = sb.toString();
      boolean p = ContextWords.placeContext(text, start);
      assertEquals(ContextWords.placeContextByPattern(text, start), p, text);
      boolean o = ContextWords.organizationContext(text, start, end);
      assertEquals(ContextWords.organizationContextByPatterns(text, start, end), o, text);
      place += p ? 1 : 0;
      org += o ? 1 : 0;
    }
    assertTrue(place > 500 && org > 500, place + " place and " + org + " organization contexts");
  }

  @Test
  void aBrainchildIsAnOrganization() {
    String text = "Telenav is the brainchild of two students.";
    assertEquals(PiiTypes.ORGANIZATION, CONTEXT.apply(text, new Detection(PiiTypes.PERSON, 0, 7, 0.85, "t")).type());
  }

  @Test
  void personContextReachesTheLaterNamesOfAList() {
    String text = "Acme is the brainchild of our founders: Becker, Vasquez and Hodge.";
    int at = text.indexOf("Vasquez");
    assertEquals(PiiTypes.PERSON, CONTEXT.apply(text, new Detection(PiiTypes.ORGANIZATION, at,
        text.indexOf("Hodge") + 5, 0.85, "t")).type());
    String firm = "Invoices go to Becker, Vasquez and Hodge in Leeds.";
    at = firm.indexOf("Vasquez");
    assertEquals(PiiTypes.ORGANIZATION, CONTEXT.apply(firm, new Detection(PiiTypes.ORGANIZATION, at,
        firm.indexOf("Hodge") + 5, 0.85, "t")).type());
  }

  @Test
  void namesOfOrdinaryWordsOnlyAreLabelsNotPersons() {
    java.util.Map<String, String> classes = java.util.Map.of("website", "word", "desk", "word", "call", "word",
        "unfortunately", "word", "personal", "word", "info", "word", "rose", "given+word", "kowalczyk", "family");
    NameDetector n = new NameDetector(java.util.Set.of(),
        w -> classes.getOrDefault(w.toLowerCase(java.util.Locale.ROOT), ""));
    String text = "Website: example.org\nDesk: 555 0100\nPersonal Info: none\nUnfortunately, Rose Kowalczyk left.";
    List<Detection> out = new ArrayList<>();
    n.recognize(text, "en", out);
    List<String> found = out.stream().map(d -> text.substring(d.start(), d.end())).toList();
    assertEquals(List.of("Rose Kowalczyk"), found);
    String call = "Call Rose Kowalczyk at noon.";
    List<Detection> calls = new ArrayList<>();
    n.recognize(call, "en", calls);
    assertEquals(List.of("Rose Kowalczyk"), calls.stream().map(d -> call.substring(d.start(), d.end())).toList(),
        "a verb that opens the sentence is not part of the name");
  }

  @Test
  void aRunEndingInAnEnsembleNounIsAnOrganization() {
    NameDetector n = new NameDetector(java.util.Set.of());
    String text = "The Quillfeather Orchestra plays on Sunday.";
    List<Detection> out = new ArrayList<>();
    n.recognize(text, "en", out);
    assertTrue(out.stream().anyMatch(d -> d.type().equals(PiiTypes.ORGANIZATION)
        && text.substring(d.start(), d.end()).equals("Quillfeather Orchestra")), out.toString());
  }

  @Test
  void organizationContextCoversTheOfficeOfAFirm() {
    String text = "The Telenav office is at 5 Main St.";
    Detection d = CONTEXT.apply(text, new Detection(PiiTypes.PERSON, 4, 11, 0.85, "t"));
    assertEquals(PiiTypes.ORGANIZATION, d.type());
  }

  @Test
  void personContextRetypesAFirmGuessAfterFoundersOrAnAuthorCue() {
    for (String text : List.of("Acme is the brainchild of our 3 founders: Becker, Vasquez and Hodge.",
        "The company was founded by Becker, Vasquez and Hodge in 1999.", "A film directed by Becker and Hodge.")) {
      int at = text.indexOf("Becker");
      int end = text.indexOf("Hodge") + 5;
      assertEquals(PiiTypes.PERSON, CONTEXT.apply(text, new Detection(PiiTypes.ORGANIZATION, at, end, 0.85, "t"))
          .type(), text);
    }
    String firm = "Invoices go to Becker, Vasquez and Hodge in Leeds.";
    int at = firm.indexOf("Becker");
    assertEquals(PiiTypes.ORGANIZATION, CONTEXT.apply(firm, new Detection(PiiTypes.ORGANIZATION, at,
        firm.indexOf("Hodge") + 5, 0.85, "t")).type());
  }

  @Test
  void placeContextRetypesANameGuessAfterOriginFromOrBornIn() {
    for (String text : List.of("I'm originally from Marindia, and I'm 26.", "We moved here from Marindia last year.",
        "She was born in Marindia.", "The Princess Royal arrived at Marindia this morning.",
        "Our trip to Marindia was great.")) {
      int at = text.indexOf("Marindia");
      Detection d = CONTEXT.apply(text, new Detection(PiiTypes.ORGANIZATION, at, at + 8, 0.85, "t"));
      assertEquals(PiiTypes.LOCATION, d.type(), text);
      assertEquals(0.85, d.score(), 1e-9, text);
    }
    for (String text : List.of("I heard from Marindia yesterday.", "She works at Marindia now.")) {
      int at = text.indexOf("Marindia");
      assertEquals(PiiTypes.ORGANIZATION, CONTEXT.apply(text, new Detection(PiiTypes.ORGANIZATION, at, at + 8, 0.85,
          "t")).type(), text);
    }
  }

  @Test
  void personContextCoversMeetingAndFollowingUp() {
    for (String text : List.of("Follow up with Satsita Umkhayev in a month.", "Can I speak to Satsita Umkhayev?")) {
      int at = text.indexOf("Satsita");
      assertEquals(PiiTypes.PERSON, CONTEXT.apply(text, new Detection(PiiTypes.ORGANIZATION, at, at + 16, 0.85, "t"))
          .type(), text);
    }
  }
}
