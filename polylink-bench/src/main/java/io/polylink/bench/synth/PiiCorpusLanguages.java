package io.polylink.bench.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generated documents per language for redaction speed ({@code {"id","text","language"}} JSONL): court-report and
 * letter sentences written per language with titled names, dates, e-mails, phone numbers and places, beside the
 * ordinary prose around them. Seeded; the same seed gives the same bytes.
 */
public final class PiiCorpusLanguages {

  private PiiCorpusLanguages() {}

  private static final String[] GIVEN = {"Ana", "Jean", "Marta", "Pierre", "Sofia", "Lukas", "Olga", "Anne-Marie",
      "Carlos", "Giulia", "Jan", "Eva"};
  private static final String[] FAMILY = {"Ruiz", "Dubois", "Gómez", "Schmidt", "Rossi", "Andersson", "Kowalska",
      "Martin", "Müller", "García López", "De Meyer", "Bernard"};
  private static final String[] PLACES = {"Paris", "Berlin", "Madrid", "Lyon", "Rome", "Vienna", "Warsaw", "Sevilla",
      "Göteborg", "Strasbourg"};

  /** Sentences per language; {T} a title, {N} a name, {D} a date, {P} a place, {E} an e-mail, {F} a phone. */
  public static final Map<String, List<String>> SENTENCES = Map.of(
      "en", List.of("The applicant, {T} {N}, lodged an application with the Court on {D}.",
          "The hearing took place in {P}; the registrar wrote to {E} and called {F}.",
          "In its judgment the court of appeal held that the decision had been lawful and dismissed the appeal.",
          "{T} {N} was represented by counsel, who argued that the proceedings had lasted too long."),
      "fr", List.of("La requérante, {T} {N}, a saisi la Cour d'une requête le {D}.",
          "L'audience s'est déroulée à {P} ; le greffier a écrit à {E} et appelé le {F}.",
          "Dans son arrêt, la cour d'appel a jugé que la décision était légale et a rejeté le recours.",
          "{T} {N} était représentée par son avocat, qui a soutenu que la procédure avait été trop longue."),
      "es", List.of("La demandante, {T} {N}, presentó una demanda ante el Tribunal el {D}.",
          "La vista se celebró en {P}; el secretario escribió a {E} y llamó al {F}.",
          "En su sentencia, el tribunal de apelación consideró que la decisión era legal y desestimó el recurso.",
          "{T} {N} estuvo representada por su abogado, que alegó que el procedimiento había durado demasiado."),
      "de", List.of("Die Beschwerdeführerin, {T} {N}, reichte am {D} eine Beschwerde beim Gerichtshof ein.",
          "Die Verhandlung fand in {P} statt; die Kanzlei schrieb an {E} und rief {F} an.",
          "In seinem Urteil stellte das Berufungsgericht fest, dass die Entscheidung rechtmäßig war.",
          "{T} {N} wurde von einem Anwalt vertreten, der vortrug, dass das Verfahren zu lange gedauert habe."));
  private static final Map<String, String[]> TITLES = Map.of("en", new String[] {"Mrs", "Mr", "Ms"}, "fr",
      new String[] {"Mme", "M."}, "es", new String[] {"Sra.", "Sr.", "D."}, "de", new String[] {"Frau", "Herr"});
  private static final Map<String, String[]> MONTHS = Map.of(
      "en", new String[] {"January", "March", "May", "July", "October", "December"},
      "fr", new String[] {"janvier", "mars", "mai", "juillet", "octobre", "décembre"},
      "es", new String[] {"enero", "marzo", "mayo", "julio", "octubre", "diciembre"},
      "de", new String[] {"Januar", "März", "Mai", "Juli", "Oktober", "Dezember"});

  /** One document of {@code language} (en, fr, es, de), 4-12 sentences. */
  public static String document(String language, SplittableRandom r) {
    List<String> sentences = SENTENCES.get(language);
    if (sentences == null) {
      throw new IllegalArgumentException("no sentences for language '" + language + "', expected one of "
          + SENTENCES.keySet().stream().sorted().toList());
    }
    StringBuilder sb = new StringBuilder();
    int n = 4 + r.nextInt(9);
    for (int i = 0; i < n; i++) {
      String s = sentences.get(r.nextInt(sentences.size()));
      String[] months = MONTHS.get(language);
      String month = months[r.nextInt(months.length)];
      int day = 1 + r.nextInt(28);
      int year = 1980 + r.nextInt(40);
      String date = switch (language) {
        case "en" -> day + " " + month + " " + year;
        case "es" -> day + " de " + month + " de " + year;
        case "de" -> day + ". " + month + " " + year;
        default -> day + " " + month + " " + year;
      };
      String given = GIVEN[r.nextInt(GIVEN.length)];
      String family = FAMILY[r.nextInt(FAMILY.length)];
      String[] titles = TITLES.get(language);
      s = s.replace("{T}", titles[r.nextInt(titles.length)]).replace("{N}", given + " " + family)
          .replace("{D}", date).replace("{P}", PLACES[r.nextInt(PLACES.length)])
          .replace("{E}", given.toLowerCase(java.util.Locale.ROOT).replace('-', '.') + "@example.org")
          .replace("{F}", "+33 1 " + (40 + r.nextInt(50)) + " " + (10 + r.nextInt(89)) + " " + (10 + r.nextInt(89))
              + " " + (10 + r.nextInt(89)));
      sb.append(s).append(i % 3 == 2 ? "\n" : " ");
    }
    return sb.toString().strip();
  }

  /** Writes at least {@code bytes} of {@code language} documents as JSONL with their language. */
  public static void write(Path file, String language, long bytes, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    long written = 0;
    int id = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      while (written < bytes) {
        String text = document(language, r);
        String line = "{\"id\":\"" + language + "-" + (id++) + "\",\"language\":\"" + language + "\",\"text\":\""
            + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}\n";
        w.write(line);
        written += line.getBytes(StandardCharsets.UTF_8).length;
      }
    }
  }
}
