package io.polylink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactCommandTest {

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PolylinkCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void redactsTextArguments() {
    String[] r = run("redact", "--no-linker", "Mail ana@example.com now");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("Mail <EMAIL_ADDRESS> now"), r[1]);
    assertFalse(r[1].contains("ana@example.com"), r[1]);
  }

  @Test
  void streamsJsonlWithAReportAndFailsClosed(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"text\":\"call +34 612 345 678\"}\nnot json\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    Path report = dir.resolve("report.json");
    String[] r = run("redact", "--no-linker", "--input", in.toString(), "--output", out.toString(), "--report",
        report.toString(), "--skip-failed");
    assertEquals("1", r[0], r[2]);
    String written = Files.readString(out);
    assertTrue(written.contains("call <PHONE_NUMBER>"), written);
    assertTrue(written.contains("{\"id\":\"line 2\",\"error\":"), written);
    assertTrue(Files.readString(report).contains("\"PHONE_NUMBER\":1"), Files.readString(report));
    String[] stop = run("redact", "--no-linker", "--input", in.toString(), "--output", dir.resolve("o2.jsonl").toString());
    assertEquals("1", stop[0]);
    assertTrue(stop[2].contains("line 2"), stop[2]);
  }

  @Test
  void trainsAModelAndUsesIt(@TempDir Path dir) throws Exception {
    Path brat = Files.createDirectories(dir.resolve("brat"));
    String[] names = {"Ana Ruiz", "Luis Soto", "Rosa Vega", "Juan Mora", "Elena Cano", "Pablo Díaz"};
    for (int i = 0; i < 30; i++) {
      String name = names[i % names.length];
      String text = "Nombre: " + name + ".\nInforme sin incidencias.\n";
      Files.writeString(brat.resolve("d" + i + ".txt"), text, StandardCharsets.UTF_8);
      Files.writeString(brat.resolve("d" + i + ".ann"), "T1\tNOMBRE 8 " + (8 + name.length()) + "\t" + name + "\n",
          StandardCharsets.UTF_8);
    }
    Path model = dir.resolve("m.plm");
    String[] t = run("redact", "train", "--format", "brat", "--input", brat.toString(), "--output", model.toString(),
        "--epochs", "5");
    assertEquals("0", t[0], t[2]);
    assertTrue(Files.size(model) > 0);
    String[] r = run("redact", "--no-linker", "--model", model.toString(), "Nombre: Carmen Vidal.\nInforme.");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("<NOMBRE>"), r[1]);
  }

  @Test
  void decryptGivesBackWhatThePolicyEncrypted(@TempDir Path dir) throws Exception {
    Path policy = dir.resolve("p.yaml");
    Files.writeString(policy, "operators:\n  EMAIL_ADDRESS: {operator: encrypt, key: "
        + java.util.Base64.getEncoder().encodeToString(new byte[16]) + "}\n", StandardCharsets.UTF_8);
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"text\":\"mail ana@example.com or call +34 612 345 678\"}\n",
        StandardCharsets.UTF_8);
    Path redacted = dir.resolve("redacted.jsonl");
    String[] r = run("redact", "--no-linker", "--policy", policy.toString(), "--input", in.toString(), "--output",
        redacted.toString());
    assertEquals("0", r[0], r[2]);
    assertFalse(Files.readString(redacted).contains("ana@example.com"), Files.readString(redacted));
    Path restored = dir.resolve("restored.jsonl");
    String[] d = run("redact", "decrypt", "--policy", policy.toString(), "--input", redacted.toString(), "--output",
        restored.toString());
    assertEquals("0", d[0], d[2]);
    String back = Files.readString(restored);
    assertTrue(back.contains("\"text\":\"mail ana@example.com or call <PHONE_NUMBER>\""), back);
    assertTrue(back.contains("\"id\":\"a\""), back);
    assertTrue(d[2].contains("gave back 1 encrypted values"), d[2]);

    Files.writeString(dir.resolve("bad.jsonl"), "{\"text\":\"x\"}\nnot json\n", StandardCharsets.UTF_8);
    String[] bad = run("redact", "decrypt", "--policy", policy.toString(), "--input",
        dir.resolve("bad.jsonl").toString(), "--output", restored.toString());
    assertEquals("2", bad[0], bad[2]);
    assertTrue(bad[2].contains("line 2"), bad[2]);
    assertEquals(back, Files.readString(restored), "a failed run leaves the previous output as it was");

    Path plain = dir.resolve("plain.yaml");
    Files.writeString(plain, "operators:\n  EMAIL_ADDRESS: {operator: mask}\n", StandardCharsets.UTF_8);
    String[] none = run("redact", "decrypt", "--policy", plain.toString(), "x");
    assertEquals("2", none[0], none[2]);
    assertTrue(none[2].contains("no encrypt operator"), none[2]);
  }
}
