package io.polylink.redact.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.redact.Detection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains on a tiny generated brat corpus, saves, loads and tags unseen text. */
class TaggerModelTest {

  private static final String[] GIVEN = {"Ana", "Luis", "Marta", "Pedro", "Rosa", "Juan", "Elena", "Pablo"};
  private static final String[] FAMILY = {"Ruiz", "Gómez", "Díaz", "Pérez", "Soto", "Vega", "Mora", "Cano"};

  private static void corpus(Path dir, int docs, int offset) throws Exception {
    Files.createDirectories(dir);
    for (int i = 0; i < docs; i++) {
      String name = GIVEN[(i + offset) % GIVEN.length] + " " + FAMILY[(i * 3 + offset) % FAMILY.length];
      String nhc = Integer.toString(100000 + i * 7919 % 900000);
      String text = "Datos del paciente.\nNombre: " + name + ".\nNHC: " + nhc + ".\nPaciente de 70 años.\n";
      int ns = text.indexOf(name);
      int is = text.indexOf(nhc);
      Files.writeString(dir.resolve("d" + i + ".txt"), text, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("d" + i + ".ann"), "T1\tNOMBRE " + ns + " " + (ns + name.length()) + "\t" + name
          + "\nT2\tID " + is + " " + (is + nhc.length()) + "\t" + nhc + "\n", StandardCharsets.UTF_8);
    }
  }

  @Test
  void learnsFormFieldsAndRoundTripsThroughItsFile(@TempDir Path dir) throws Exception {
    corpus(dir.resolve("train"), 40, 0);
    TaggerModel m = TaggerModel.train(BratCorpus.read(dir.resolve("train")), new TaggerModel.Settings(5, 42, 1));
    assertEquals(List.of("ID", "NOMBRE"), m.types());
    Path file = dir.resolve("m.plm");
    m.save(file);
    TaggerModel loaded = TaggerModel.load(file);
    String text = "Datos del paciente.\nNombre: Carmen Vidal.\nNHC: 554433.\n";
    List<Detection> found = loaded.tag(text);
    List<String> got = found.stream().map(d -> d.type() + ":" + text.substring(d.start(), d.end())).toList();
    assertEquals(List.of("NOMBRE:Carmen Vidal", "ID:554433"), got);
    assertEquals(got, m.tag(text).stream().map(d -> d.type() + ":" + text.substring(d.start(), d.end())).toList());
  }

  @Test
  void trainingIsDeterministic(@TempDir Path dir) throws Exception {
    corpus(dir.resolve("t"), 20, 3);
    List<AnnotatedText> docs = BratCorpus.read(dir.resolve("t"));
    TaggerModel.train(docs, new TaggerModel.Settings(3, 7, 1)).save(dir.resolve("a.plm"));
    TaggerModel.train(docs, new TaggerModel.Settings(3, 7, 1)).save(dir.resolve("b.plm"));
    assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a.plm")), Files.readAllBytes(dir.resolve("b.plm"))));
  }

  @Test
  void rejectsBadInput(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("x.txt"), "abc");
    Files.writeString(dir.resolve("x.ann"), "T1\tNAME 0 9\tabcdefghi\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BratCorpus.read(dir));
    assertTrue(e.getMessage().contains("x.ann"), e.getMessage());
    Files.writeString(dir.resolve("bad.plm"), "not a model");
    assertThrows(java.io.IOException.class, () -> TaggerModel.load(dir.resolve("bad.plm")));
  }

  /** Issue 14, item 2: an error about an annotation file does not quote the annotated text. */
  @Test
  void aMalformedAnnotationLineIsNamedWithoutItsText(@TempDir Path dir) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("d.txt"), "Nombre: Ana Ruiz.");
    java.nio.file.Files.writeString(dir.resolve("d.ann"), "T1\tNOMBRE\tAna Ruiz\n");
    String e = assertThrows(IllegalArgumentException.class, () -> BratCorpus.read(dir)).getMessage();
    assertTrue(e.contains("d.ann:1") && !e.contains("Ana"), e);
  }

  @Test
  void aTitleAloneJoinsTheNameAfterTheConjunction() {
    String t = "Les requérants, M. et Mme Robins, et M. Dupont et Mme Durand.";
    java.util.function.BiFunction<Integer, Integer, Detection> per = (a, b) -> new Detection("PER", a, b, 0.85, "t");
    int m = t.indexOf("M. et");
    int robins = t.indexOf("Mme Robins");
    int dupont = t.indexOf("M. Dupont");
    int durand = t.indexOf("Mme Durand");
    List<Detection> joined = TaggerModel.joinTitledCouples(t, List.of(per.apply(m, m + 2),
        per.apply(robins, robins + 10), per.apply(dupont, dupont + 9), per.apply(durand, durand + 10)));
    assertEquals(List.of("M. et Mme Robins", "M. Dupont", "Mme Durand"),
        joined.stream().map(d -> t.substring(d.start(), d.end())).toList());
    // a title of another type, or a name (not a title) before the conjunction, stays apart
    List<Detection> apart = TaggerModel.joinTitledCouples(t, List.of(new Detection("LOC", m, m + 2, 0.85, "t"),
        per.apply(robins, robins + 10)));
    assertEquals(2, apart.size());
  }
}
