package io.polylink.redact.operate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.identifiers.Validators;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class OperatorsTest {

  private static final OperatorContext DOC = new OperatorContext("d1", "es");
  private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  @Test
  void replaceAndKeep() {
    assertEquals("<PERSON>", Operators.replace().apply("Ana", "PERSON", DOC));
    assertEquals("[X]", Operators.replace("[X]").apply("Ana", "PERSON", DOC));
    assertEquals("Ana", Operators.keep().apply("Ana", "PERSON", DOC));
  }

  @Test
  void maskFromStartAndEnd() {
    assertEquals("****5678", Operators.mask('*', 4, false).apply("12345678", "X", DOC));
    assertEquals("1234####", Operators.mask('#', 4, true).apply("12345678", "X", DOC));
    assertEquals("***", Operators.mask('*', -1, false).apply("a😀b", "X", DOC)); // code points, not chars
  }

  @Test
  void hashIsSaltedSha256() {
    String h = Operators.hash("pepper").apply("Ana", "PERSON", DOC);
    assertEquals(64, h.length());
    assertEquals(h, Operators.hash("pepper").apply("Ana", "PERSON", DOC));
    assertNotEquals(h, Operators.hash("salt").apply("Ana", "PERSON", DOC));
    assertThrows(IllegalArgumentException.class, () -> Operators.hash(""));
  }

  @Property(seed = "42", tries = 100)
  void encryptRoundTrips(@ForAll String value) {
    String token = Operators.encrypt(KEY).apply(value, "PERSON", DOC);
    assertEquals(value, Operators.decrypt(token, KEY));
  }

  @Test
  void decryptWithAWrongKeyFails() {
    String token = Operators.encrypt(KEY).apply("Ana Ruiz", "PERSON", DOC);
    byte[] other = KEY.clone();
    other[0] ^= 1;
    assertThrows(IllegalArgumentException.class, () -> Operators.decrypt(token, other));
    assertThrows(IllegalArgumentException.class, () -> Operators.encrypt(new byte[5]));
  }

  @Test
  void pseudonymsAreConsistentAcrossDocumentsAndFitTheType() {
    Operator p = Operators.pseudonymize("s3cret", false);
    String a = p.apply("Ana Ruiz", "PERSON", DOC);
    assertEquals(a, p.apply("ana  ruiz", "PERSON", new OperatorContext("d2", "es")));
    assertNotEquals("Ana Ruiz", a);
    assertEquals(2, a.split(" ").length, a);
    String card = p.apply("4111 1111 1111 1111", "CREDIT_CARD", DOC);
    assertTrue(Validators.luhn(card), card);
    assertEquals(19, card.length());
    String iban = p.apply("GB82WEST12345698765432", "IBAN_CODE", DOC);
    assertTrue(iban.startsWith("GB") && Validators.iban(iban), iban);
    assertTrue(p.apply("ana@example.com", "EMAIL_ADDRESS", DOC).endsWith("@example.org"));
    String address = p.apply("Calle Olmo 3\n28001 Madrid", "STREET_ADDRESS", DOC);
    assertTrue(address.matches("\\p{L}[\\p{L} ]+ \\d+, \\p{L}[\\p{L} -]+"), address); // street, number, town
    assertEquals(address, p.apply("calle olmo 3 28001 madrid", "STREET_ADDRESS", DOC));
  }

  @Test
  void documentScopedPseudonymsDifferPerDocument() {
    Operator p = Operators.pseudonymize("s3cret", true);
    String a = p.apply("Ana Ruiz", "PERSON", DOC);
    assertEquals(a, p.apply("Ana Ruiz", "PERSON", DOC));
    boolean anyDifferent = false;
    for (int i = 0; i < 10; i++) {
      anyDifferent |= !a.equals(p.apply("Ana Ruiz", "PERSON", new OperatorContext("other" + i, "es")));
    }
    assertTrue(anyDifferent);
  }
}
