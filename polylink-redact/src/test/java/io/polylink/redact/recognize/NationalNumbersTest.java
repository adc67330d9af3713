package io.polylink.redact.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.redact.Detection;
import io.polylink.redact.Redactor;
import java.util.List;
import org.junit.jupiter.api.Test;

class NationalNumbersTest {

  private static List<String> types(String text, String lang) {
    List<Detection> d = Redactor.builder().build().analyze("d", text, lang);
    return d.stream().map(Detection::type).toList();
  }

  @Test
  void foundWithTheirContextWordsInTheirLanguagesOnly() {
    assertEquals(List.of("NL_BSN"), types("Mijn BSN is 111222333.", "nl"));
    assertEquals(List.of("PL_PESEL"), types("Numer PESEL: 44051401359", "pl"));
    assertEquals(List.of("PT_NIF"), types("O NIF do contribuinte é 123 456 789.", "pt"));
    assertEquals(List.of("BE_NATIONAL_NUMBER"), types("Rijksregisternummer 85.07.30-033.28", "nl"));
    assertEquals(List.of("SE_PERSONNUMMER"), types("Personnummer 811218-9876", "sv"));
    // the same digits in English text are no Polish or Swedish number
    assertTrue(types("Order 44051401359 shipped.", "en").stream().noneMatch(t -> t.equals("PL_PESEL")));
    assertTrue(types("Ref 811218-9876", "en").stream().noneMatch(t -> t.equals("SE_PERSONNUMMER")));
  }
}
