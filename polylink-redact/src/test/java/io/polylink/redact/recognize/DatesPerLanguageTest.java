package io.polylink.redact.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import io.polylink.redact.Redactor;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatesPerLanguageTest {

  private static List<String> dates(String text, String lang) {
    List<Detection> d = Redactor.builder().build().analyze("d", text, lang);
    return d.stream().filter(x -> x.type().equals(PiiTypes.DATE_TIME)).map(x -> text.substring(x.start(), x.end()))
        .toList();
  }

  @Test
  void monthNamesAndRangesOfManyLanguages() {
    assertEquals(List.of("3 maart 2016"), dates("Het vonnis van 3 maart 2016 werd bevestigd.", "nl"));
    assertEquals(List.of("3 maja 2016"), dates("Wyrok z dnia 3 maja 2016 r. został utrzymany.", "pl"));
    assertEquals(List.of("3 augusti 2016"), dates("Domen den 3 augusti 2016 fastställdes.", "sv"));
    assertEquals(List.of("3. März 2016"), dates("Das Urteil vom 3. März 2016 wurde bestätigt.", "de"));
    assertEquals(List.of("5 et 6 août 1991"), dates("Les audiences des 5 et 6 août 1991 ont eu lieu.", "fr"));
    assertEquals(List.of("5 y 6 de mayo de 1991"), dates("Las vistas del 5 y 6 de mayo de 1991.", "es"));
  }
}
