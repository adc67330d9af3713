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
  void rolesThroughAppositionsListsAndRepresentation() {
    // a role before an apposition's comma, a party's representative, the members of a chamber listed one by one
    assertEquals(List.of("LEGAL_PROFESSIONAL:M. R. Bernhardt"),
        found("Le président de la chambre, M. R. Bernhardt, la leur ayant refusée"));
    assertEquals(List.of("LEGAL_PROFESSIONAL:Sra. C. Hellner"),
        found("El Gobierno estuvo representado por su agente, la Sra. C. Hellner, del Ministerio."));
    assertEquals(List.of("LEGAL_PROFESSIONAL:Sra. N. Mole"),
        found("El demandante estaba representado por la Sra. N. Mole, del Aire Centre, abogada que ejerce en Londres."));
    assertEquals(List.of("LEGAL_PROFESSIONAL:M. B. Walsh", "LEGAL_PROFESSIONAL:M. R. Macdonald",
        "LEGAL_PROFESSIONAL:M. J. Casadevall"),
        found("le nom des sept autres membres, à savoir M. B. Walsh, M. R. Macdonald et M. J. Casadevall (articles 43)"));
    assertEquals(List.of("LEGAL_PROFESSIONAL:Mme E. Jagander"),
        found("Mme E. Jagander, directeur au ministère des Affaires étrangères, agent,"));
    // the client of a lawyer, a list after a person, and a role word after a sentence end stay persons
    assertEquals(List.of("PERSON:M. Dupont"), found("L'avocat de M. Dupont a plaidé."));
    assertEquals(List.of("PERSON:M. Geoffrey Robins", "PERSON:Mme Margaret Robins"),
        found("deux citoyens de cet Etat, M. Geoffrey Robins et Mme Margaret Robins, avaient saisi la Commission"));
    assertEquals(List.of("PERSON:Mme Andersson"), found("Mme Andersson, divorcée. Le juge a statué."));
    // a role that ends an opening phrase is no apposition
    assertEquals(List.of("PERSON:M. Dupont"), found("Dans sa lettre au greffier, M. Dupont a indiqué"));
    assertEquals(List.of("PERSON:Sr. García"), found("Tras escribir a la jueza, el Sr. García recurrió."));
    assertEquals(List.of("LEGAL_PROFESSIONAL:M. R. Ryssdal"),
        found("Le 17 septembre 1996, le président de la Cour, M. R. Ryssdal, a tiré au sort"));
  }

  @Test
  void aLegalProfessionalKeepsTheRoleThroughTheText() {
    assertEquals(List.of("LEGAL_PROFESSIONAL:M. R. Ryssdal", "LEGAL_PROFESSIONAL:M. Ryssdal", "PERSON:Mme Andersson"),
        found("Le président de la Cour, M. R. Ryssdal, a tiré au sort. Ensuite, M. Ryssdal a consulté Mme Andersson."));
    // a person of another name stays a person; a family name of one letter ("M. et Mme T.") is no evidence
    assertEquals(List.of("LEGAL_PROFESSIONAL:Me T.", "PERSON:M. et Mme T."),
        found("représentés par Me T., les requérants M. et Mme T. ont saisi la Cour."));
  }

  @Test
  void initialsWithinAndInsteadOfNames() {
    assertEquals(List.of("PERSON:Sr. Steven O. Omojudi"), found("El demandante, Sr. Steven O. Omojudi, es nigeriano."));
    assertEquals(List.of("PERSON:M. et Mme T."), found("les voisins des intéressés, M. et Mme T., qui engagèrent"));
    assertEquals(List.of("PERSON:M. S."), found("l’affaire M. S. c. Suède"));
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
