package io.polylink.redact.recognize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Every validator accepts real values and rejects near misses (one character changed). */
class ValidatorsTest {

  @Test
  void luhn() {
    assertTrue(Validators.luhn("4111 1111 1111 1111"));
    assertTrue(Validators.luhn("4454794511390933"));
    assertFalse(Validators.luhn("4111 1111 1111 1112"));
    assertFalse(Validators.luhn("41111111111")); // too short for a card
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
  void iban() {
    assertTrue(Validators.iban("GB82 WEST 1234 5698 7654 32"));
    assertTrue(Validators.iban("de89370400440532013000"));
    assertFalse(Validators.iban("GB82WEST12345698765433"));
    assertFalse(Validators.iban("XX82WEST12345698765432"));
  }

  @Test
  void usSsn() {
    assertTrue(Validators.usSsn("536-22-8726"));
    assertFalse(Validators.usSsn("666-22-8726"));
    assertFalse(Validators.usSsn("536-00-8726"));
    assertFalse(Validators.usSsn("936-22-8726"));
    assertFalse(Validators.usSsn("078-05-1120"));
  }

  @Test
  void ukNino() {
    assertTrue(Validators.ukNino("AB 12 34 56 C"));
    assertFalse(Validators.ukNino("AB123456E"));
    assertFalse(Validators.ukNino("QB123456C"));
    assertFalse(Validators.ukNino("GB123456A"));
  }

  @Test
  void spanishDniAndNie() {
    assertTrue(Validators.esDni("12345678Z"));
    assertFalse(Validators.esDni("12345678A"));
    assertTrue(Validators.esNie("X1234567L"));
    assertFalse(Validators.esNie("X1234567M"));
    assertFalse(Validators.esNie("A1234567L"));
  }

  @Test
  void frenchNir() {
    assertTrue(Validators.frNir("1 85 05 78 006 084 91"));
    assertFalse(Validators.frNir("1 85 05 78 006 084 92"));
    assertFalse(Validators.frNir("5 85 05 78 006 084 91"));
  }

  @Test
  void italianFiscalCode() {
    assertTrue(Validators.itFiscalCode("RSSMRA85T10A562S"));
    assertFalse(Validators.itFiscalCode("RSSMRA85T10A562T"));
    assertFalse(Validators.itFiscalCode("RSSMRA85Z10A562S")); // Z is no month letter
  }

  @Test
  void germanTaxId() {
    assertTrue(Validators.deTaxId("86095742719"));
    assertTrue(Validators.deTaxId("47 036 892 816"));
    assertFalse(Validators.deTaxId("86095742718"));
    assertFalse(Validators.deTaxId("12345678903")); // no repeated digit
  }

  @Test
  void ipAddresses() {
    assertTrue(Validators.ipv4("192.168.0.1"));
    assertFalse(Validators.ipv4("192.168.0.256"));
    assertFalse(Validators.ipv4("192.168.01.1"));
    assertTrue(Validators.ipv6("2001:db8::8a2e:370:7334"));
    assertTrue(Validators.ipv6("::ffff:192.0.2.1"));
    assertFalse(Validators.ipv6("2001:db8::8a2e::7334"));
    assertFalse(Validators.ipv6("12:30:45"));
  }

  @Test
  void dates() {
    assertTrue(Validators.date(2024, 2, 29));
    assertFalse(Validators.date(2023, 2, 29));
    assertFalse(Validators.date(2023, 13, 1));
  }
}
