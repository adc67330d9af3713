package io.polylink.redact.recognize;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import io.polylink.redact.Recognizer;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named hospitals, clinics and health centres outside English ("Hospital Universitario La Paz", "Hôpital
 * Saint-Louis", "Centro de Salud Los Ángeles", "Klinikum Großhadern"), typed {@value PiiTypes#HEALTH_CENTRE} so a
 * policy can keep or redact them apart from other organizations: in clinical notes where a patient was treated says
 * much about them. Only a capitalized head noun followed by a capitalized name counts; "l'hôpital" alone names none.
 */
public final class HealthCentreRecognizer implements Recognizer {

  private static final String HEADS = String.join("|", "Hospital Universitario", "Hospital Clínico", "Hospital",
      "Hôpital", "Centre hospitalier universitaire", "Centre hospitalier", "Clinique", "Clínica", "Centro de Salud",
      "Centro de salud", "Centre de santé", "Klinikum", "Krankenhaus", "Klinik", "Universitätsklinikum", "Ospedale",
      "Policlinico", "Azienda Ospedaliera", "Ziekenhuis", "Academisch Ziekenhuis", "Szpital", "Sjukhus",
      "Hospital de", "Больница", "Поликлиника");
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}?[\\p{L}'’]+)*";
  private static final String LINK = "(?:de|del|de la|de los|de las|du|de l'|des|di|della|do|da|dos|von|van|der|"
      + "im|am|zum|Saint|San|Santa|Sant)";
  private static final Pattern NAME = Pattern.compile("(?<![\\p{L}])(?:" + HEADS + ")(?:\\s+(?:" + LINK + "\\s+)?"
      + NAME_WORD + "){1,4}(?![\\p{L}])");

  private static final WordStarts STARTS = WordStarts.ofAlternation(HEADS);

  @Override
  public String name() {
    return "health-centres";
  }

  @Override
  public Set<String> types() {
    return Set.of(PiiTypes.HEALTH_CENTRE);
  }

  @Override
  public Set<String> languages() {
    return CueNameRecognizer.LANGUAGES;
  }

  @Override
  public void recognize(String text, String language, List<Detection> out) {
    Matcher m = STARTS.matcher(NAME, text);
    int from = 0;
    while (STARTS.next(m, text, from)) {
      from = m.end();
      int end = m.end();
      while (end > m.start() && text.charAt(end - 1) == '.') {
        end--;
      }
      out.add(new Detection(PiiTypes.HEALTH_CENTRE, m.start(), end, 0.8, name()));
    }
  }
}
