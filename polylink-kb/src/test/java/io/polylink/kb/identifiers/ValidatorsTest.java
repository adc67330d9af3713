package io.polylink.kb.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every validator accepts real values and rejects near misses (one character changed). */
class ValidatorsTest {

  private static final Map<String, Predicate<CharSequence>> VALIDATORS = Map.ofEntries(
      Map.entry("luhn", Validators::luhn), Map.entry("iban", Validators::iban), Map.entry("usSsn", Validators::usSsn),
      Map.entry("ukNino", Validators::ukNino), Map.entry("esDni", Validators::esDni),
      Map.entry("esNie", Validators::esNie), Map.entry("frNir", Validators::frNir),
      Map.entry("itFiscalCode", Validators::itFiscalCode), Map.entry("deTaxId", Validators::deTaxId),
      Map.entry("ipv4", Validators::ipv4), Map.entry("ipv6", Validators::ipv6), Map.entry("nlBsn", Validators::nlBsn),
      Map.entry("plPesel", Validators::plPesel), Map.entry("ptNif", Validators::ptNif),
      Map.entry("beNationalNumber", Validators::beNationalNumber),
      Map.entry("sePersonnummer", Validators::sePersonnummer), Map.entry("phoneDigits", Validators::phoneDigits));

  @ParameterizedTest(name = "{0}({1}) is {2}")
  @CsvSource(delimiter = '|', textBlock = """
      luhn             | 4111 1111 1111 1111         | true  |
      luhn             | 4454794511390933            | true  |
      luhn             | 4111 1111 1111 1112         | false |
      luhn             | 41111111111                 | false | too short for a card
      iban             | GB82 WEST 1234 5698 7654 32 | true  |
      iban             | de89370400440532013000      | true  |
      iban             | GB82WEST12345698765433      | false |
      iban             | XX82WEST12345698765432      | false |
      usSsn            | 536-22-8726                 | true  |
      usSsn            | 460-89-9847                 | true  |
      usSsn            | 666-22-8726                 | false |
      usSsn            | 536-00-8726                 | false |
      usSsn            | 936-22-8726                 | false |
      usSsn            | 078-05-1120                 | false | published in advertising
      ukNino           | AB 12 34 56 C               | true  |
      ukNino           | AB123456E                   | false |
      ukNino           | QB123456C                   | false |
      ukNino           | GB123456A                   | false |
      esDni            | 12345678Z                   | true  |
      esDni            | 12345678A                   | false |
      esNie            | X1234567L                   | true  |
      esNie            | X1234567M                   | false |
      esNie            | A1234567L                   | false |
      frNir            | 1 85 05 78 006 084 91       | true  |
      frNir            | 1 85 05 78 006 084 92       | false |
      frNir            | 5 85 05 78 006 084 91       | false |
      itFiscalCode     | RSSMRA85T10A562S            | true  |
      itFiscalCode     | RSSMRA85T10A562T            | false |
      itFiscalCode     | RSSMRA85Z10A562S            | false | Z is no month letter
      deTaxId          | 86095742719                 | true  |
      deTaxId          | 47 036 892 816              | true  |
      deTaxId          | 86095742718                 | false |
      deTaxId          | 12345678903                 | false | no repeated digit
      ipv4             | 192.168.0.1                 | true  |
      ipv4             | 192.168.0.256               | false |
      ipv4             | 192.168.01.1                | false |
      ipv4             | 300.1.2.3                   | false |
      ipv6             | 2001:db8::8a2e:370:7334     | true  |
      ipv6             | ::ffff:192.0.2.1            | true  |
      ipv6             | 2001:db8::8a2e::7334        | false |
      ipv6             | 12:30:45                    | false |
      nlBsn            | 111222333                   | true  |
      nlBsn            | 111222334                   | false |
      nlBsn            | 000000000                   | false |
      plPesel          | 44051401359                 | true  |
      plPesel          | 44051401358                 | false |
      plPesel          | 44151401359                 | false | month 15
      ptNif            | 123456789                   | true  |
      ptNif            | 123456788                   | false |
      ptNif            | 423456789                   | false | no NIF starts with 4 but 45
      beNationalNumber | 85.07.30-033.28             | true  |
      beNationalNumber | 85.07.30-033.29             | false |
      sePersonnummer   | 811218-9876                 | true  |
      sePersonnummer   | 19811218-9876               | true  |
      sePersonnummer   | 811218-9875                 | false |
      phoneDigits      | +1 905-674-3793             | true  |
      phoneDigits      | 123 45 6                    | false | 6 digits
      phoneDigits      | +49 (0)30 1234 5678 9012    | false | 17 digits, more than E.164 allows
      """)
  void acceptsRealValuesAndRejectsNearMisses(String validator, String value, boolean valid, String why) {
    Predicate<CharSequence> v = VALIDATORS.get(validator);
    assertNotNull(v, "no validator " + validator);
    assertEquals(valid, v.test(value), validator + "(" + value + ") " + (why == null ? "" : why));
  }

  @Property(seed = "42", tries = 200)
  void luhnRejectsEverySingleDigitChange(@ForAll @LongRange(min = 100_000_000_000L, max = 999_999_999_999L) long n) {
    String body = Long.toString(n);
    String valid = null;
    for (int d = 0; d <= 9; d++) {
      if (Validators.luhn(body + d)) {
        valid = body + d;
      }
    }
    assertTrue(valid != null, "some check digit completes " + body);
    char last = valid.charAt(valid.length() - 1);
    String wrong = valid.substring(0, valid.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    assertFalse(Validators.luhn(wrong), wrong);
  }

  @Test
  void dates() {
    assertTrue(Validators.date(2024, 2, 29));
    assertFalse(Validators.date(2023, 2, 29));
    assertFalse(Validators.date(2023, 13, 1));
  }
}
