package io.polylink.link.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatchTest {

  @Test
  void foldsCaseAccentsAndApostrophes() {
    assertEquals("kecskemet", NameMatch.fold("Kecskemét"));
    assertEquals("obrien", NameMatch.fold("O'Brien"));
    assertEquals(List.of("ogun", "temizkanoglu"), NameMatch.tokens("Ogün Temizkanoğlu"));
    assertEquals(List.of("boston", "united", "f", "c"), NameMatch.tokens("Boston United F.C."));
    assertEquals(List.of("北京"), NameMatch.tokens("北京"));
  }

  @Test
  void digitsBecomeHashesAsTheRegexDidInSignatures() {
    for (String t : List.of("", "paris", "1998", "f1", "a2b3", "١٩٩٨", "x٣9", "ü0é")) {
      assertEquals(t.replaceAll("\\d", "#"), NameMatch.digitsAsHash(t), t); // Arabic-Indic digits are no \d
    }
    assertEquals("# round", NameMatch.signature(List.of("fifa"), NameMatch.tokens("FIFA 2 Round")));
  }

  @Test
  void qualifiersAndCommas() {
    assertEquals("Mahala", NameMatch.stripQualifier("Mahala (Breza)"));
    assertEquals("Troy", NameMatch.beforeComma("Troy, New York"));
    assertEquals("Eu", NameMatch.beforeComma("Eu, Seine-Maritime"));
  }

  @Test
  void acronymsNeedCapitals() {
    assertTrue(NameMatch.acronym("BSE", NameMatch.tokens("Budapest Stock Exchange")));
    assertTrue(NameMatch.acronym("IRA", NameMatch.tokens("Irish Republican Army")));
    assertTrue(NameMatch.acronym("BOA", NameMatch.tokens("Bank of America")));
    assertFalse(NameMatch.acronym("Bse", NameMatch.tokens("Budapest Stock Exchange")));
    assertFalse(NameMatch.acronym("IRA", NameMatch.tokens("Iran")));
  }

  @Test
  void jaroWinklerKnownValues() {
    assertEquals(1.0, NameMatch.jaroWinkler("martha", "martha"));
    assertEquals(0.9611, NameMatch.jaroWinkler("martha", "marhta"), 1e-4);
    assertEquals(0.8400, NameMatch.jaroWinkler("dwayne", "duane"), 1e-4);
    assertEquals(0.0, NameMatch.jaroWinkler("abc", ""));
  }

  @Test
  void titleSignatures() {
    List<String> turkey = NameMatch.tokens("TURKEY");
    assertEquals("football national team", NameMatch.signature(turkey, NameMatch.tokens("Turkey national football team")));
    assertEquals("", NameMatch.signature(NameMatch.tokens("Belgian"), NameMatch.tokens("Belgium")));
    assertEquals("#### fifa", NameMatch.signature(NameMatch.tokens("World Cup"), NameMatch.tokens("1998 FIFA World Cup")));
    assertNull(NameMatch.signature(NameMatch.tokens("EU"), NameMatch.tokens("Euthanasia device")));
  }
}
