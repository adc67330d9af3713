package io.polylink.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.redact.tagger.AnnotatedText;
import io.polylink.redact.tagger.TaggerModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 3: the user chooses the recognizers, and a trained model's language decides the default. */
class RecognizerChoiceTest {

  private static final String[] NAMES = {"Ana Ruiz", "Luis Soto", "Rosa Vega", "Juan Mora", "Elena Cano", "Pablo Díaz"};
  static final String CLINICAL = "Datos del paciente.\nNombre: Rosa Vega.\nFecha de nacimiento: 12/03/1956.\n";

  /** A small Spanish clinical corpus: a name after "Nombre:", the rest ordinary Spanish prose. */
  static List<AnnotatedText> spanishCorpus() {
    List<AnnotatedText> docs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String name = NAMES[i % NAMES.length];
      String text = "Datos del paciente.\nNombre: " + name + ".\nEl paciente ingresa en el hospital por dolor "
          + "abdominal y fiebre desde hace tres días; no tiene alergias conocidas y vive con su familia.\n";
      int at = text.indexOf(name);
      docs.add(new AnnotatedText("d" + i, text, List.of(new Detection("NOMBRE", at, at + name.length(), 1.0, "d"))));
    }
    return docs;
  }

  private static List<Detection> found(Redactor r, String text) {
    return r.analyze("d", text, "es");
  }

  @Test
  void aSpanishModelSwitchesOffTheEnglishNameRecognizersByDefault(@TempDir Path dir) throws Exception {
    TaggerModel m = TaggerModel.train(spanishCorpus(), new TaggerModel.Settings(5, 42, 1));
    assertEquals("es", m.language(), "identified from the training text");
    m.save(dir.resolve("m.plm"));
    TaggerModel loaded = TaggerModel.load(dir.resolve("m.plm"));
    assertEquals("es", loaded.language(), "recorded in the model file");

    List<Detection> d = found(Redactor.builder().model(loaded).build(), CLINICAL);
    assertTrue(d.stream().noneMatch(x -> x.recognizer().equals("name-tagger") || x.recognizer().equals("names")), d.toString());
    assertTrue(d.stream().noneMatch(x -> x.type().equals(PiiTypes.STREET_ADDRESS)), d.toString());
    assertTrue(d.stream().anyMatch(x -> x.type().equals("NOMBRE")), d.toString());
    assertTrue(d.stream().anyMatch(x -> x.type().equals(PiiTypes.DATE_TIME)), "patterns stay: " + d);

    // the user can still ask for them, and they run on English text; never on Spanish text, whatever is asked
    Redactor asked = Redactor.builder().model(loaded)
        .recognizers(RecognizerSelection.parse("default,name-tagger", "--recognizers")).build();
    assertTrue(found(asked, CLINICAL).stream().noneMatch(x -> x.recognizer().equals("name-tagger")),
        found(asked, CLINICAL).toString());
    List<Detection> inEnglish = asked.analyze("d", "Patient data.\nName: Rosa Vega, seen by Dr. John Miller.", "en");
    assertTrue(inEnglish.stream().anyMatch(x -> x.recognizer().equals("name-tagger")), inEnglish.toString());
  }

  @Test
  void recognizersBuiltForEnglishNeverRunOnAnotherLanguage() {
    String french = "Le requérant, M. Pierre Dubois, a saisi la Cour européenne des droits de l'homme le 3 mai 1996 "
        + "au titre de l'article 34 de la Convention, après une décision de la cour d'appel de Lyon.";
    Redactor r = Redactor.builder().build();
    for (String lang : List.of("fr", "fr-FR", "")) {
      List<Detection> d = r.analyze("d", french, lang);
      assertTrue(d.stream().noneMatch(x -> x.recognizer().equals("name-tagger") || x.recognizer().equals("names")),
          lang + ": " + d);
      assertTrue(d.stream().anyMatch(x -> x.type().equals(PiiTypes.DATE_TIME)), "patterns stay: " + d);
    }
    String english = "The applicant, Mr Peter Doyle, applied to the European Court of Human Rights on 3 May 1996.";
    assertTrue(r.analyze("d", english, "").stream().anyMatch(x -> x.type().equals(PiiTypes.PERSON)));
  }

  @Test
  void aTrainedModelOutranksTheBuiltInsOnTheTypeFamiliesItLearned() {
    TaggerModel m = TaggerModel.train(spanishCorpus(), new TaggerModel.Settings(5, 42, 1)).withLanguage("");
    String text = "Patient data.\nName: Rosa Vega, seen by Dr. John Miller on 2020-01-02.";
    List<Detection> d = Redactor.builder().model(m).build().analyze("d", text, "en");
    // NOMBRE is a PERSON type: the built-in PERSON findings give way to the model's; dates stay (the model has none)
    assertTrue(d.stream().noneMatch(x -> x.type().equals(PiiTypes.PERSON)), d.toString());
    assertTrue(d.stream().anyMatch(x -> x.type().equals(PiiTypes.DATE_TIME)), d.toString());
    List<Detection> without = Redactor.builder().build().analyze("d", text, "en");
    assertTrue(without.stream().anyMatch(x -> x.type().equals(PiiTypes.PERSON)), without.toString());
  }

  @Test
  void recognizersAreChosenByNameAndGroup() {
    String text = "Mail ana@example.com, call +34 612 345 678 on 2024-05-01.";
    Redactor onlyEmail = Redactor.builder().recognizers(RecognizerSelection.parse("email", "--recognizers")).build();
    assertEquals("Mail <EMAIL_ADDRESS>, call +34 612 345 678 on 2024-05-01.", onlyEmail.redact("d", text).text());
    Redactor noDates = Redactor.builder().recognizers(RecognizerSelection.parse("-date", "--recognizers")).build();
    assertEquals("Mail <EMAIL_ADDRESS>, call <PHONE_NUMBER> on 2024-05-01.", noDates.redact("d", text).text());
    Redactor patterns = Redactor.builder().recognizers(RecognizerSelection.parse("patterns", "--recognizers")).build();
    assertFalse(patterns.analyze("d", "Ana Ruiz lives here.", "en").stream().anyMatch(x -> x.type().equals("PERSON")));
  }

  @Test
  void unknownOrUnconfiguredRecognizersAreErrors() {
    String e = assertThrows(IllegalArgumentException.class, () -> Redactor.builder()
        .recognizers(RecognizerSelection.parse("patterns,emails", "--recognizers")).build()).getMessage();
    assertTrue(e.contains("--recognizers") && e.contains("'emails'") && e.contains("email"), e);
    e = assertThrows(IllegalArgumentException.class, () -> Redactor.builder()
        .recognizers(RecognizerSelection.parse("tagger", "--recognizers")).build()).getMessage();
    assertTrue(e.contains("'tagger'") && e.contains("model"), e);
    assertThrows(IllegalArgumentException.class, () -> RecognizerSelection.parse("email,,phone", "--recognizers"));
    e = assertThrows(IllegalArgumentException.class, () -> Redactor.builder()
        .recognizers(RecognizerSelection.parse("email,-email", "--recognizers")).build()).getMessage();
    assertTrue(e.contains("no recognizer"), e);
  }
}
