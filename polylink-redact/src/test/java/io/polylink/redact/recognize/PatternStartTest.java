package io.polylink.redact.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.redact.Detection;
import io.polylink.redact.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The start filters of the pattern recognizers skip only positions where no match starts. */
class PatternStartTest {

  private static final String[] PIECES = {"4111 1111 1111 1111", "5500-0000-0000-0004", "536-22-8726", "123456789",
      "10.0.0.1", "2001:db8::1", "fe80::", "::1", "user.name+tag@example.com", "a@b.co", "https://example.org/x?y=1",
      "www.example.com", "example.io/path", "2019-03-12", "2019-03-12T10:15:30Z", "12/03/2019", "3.4.21",
      "March 3, 2016", "3rd of March", "3 de marzo de 2016", "Mardi 4 mai", "Sonntag", "Jänner 2020", "1999",
      "2024.", "10:45 pm", "QQ 12 34 56 C", "AB123456D", "12345678Z", "X-1234567-L", "Y1234567X",
      "1 85 05 78 006 084 36", "RSSMRA85T10A562S", "86 095 742 719", "12 345 678 901", "DE89 3704 0044 0532 0130 00",
      "+34 612 345 678", "(212) 555-0100", "Émile", "ÉTÉ", "İstanbul", "août", "Décembre", "ſ", "K", "Marché",
      "MARCHING", "ſeptember", "Ma", "junio_", "Dec.", "sábado,", "MAIſ",
      "word", "Word", "UPPER", "a_b", "x", "-", ".", "/", ":", "@", ",", " ", " ", "\n", "\n\n", "_", "0", "9", "19",
      "20", "abc123", "123abc", "ab-12", "e.g.", "No.", "p.m."};

  @Test
  void filteredMatchesEqualPlainFind() {
    List<PatternRecognizer> recognizers = new ArrayList<>();
    for (Recognizer r : Recognizers.patterns("US")) {
      if (r instanceof PatternRecognizer p) {
        recognizers.add(p);
      }
    }
    assertTrue(recognizers.size() >= 15, "pattern recognizers: " + recognizers.size());
    SplittableRandom rnd = new SplittableRandom(11);
    int found = 0;
    for (int doc = 0; doc < 3000; doc++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + rnd.nextInt(14);
      for (int i = 0; i < n; i++) {
        sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        if (rnd.nextInt(3) > 0) {
          sb.append(rnd.nextBoolean() ? " " : PIECES[rnd.nextInt(PIECES.length)].substring(0, 1));
        }
      }
      String text = sb.toString();
      for (PatternRecognizer p : recognizers) {
        List<Detection> fast = new ArrayList<>();
        List<Detection> plain = new ArrayList<>();
        p.recognize(text, "en", fast);
        p.everyPosition().recognize(text, "en", plain);
        assertEquals(plain, fast, p.name() + " on '" + text + "'");
        found += plain.size();
      }
    }
    assertTrue(found > 3000, "the texts hold matches: " + found);
  }
}
