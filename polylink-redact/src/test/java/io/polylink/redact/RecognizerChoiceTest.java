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

    // the user can still ask for them, and an English (or unknown-language) model keeps them on
    List<Detection> asked = found(Redactor.builder().model(loaded)
        .recognizers(RecognizerSelection.parse("default,name-tagger", "--recognizers")).build(), CLINICAL);
    assertTrue(asked.stream().anyMatch(x -> x.recognizer().equals("name-tagger")), asked.toString());
    List<Detection> english = found(Redactor.builder().model(loaded.withLanguage("en")).build(), CLINICAL);
    assertTrue(english.stream().anyMatch(x -> x.recognizer().equals("name-tagger")), english.toString());
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
