package io.polylink.eval.pii.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.eval.Annotation;
import io.polylink.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegexRecognizersTest {

  private static Map<String, String> found(String text) {
    return RegexRecognizers.find(text).stream().collect(java.util.stream.Collectors.toMap(
        a -> io.polylink.model.TextOffsets.substring(text, a.span()), Annotation::type, (x, y) -> x + "," + y,
        java.util.TreeMap::new));
  }

  @Test
  void mistypedValuesFailTheRedactorsValidators() {
    Map<String, String> f = found("IBAN GB82 WEST 1234 5698 7654 33, SSN 666-12-3456, host 300.1.2.3");
    assertTrue(f.values().stream().noneMatch(t -> t.equals("IBAN_CODE") || t.equals("US_SSN")
        || t.equals("IP_ADDRESS")), f.toString());
    assertEquals("IBAN_CODE", found("IBAN GB82 WEST 1234 5698 7654 32").get("GB82 WEST 1234 5698 7654 32"));
  }

  @Test
  void recognizesTheFixedShapeTypes() {
    Map<String, String> f = found("Mail jo.doe@example.co.uk or call +1 905-674-3793 from 10.0.0.1; card "
        + "4111 1111 1111 1111, SSN 460-89-9847, IBAN GB82WEST12345698765432, see https://www.Example.com/x. "
        + "Born 2000-04-16 11:34:35, seen on March 3, 2004.");
    assertEquals("EMAIL_ADDRESS", f.get("jo.doe@example.co.uk"));
    assertEquals("PHONE_NUMBER", f.get("+1 905-674-3793"));
    assertEquals("IP_ADDRESS", f.get("10.0.0.1"));
    assertEquals("CREDIT_CARD", f.get("4111 1111 1111 1111"));
    assertEquals("US_SSN", f.get("460-89-9847"));
    assertEquals("IBAN_CODE", f.get("GB82WEST12345698765432"));
    assertEquals("URL", f.get("https://www.Example.com/x"));
    assertEquals("DATE_TIME", f.get("2000-04-16 11:34:35"));
    assertEquals("DATE_TIME", f.get("March 3, 2004"));
  }

  @Test
  void aCardFailingLuhnIsNotACardAndSpansAreCodePoints() {
    List<Annotation> a = RegexRecognizers.find("\uD83D\uDE00 4111 1111 1111 1112");
    assertTrue(a.stream().noneMatch(x -> x.type().equals("CREDIT_CARD")), a.toString());
    List<Annotation> mail = RegexRecognizers.find("\uD83D\uDE00 a@b.org");
    assertEquals(new Span(2, 9), mail.get(0).span());
  }
}
