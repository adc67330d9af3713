package io.polylink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: {@code train-mentions} writes a mention detector that {@code link --mentions-model} uses. */
class TrainMentionsCommandTest {

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PolylinkCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void trainsFromIobAndLinksATaggedFirmTheKbLacksAsNil(@TempDir Path dir) throws Exception {
    StringBuilder iob = new StringBuilder();
    String[][] firms = {{"Quelbin", "Orsat"}, {"Drevik", "Lumard"}, {"Varnek", "Sorbel"}, {"Almaro", "Brisko"}};
    for (int i = 0; i < 40; i++) {
      String[] f = firms[i % firms.length];
      iob.append(f[0]).append(" B-org\n").append(f[1]).append(" I-org\nverkaufte O\ngestern O\nTee O\n. O\n\n");
    }
    Path file = dir.resolve("train.iob");
    Files.writeString(file, iob.toString(), StandardCharsets.UTF_8);
    Path model = dir.resolve("m.plm");
    String[] t = run("train-mentions", "--format", "iob", "--dataset", file.toString(), "--out", model.toString());
    assertEquals("0", t[0], t[2]);
    assertTrue(t[2].contains("trained on 40 documents (40 mentions)"), t[2]);
    String[] r = run("link", "--mentions-model", model.toString(), "Kestrin Fendal verkaufte gestern Tee.");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("\"surface\":\"Kestrin Fendal\"") && r[1].contains("\"type\":\"ORG\""), r[1]);
    String[] bad = run("train-mentions", "--format", "conll", "--dataset", file.toString(), "--out", model.toString());
    assertEquals("2", bad[0], bad[2]);
    assertTrue(bad[2].contains("--format must be hipe, iob, brat, nif or elevant"), bad[2]);
  }
}
