package io.polylink.eval.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polylink.eval.Annotation;
import io.polylink.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class PiiTokenMetricsTest {

  static Annotation a(int s, int e, String type) {
    return Annotation.gold(new Span(s, e), null, type);
  }

  @Test
  void countsTokensAsPresidioResearchDoes() {
    // tokens: Call(0,4) Ana(5,8) Ruiz(9,13) at(14,16) 555(17,20) -(20,21) 0100(21,25) in(26,28) Paris(29,34) .(34,35)
    String text = "Call Ana Ruiz at 555-0100 in Paris.";
    List<Annotation> gold = List.of(a(5, 13, "PERSON"), a(17, 25, "PHONE_NUMBER"), a(29, 34, "LOCATION"));
    // person half found, phone found as a wrong type, "at" a false positive, Paris missed
    List<Annotation> pred = List.of(a(5, 8, "PERSON"), a(14, 16, "PERSON"), a(17, 25, "DATE_TIME"));
    PiiTokenMetrics m = new PiiTokenMetrics().add(text, gold, pred);
    assertEquals(new Prf(1, 1, 1), m.perType().get("PERSON"));
    assertEquals(new Prf(0, 0, 3), m.perType().get("PHONE_NUMBER"));
    assertEquals(new Prf(0, 3, 0), m.perType().get("DATE_TIME"));
    assertEquals(new Prf(0, 0, 1), m.perType().get("LOCATION"));
    // type ignored: Ana + the 3 phone tokens are hits; "at" is a false positive; Ruiz and Paris are missed
    assertEquals(new Prf(4, 1, 2), m.pii());
  }

  @Test
  void offsetsAreCodePoints() {
    String text = "𝐀 Zoë Ng";
    // code points: 𝐀(0) ' '(1) Z(2) o(3) ë(4) ' '(5) N(6) g(7)
    PiiTokenMetrics m = new PiiTokenMetrics().add(text, List.of(a(2, 8, "PERSON")), List.of(a(2, 5, "PERSON")));
    assertEquals(new Prf(1, 0, 1), m.perType().get("PERSON"));
  }
}
