package io.polylink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
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

  /** 30 brat documents of a Spanish form with one annotated name (NOMBRE) each. */
  static Path spanishBrat(Path dir) throws IOException {
    Path brat = Files.createDirectories(dir.resolve("brat"));
    String[] names = {"Ana Ruiz", "Luis Soto", "Rosa Vega", "Juan Mora", "Elena Cano", "Pablo Díaz"};
    for (int i = 0; i < 30; i++) {
      String name = names[i % names.length];
      String text = "Nombre: " + name + ".\nInforme sin incidencias.\n";
      Files.writeString(brat.resolve("d" + i + ".txt"), text, StandardCharsets.UTF_8);
      Files.writeString(brat.resolve("d" + i + ".ann"), "T1\tNOMBRE 8 " + (8 + name.length()) + "\t" + name + "\n",
          StandardCharsets.UTF_8);
    }
    return brat;
  }

  @Test
  void trainsAModelAndUsesIt(@TempDir Path dir) throws Exception {
    Path brat = spanishBrat(dir);
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
  void trainsFromIobTokenFiles(@TempDir Path dir) throws Exception {
    StringBuilder iob = new StringBuilder();
    String[][] names = {{"Ana", "Ruiz"}, {"Luis", "Soto"}, {"Rosa", "Vega"}, {"Juan", "Mora"}, {"Elena", "Cano"}};
    for (int i = 0; i < 30; i++) {
      String[] n = names[i % names.length];
      iob.append("La O\r\ndemandante O\r\n, O\r\n").append(n[0]).append(" B-PER\r\n").append(n[1])
          .append(" I-PER\r\n, O\r\npresentó O\r\nuna O\r\ndemanda O\r\n. O\r\n\r\n");
    }
    Path file = dir.resolve("train.tsv");
    Files.writeString(file, iob.toString(), StandardCharsets.UTF_8);
    Path model = dir.resolve("m.plm");
    String[] t = run("redact", "train", "--format", "iob", "--input", file.toString(), "--output", model.toString(),
        "--epochs", "5", "--language", "es");
    assertEquals("0", t[0], t[2]);
    assertTrue(t[2].contains("trained on 30 documents (30 spans)"), t[2]);
    String[] r = run("redact", "--no-linker", "--model", model.toString(), "--language", "es",
        "La demandante, Rosa Vega, presentó una demanda.");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("<PER>"), r[1]);
    Files.writeString(file, "Ana PERSON\n", StandardCharsets.UTF_8);
    String[] bad = run("redact", "train", "--format", "iob", "--input", file.toString(), "--output", model.toString());
    assertEquals("2", bad[0], bad[2]);
    assertTrue(bad[2].contains("train.tsv line 1: tag must be O, B-TYPE or I-TYPE, got 'PERSON'"), bad[2]);
    String[] fmt = run("redact", "train", "--format", "conll2003", "--input", file.toString(), "--output",
        model.toString());
    assertTrue(fmt[2].contains("--format must be brat or iob, got 'conll2003'"), fmt[2]);
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

  /** Issue 14, item 1: a misspelled type is an error naming it, not a run that redacts nothing. */
  @Test
  void aPolicyWithAMisspelledTypeIsAnError(@TempDir Path dir) throws Exception {
    for (String[] f : new String[][] {{"p.json", "{\"types\":[\"EMAIL\"]}"}, {"p.yaml", "types: [EMAIL, PHONE]\n"},
        {"q.yaml", "min_score: \"abc\"\n"}, {"r.yaml", "operators:\n  EMAIL_ADDRESS: {operator: replace, with: null}\n"}}) {
      Path policy = dir.resolve(f[0]);
      Files.writeString(policy, f[1], StandardCharsets.UTF_8);
      String[] r = run("redact", "--no-linker", "--policy", policy.toString(), "mail ana@example.com");
      assertFalse(r[0].equals("0"), f[1] + " -> " + r[1]);
      assertFalse(r[1].contains("ana@example.com"), r[1]);
      assertTrue(r[2].contains(policy.toString()), r[2]);
    }
    Files.writeString(dir.resolve("p.json"), "{\"types\":[\"EMAIL\"]}");
    String err = run("redact", "--no-linker", "--policy", dir.resolve("p.json").toString(), "x")[2];
    assertTrue(err.contains("'EMAIL'") && err.contains("EMAIL_ADDRESS"), err);
  }

  /** Issue 14, item 2: a line that is not JSON is named by its number; none of its text reaches any output. */
  @Test
  void skippedLinesLeaveNoTextInRecordsReportOrErrors(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    String secret = "Ana Ruiz, DNI 12345678Z, Calle Mayor 5, Madrid";
    Files.writeString(in, "{\"id\":\"a\",\"text\":\"ok\"}\n" + secret + "\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    Path report = dir.resolve("report.json");
    String[] r = run("redact", "--no-linker", "--input", in.toString(), "--output", out.toString(), "--report",
        report.toString(), "--skip-failed");
    assertEquals("1", r[0], r[2]);
    for (String s : new String[] {Files.readString(out), Files.readString(report), r[1], r[2]}) {
      assertFalse(s.contains("Ana") || s.contains("Mayor") || s.contains("12345678Z"), s);
    }
    assertTrue(Files.readString(out).contains("\"id\":\"line 2\""), Files.readString(out));
    String[] stop = run("redact", "--no-linker", "--input", in.toString(), "--output", dir.resolve("o2.jsonl").toString());
    assertTrue(stop[2].contains("line 2") && !stop[2].contains("Ana"), stop[2]);
    // redact decrypt reads a corpus too
    Path policy = dir.resolve("p.yaml");
    Files.writeString(policy, "default: {operator: encrypt, key: AAAAAAAAAAAAAAAAAAAAAA==}\n");
    String[] d = run("redact", "decrypt", "--policy", policy.toString(), "--input", in.toString());
    assertTrue(d[2].contains("line 2") && !d[2].contains("Ana"), d[2]);
  }

  /** Issue 14, item 3: --recognizers chooses what runs; an unknown name is an error. */
  @Test
  void recognizersOptionChoosesWhatRuns() {
    String[] r = run("redact", "--no-linker", "--recognizers", "email", "Ana Ruiz: ana@example.com, +34 612 345 678");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("Ana Ruiz: <EMAIL_ADDRESS>, +34 612 345 678"), r[1]);
    String[] bad = run("redact", "--no-linker", "--recognizers", "patterns,emial", "x");
    assertFalse(bad[0].equals("0"));
    assertTrue(bad[2].contains("--recognizers") && bad[2].contains("'emial'"), bad[2]);
    String[] noModel = run("redact", "--no-linker", "--recognizers", "tagger", "x");
    assertTrue(noModel[2].contains("--model"), noModel[2]);
  }

  /** Issue 14, item 3: a Spanish model keeps the English tagger off ("Datos del paciente" is no address). */
  @Test
  void aSpanishModelSwitchesOffTheEnglishTagger(@TempDir Path dir) throws Exception {
    Path brat = spanishBrat(dir);
    Path model = dir.resolve("m.plm");
    String[] t = run("redact", "train", "--input", brat.toString(), "--output", model.toString(), "--epochs", "3",
        "--language", "es");
    assertEquals("0", t[0], t[2]);
    assertTrue(t[2].contains("language es"), t[2]);
    String text = "Datos del paciente.\nFecha de nacimiento: 12/03/1956.";
    String[] r = run("redact", "--no-linker", "--model", model.toString(), text);
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("Datos del paciente.") && r[1].contains("Fecha de nacimiento: <DATE_TIME>"), r[1]);
    String[] asked = run("redact", "--no-linker", "--model", model.toString(), "--recognizers", "default,name-tagger",
        text);
    assertFalse(asked[1].contains("Datos del paciente."), "the English tagger, asked for, runs: " + asked[1]);
    String[] bad = run("redact", "train", "--input", brat.toString(), "--output", model.toString(), "--language", "Spanish!");
    assertFalse(bad[0].equals("0"), bad[2]);
  }

  /** Issue 14, item 4: --help and the README document the policy format; both examples parse and use every operator. */
  @Test
  void helpAndReadmeDocumentThePolicyFormat() throws Exception {
    String help = run("redact", "--help")[1];
    String example = help.substring(help.indexOf("Policy file"));
    example = example.substring(example.indexOf('\n') + 1);
    example = example.substring(example.indexOf('\n') + 1, example.indexOf("\nTypes:"));
    Path readme = Path.of("..", "README.md");
    String md = Files.readString(readme);
    String block = md.substring(md.indexOf("```yaml", md.indexOf("**Policy file**")) + 8);
    block = block.substring(0, block.indexOf("```"));
    for (String yaml : new String[] {example, block}) {
      com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper(
          new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(yaml);
      io.polylink.redact.Policy p = io.polylink.redact.Policy.parse(n);
      java.util.Set<String> ops = new java.util.TreeSet<>();
      for (String type : java.util.List.of("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "DATE_TIME", "URL")) {
        ops.add(p.operatorFor(type).name());
      }
      assertEquals(java.util.Set.of("replace", "mask", "hash", "encrypt", "pseudonymize", "keep"), ops, yaml);
      for (String key : java.util.List.of("min_score", "types", "recognizers", "default", "operators", "char", "chars",
          "from_end", "salt", "key", "secret", "scope", "with")) {
        assertTrue(yaml.contains(key + ":"), key + " undocumented in " + yaml);
      }
      assertFalse(p.recognizers().isEmpty());
    }
  }
}
