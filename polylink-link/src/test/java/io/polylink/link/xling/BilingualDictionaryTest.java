package io.polylink.link.xling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BilingualDictionaryTest {

  @TempDir Path tmp;

  @Test
  void readsMuseLinesInBothDirections() throws IOException {
    Path f = Files.writeString(tmp.resolve("pl-en.dict"), "manager @ kierownik\nmanager @ menedżer\nsales @ sprzedaż\n",
        StandardCharsets.UTF_8);
    BilingualDictionary d = BilingualDictionary.read(List.of(f));
    assertEquals(Set.of("manager"), d.translations("Kierownik"));
    assertEquals(Set.of("kierownik", "menedżer"), d.translations("manager"));
  }

  @Test
  void readsTsvPairs() throws IOException {
    Path f = Files.writeString(tmp.resolve("estonian.txt"), "teacher\topetaja\nnurse\tõde\n", StandardCharsets.UTF_8);
    assertEquals(Set.of("teacher"), BilingualDictionary.read(List.of(f)).translations("opetaja"));
  }

  @Test
  void readsDictdIndexAndDictzipBody() throws IOException {
    String e1 = "kierownik /kjɛˈrɔvɲik/\n1. manager, head\n2. supervisor\n";
    // WikDict-made FreeDict entries (dict-freedict-pol-eng) follow the translations with a gloss in Polish
    String e2 = "szkoła /ˈʂkɔwa/ <n>\nschool (institution)\ninstytucja zajmująca się nauczaniem dzieci\n";
    byte[] b1 = e1.getBytes(StandardCharsets.UTF_8);
    byte[] b2 = e2.getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp.resolve("pol-eng.dict.dz")))) {
      out.write(b1);
      out.write(b2);
    }
    // dictd offsets and lengths are base64 numbers: A=0, B=1, ...
    String index = "kierownik\tA\t" + b64(b1.length) + "\nszkoła\t" + b64(b1.length) + "\t" + b64(b2.length) + "\n";
    Path idx = Files.writeString(tmp.resolve("pol-eng.index"), index, StandardCharsets.UTF_8);
    BilingualDictionary d = BilingualDictionary.read(List.of(idx));
    assertEquals(Set.of("manager", "head", "supervisor"), d.translations("kierownik"));
    assertEquals(Set.of("school"), d.translations("szkoła"));
    assertEquals(Set.of("kierownik"), d.translations("supervisor"));
  }

  @Test
  void inflectedWordsMeetTheLemmaThroughTheStemmer() throws IOException {
    Path f = Files.writeString(tmp.resolve("pl.tsv"), "manager\tkierownik\n", StandardCharsets.UTF_8);
    BilingualDictionary d = BilingualDictionary.read(List.of(f));
    assertTrue(d.translations("kierownika").isEmpty());
    assertEquals(Set.of("manager"), d.translate("kierownika", "pl"));
  }

  @Test
  void missingFileIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BilingualDictionary.read(List.of(tmp.resolve("nope.dict"))));
    assertTrue(e.getMessage().contains("nope.dict"), e.getMessage());
  }

  private static String b64(int v) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    StringBuilder s = new StringBuilder();
    do {
      s.insert(0, alphabet.charAt(v % 64));
      v /= 64;
    } while (v > 0);
    return s.toString();
  }
}
