package io.polylink.redact.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.redact.Detection;
import io.polylink.redact.Redactor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueNameRecognizerTest {

  private static List<String> found(String text) {
    List<Detection> out = new ArrayList<>();
    new CueNameRecognizer().recognize(text, "fr", out);
    return out.stream().map(d -> d.type() + ":" + text.substring(d.start(), d.end())).toList();
  }

  @Test
  void namesAfterTitlesInManyLanguages() {
    assertEquals(List.of("PERSON:Mme Anne-Marie Andersson"), found("La requérante, Mme Anne-Marie Andersson, était"));
    assertEquals(List.of("PERSON:M. et Mme Robins"), found("en défaveur de M. et Mme Robins."));
    assertEquals(List.of("PERSON:Sra. López"), found("Ha llamado la Sra. López esta mañana."));
    assertEquals(List.of("PERSON:Herr Dr. Müller", "PERSON:Frau Schmidt"), found("Herr Dr. Müller und Frau Schmidt"));
    assertEquals(List.of("PERSON:Pani Kowalska"), found("Pani Kowalska"));
    assertEquals(List.of("PERSON:Dhr. van der Berg"), found("Dhr. van der Berg"));
    // a plural title governs a list of names
    assertEquals(List.of("PERSON:MM. L.-E. Pettiti", "PERSON:I. Foighel", "PERSON:U. Lōhmus"),
        found("à savoir MM. L.-E. Pettiti, I. Foighel et U. Lōhmus (articles 43)"));
    assertEquals(List.of(), found("Le Conseil d'Etat a rejeté la demande."));
  }

  @Test
  void legalProfessionalsAreTypedApart() {
    assertEquals(List.of("LEGAL_PROFESSIONAL:Mme E. Palm"), found("Mme E. Palm, juge élu de nationalité suédoise"));
    assertEquals(List.of("LEGAL_PROFESSIONAL:Clarke", "PERSON:M. et Mme Robins").stream().sorted().toList(),
        found("Le 1er mai 1991, le juge Clarke statua en défaveur de M. et Mme Robins.").stream().sorted().toList());
    assertEquals(List.of("LEGAL_PROFESSIONAL:Me Dupont"), found("représentée par Me Dupont, du barreau de Lyon"));
    assertEquals(List.of("LEGAL_PROFESSIONAL:Sr. Pérez García", "PERSON:Sra. López"),
        found("El abogado Sr. Pérez García y la Sra. López"));
  }

  @Test
  void russianTitlesAndRoles() {
    assertEquals(List.of("PERSON:г-жа Иванова"), found("Заявитель, г-жа Иванова, обратилась в Суд."));
    assertEquals(List.of("LEGAL_PROFESSIONAL:Петров"), found("Дело рассмотрел судья Петров."));
  }

  @Test
  void healthCentresAreTypedApart() {
    List<Detection> out = new ArrayList<>();
    String t = "Ingresó en el Hospital Universitario La Paz y después en el Centro de Salud Los Ángeles. "
        + "L'hôpital a refusé.";
    new HealthCentreRecognizer().recognize(t, "es", out);
    assertEquals(List.of("HEALTH_CENTRE:Hospital Universitario La Paz", "HEALTH_CENTRE:Centro de Salud Los Ángeles"),
        out.stream().map(d -> d.type() + ":" + t.substring(d.start(), d.end())).toList());
  }

  @Test
  void runsOnlyOnTheLanguagesItWasWrittenFor() {
    Redactor r = Redactor.builder().build();
    String fr = "La requérante, Mme Anne-Marie Andersson, a saisi la Commission le 11 février 1992.";
    List<Detection> d = r.analyze("d", fr, "fr");
    assertTrue(d.stream().anyMatch(x -> x.recognizer().equals("cue-names") && x.type().equals("PERSON")), d.toString());
    String en = "Mrs Anne Andersson applied to the Commission on 11 February 1992.";
    assertTrue(r.analyze("d", en, "en").stream().noneMatch(x -> x.recognizer().equals("cue-names")));
  }
}
