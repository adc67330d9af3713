package io.polylink.redact.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import io.polylink.redact.Redactor;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesPerLanguageTest {

  private static List<String> dates(String text, String lang) {
    List<Detection> d = Redactor.builder().build().analyze("d", text, lang);
    return d.stream().filter(x -> x.type().equals(PiiTypes.DATE_TIME)).map(x -> text.substring(x.start(), x.end()))
        .toList();
  }

  /** Each row: a language, a sentence in it, and the one date (a day, or a range of days) the redactor finds. */
  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      nl | Het vonnis van 3 maart 2016 werd bevestigd.      | 3 maart 2016
      pl | Wyrok z dnia 3 maja 2016 r. został utrzymany.    | 3 maja 2016
      sv | Domen den 3 augusti 2016 fastställdes.           | 3 augusti 2016
      de | Das Urteil vom 3. März 2016 wurde bestätigt.     | 3. März 2016
      fr | Les audiences des 5 et 6 août 1991 ont eu lieu.  | 5 et 6 août 1991
      es | Las vistas del 5 y 6 de mayo de 1991.            | 5 y 6 de mayo de 1991
      """)
  void monthNamesAndRangesOfManyLanguages(String lang, String text, String date) {
    assertEquals(List.of(date), dates(text, lang));
  }
}
