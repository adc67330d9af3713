package io.polylink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users meet it: outputs, exit codes and one-line errors. */
class CliTest {

  @TempDir static Path tmp;
  static Path kb;
  static final ObjectMapper JSON = new ObjectMapper();

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PolylinkCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  static final String ENTITIES = String.join("\n",
      "{\"id\":\"Q90\",\"names\":{\"en\":[\"Paris\"],\"de\":[\"Paris\"],\"ru\":[\"Париж\"]},\"descriptions\":{\"en\":\"capital of France\"},\"types\":[\"Q515\"],\"relations\":{\"P17\":[\"Q142\"]},\"popularity\":300}",
      "{\"id\":\"Q142\",\"names\":{\"en\":[\"France\"],\"de\":[\"Frankreich\"]},\"types\":[\"Q6256\"],\"popularity\":350}",
      "{\"id\":\"Q567\",\"names\":{\"en\":[\"Angela Merkel\",\"Merkel\"]},\"types\":[\"Q5\"],\"popularity\":200}",
      "");

  @BeforeAll
  static void buildKb() throws Exception {
    kb = tmp.resolve("kb");
    Result r = jsonlKb(tmp, ENTITIES);
    assertTrue(r.out().contains("entities   3"), r.out());
  }

  /** {@code kb build} of {@code jsonl} (written to dir/entities.jsonl) into dir/kb; asserts that it succeeded. */
  static Result jsonlKb(Path dir, String jsonl) throws java.io.IOException {
    Path input = dir.resolve("entities.jsonl");
    Files.writeString(input, jsonl);
    return jsonlKb(input, dir.resolve("kb"));
  }

  /** {@code kb build} of the JSONL file {@code input} into {@code kb}; asserts that it succeeded. */
  static Result jsonlKb(Path input, Path kb) {
    Result r = run("kb", "build", "--source", "jsonl", "--input", input.toString(), "--kb", kb.toString(),
        "--no-progress");
    assertEquals(0, r.code(), r.err());
    return r;
  }

  @Test
  void linkFormatLlmMarksMentionsAndAddsOneEntityTablePerDocument() {
    Result r = run("link", "--kb", kb.toString(), "--format", "llm", "--language", "en",
        "Angela Merkel flew from Paris to Paris.", "Nothing here.");
    assertEquals(0, r.code(), r.err());
    assertEquals("Angela Merkel[1] flew from Paris[2] to Paris[2].\n\n[1] Q567 Angela Merkel\n"
        + "[2] Q90 Paris: capital of France\n---\nNothing here.\n", r.out());
  }

  @Test
  void linkPrintsTheJsonContract() throws Exception {
    Result r = run("link", "--kb", kb.toString(), "Angela Merkel flew from Paris to France.", "Париж");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(2, lines.length);
    JsonNode doc = JSON.readTree(lines[0]);
    assertEquals("Angela Merkel flew from Paris to France.", doc.get("text").asText());
    assertTrue(doc.has("language"));
    JsonNode m = doc.get("mentions").get(0);
    for (String field : new String[] {"start", "end", "surface", "id", "label", "score", "nil", "type"}) {
      assertTrue(m.has(field), "mention field " + field + " in " + m);
    }
    assertEquals("Q567", m.get("id").asText());
    assertEquals("PER", m.get("type").asText());
    assertEquals(0, m.get("start").asInt());
    assertEquals(13, m.get("end").asInt());
    assertEquals("Q90", JSON.readTree(lines[1]).get("mentions").get(0).get("id").asText());
  }

  @Test
  void nifOutputIsTurtleWithPhrases() {
    Result r = run("link", "--kb", kb.toString(), "--format", "nif", "Merkel in Paris \"quoted\"");
    assertEquals(0, r.code(), r.err());
    Model model = ModelFactory.createDefaultModel();
    model.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), null, "TTL");
    String nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    assertEquals(2, model.listSubjectsWithProperty(model.createProperty(nif, "anchorOf")).toList().size());
    assertTrue(r.out().contains("http://www.wikidata.org/entity/Q90"));
  }

  @Test
  void spotlightOutputUsesSpotlightFieldNames() throws Exception {
    Result r = run("link", "--kb", kb.toString(), "--format", "spotlight", "Angela Merkel in Paris");
    assertEquals(0, r.code(), r.err());
    JsonNode res = JSON.readTree(r.out()).get("Resources").get(0);
    for (String f : new String[] {"@URI", "@surfaceForm", "@offset", "@similarityScore", "@types", "@support", "@percentageOfSecondRank"}) {
      assertTrue(res.has(f), f + " in " + res);
    }
  }

  @Test
  void invalidUtf8IsAOneLineErrorWithTheOffset() throws Exception {
    Path bad = tmp.resolve("bad.txt");
    Files.write(bad, new byte[] {'P', 'a', 'r', 'i', 's', ' ', (byte) 0xC3, (byte) 0x28});
    Result r = run("link", "--kb", kb.toString(), "--input", bad.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("not valid UTF-8") && r.err().contains("byte offset 6"), r.err());
    assertEquals(1, r.err().strip().split("\n").length, "one line: " + r.err());
  }

  @Test
  void emptyInputAndMissingTextAreErrors() throws Exception {
    Path empty = tmp.resolve("empty.txt");
    Files.writeString(empty, "  \n");
    Result r = run("link", "--kb", kb.toString(), "--input", empty.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("empty input"), r.err());
    Result none = run("link", "--kb", kb.toString());
    assertEquals(2, none.code(), "usage error");
    assertTrue(none.err().contains("nothing to link"), none.err());
  }

  /**
   * Issue 14, item 12: every command printed "WARNING: Using incubator modules" (the launcher's JVM flags) and, without
   * them, Lucene's advice to add them. Runs the CLI as {@code ./polylink} does, with the flags of
   * {@code scripts/find-java.sh}, through a KB build and a link: standard error stays empty.
   */
  @Test
  void theLaunchersJvmFlagsKeepStandardErrorClean() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    ProcessBuilder sh = new ProcessBuilder("bash", "-c",
        ". scripts/find-java.sh >/dev/null && printf %s \"$POLYLINK_JVM_FLAGS\"").directory(root.toFile());
    sh.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = sh.start();
    String flags = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor(), "scripts/find-java.sh failed");
    Path input = tmp.resolve("launcher-entities.jsonl");
    Files.writeString(input, ENTITIES);
    Path launcherKb = tmp.resolve("launcher-kb");
    for (String[] args : new String[][] {
        {"kb", "build", "--source", "jsonl", "--input", input.toString(), "--kb", launcherKb.toString(), "--no-progress"},
        {"link", "--kb", launcherKb.toString(), "Angela Merkel flew from Paris to France."}}) {
      java.util.List<String> cmd = new java.util.ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.addAll(Arrays.asList(flags.split("\\s+")));
      cmd.addAll(java.util.List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
          PolylinkCli.class.getName()));
      cmd.addAll(Arrays.asList(args));
      Process cli = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      String err = new String(cli.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, cli.waitFor(), args[0] + ": " + err);
      assertEquals("", err, args[0] + " with the launcher's flags " + flags);
    }
  }

  /** Issue 14, item 12: {@code link ""} printed an empty document and exited 0 while an empty file exits 1. */
  @Test
  void anEmptyTextArgumentIsAnErrorAsAnEmptyFileIs() {
    Result r = run("link", "--kb", kb.toString(), "Paris", " ");
    assertEquals(1, r.code(), r.out());
    assertEquals("polylink: error: empty input: TEXT argument 2 has no text to link", r.err().strip());
    assertEquals("", r.out(), "nothing written for the good argument either");
    assertEquals(1, run("link", "--kb", kb.toString(), "").code());
  }

  /** Issue 14, item 12: {@code --language deutsch} was accepted and used as a tag; every command refuses it. */
  @Test
  void everyLanguageOptionRefusesCodesThatNameNoLanguage() {
    for (String[] args : new String[][] {{"link", "--kb", kb.toString(), "--language", "deutsch", "Paris"},
        {"redact", "--no-linker", "--language", "deutsch", "Jane Doe"},
        {"discover", "--kb", kb.toString(), "--language", "deutsch", "--input", "-", "--out",
            tmp.resolve("never.jsonl").toString()}}) {
      Result r = run(args);
      assertEquals(2, r.code(), args[0] + ": " + r.err());
      assertEquals("polylink: error: Invalid value for option '--language': unknown language code 'deutsch': did you "
          + "mean 'de' (German)? (see 'polylink " + args[0] + " --help')", r.err().strip(), "one line");
    }
    Result ok = run("link", "--kb", kb.toString(), "--language", "zh-Hans", "Paris");
    assertEquals(0, ok.code(), ok.err());
    assertTrue(ok.out().contains("\"language\":\"zh-hans\""), ok.out());
  }

  @Test
  void aDirectoryThatIsNotAKbIsAnError() throws Exception {
    Path dir = tmp.resolve("not-a-kb");
    Files.createDirectories(dir);
    Result r = run("link", "--kb", dir.toString(), "Paris");
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("polylink: error: not a Polylink KB"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace");
  }

  @Test
  void malformedJsonlLineStopsWithItsNumberOrIsSkipped() throws Exception {
    Path input = tmp.resolve("broken.jsonl");
    Files.writeString(input, ENTITIES + "{\"id\": \"Q1\", \"names\": \n" + "{\"id\":\"Q2\",\"names\":{\"en\":[\"Two\"]}}\n");
    Path target = tmp.resolve("kb-broken");
    Result stop = run("kb", "build", "--source", "jsonl", "--input", input.toString(), "--kb", target.toString(), "--no-progress");
    assertEquals(1, stop.code());
    assertTrue(stop.err().contains("broken.jsonl:4"), stop.err());
    Result skip = run("kb", "build", "--source", "jsonl", "--input", input.toString(), "--kb", target.toString(),
        "--no-progress", "--on-error", "skip");
    assertEquals(0, skip.code(), skip.err());
    assertTrue(skip.err().contains("broken.jsonl:4"), "warning names the line: " + skip.err());
    assertTrue(skip.out().contains("entities   4") && skip.out().contains("malformed  1"), skip.out());
  }

  /** Issue 14 item 8: a JSON error is one plain line, without Jackson's class and feature names. */
  @Test
  void jsonErrorsDoNotQuoteJacksonInternals() throws Exception {
    Path input = tmp.resolve("cut.jsonl");
    Files.writeString(input, ENTITIES + "{\"id\": \"Q1\", \"names\": \n");
    Result build = run("kb", "build", "--source", "jsonl", "--input", input.toString(), "--kb",
        tmp.resolve("kb-cut").toString(), "--no-progress");
    assertEquals(1, build.code());
    assertTrue(build.err().contains("cut.jsonl:4"), build.err());
    assertFalse(io.polylink.kb.source.JsonErrors.quotesInternals(build.err()), build.err());

    Path policy = tmp.resolve("policy.json");
    Files.writeString(policy, "{\"operators\": {\"EMAIL_ADDRESS\": ");
    Result redact = run("redact", "--no-linker", "--policy", policy.toString(), "mail ana@example.com");
    assertTrue(redact.code() != 0, redact.err());
    assertTrue(redact.err().contains("line 1"), redact.err());
    assertFalse(io.polylink.kb.source.JsonErrors.quotesInternals(redact.err()), redact.err());
    assertEquals(1, redact.err().strip().lines().count(), redact.err());
  }

  @Test
  void truncatedCompressedDumpsAreReportedAndThePreviousKbStays() throws Exception {
    byte[] dump = ("[\n" + "{\"type\":\"item\",\"id\":\"Q64\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Berlin\"}},"
        + "\"descriptions\":{},\"aliases\":{},\"claims\":{},\"sitelinks\":{}},\n").repeat(2000).replace(",\n[\n", ",\n")
        .concat("]\n").getBytes(StandardCharsets.UTF_8);
    for (String ext : new String[] {"bz2", "gz"}) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (OutputStream c = ext.equals("gz") ? new GZIPOutputStream(bytes) : new BZip2CompressorOutputStream(bytes)) {
        c.write(dump);
      }
      byte[] whole = bytes.toByteArray();
      Path truncated = tmp.resolve("dump." + ext);
      Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
      Result r = run("kb", "build", "--source", "wikidata", "--input", truncated.toString(), "--kb", kb.toString(), "--no-progress");
      assertEquals(1, r.code(), ext);
      assertTrue(r.err().contains("truncated") || r.err().contains("corrupt"), r.err());
      Result still = run("link", "--kb", kb.toString(), "Angela Merkel");
      assertEquals(0, still.code());
      assertTrue(still.out().contains("Q567"), "previous KB still links after a failed " + ext + " build");
    }
  }

  @Test
  void unknownOptionsAndValuesAreUsageErrors() {
    assertEquals(2, run("link", "--kb", kb.toString(), "--frobnicate", "x").code());
    Result f = run("link", "--kb", kb.toString(), "--format", "xml", "Paris");
    assertEquals(1, f.code());
    assertTrue(f.err().contains("--format must be json, nif, spotlight or llm"), f.err());
    assertEquals(2, run("kb", "build", "--source", "jsonl").code());
  }

  @Test
  void demoLinksTheMultilingualSampleWithTheStarterKb() {
    String previous = System.getProperty("polylink.home");
    System.setProperty("polylink.home", tmp.resolve("home").toString());
    try {
      Result r = run("demo");
      assertEquals(0, r.code(), r.err());
      for (String expected : new String[] {"iso3166:DE", "iso3166:CH", "iso3166:RU", "iso3166:CN", "iso3166:EG",
          "tz:Asia/Tokyo", "iso639:hi"}) {
        assertTrue(r.out().contains(expected), expected + " in\n" + r.out());
      }
      for (String lang : new String[] {"[en]", "[de]", "[fr]", "[ru]", "[zh]", "[ar]"}) {
        assertTrue(r.out().contains(lang), lang);
      }
    } finally {
      if (previous == null) {
        System.clearProperty("polylink.home");
      } else {
        System.setProperty("polylink.home", previous);
      }
    }
  }

  @Test
  void optionalRankerInputsFailInOneLineWhenTheyCannotWork() throws Exception {
    Result missingModel = run("link", "--kb", kb.toString(), "--model", tmp.resolve("nope.tsv").toString(), "Paris");
    assertEquals(1, missingModel.code());
    assertTrue(missingModel.err().contains("--model") && missingModel.err().contains("not found"), missingModel.err());
    assertEquals(1, missingModel.err().strip().split("\n").length, missingModel.err());
    Result missingTypes = run("link", "--kb", kb.toString(), "--types", tmp.resolve("nope.types").toString(), "Paris");
    assertEquals(1, missingTypes.code());
    assertTrue(missingTypes.err().contains("--types") && missingTypes.err().contains("not found"), missingTypes.err());
    Result denseWithoutWeights = run("link", "--kb", kb.toString(), "--dense-context=builtin", "Paris");
    assertEquals(1, denseWithoutWeights.code(), "the shipped model has no weight on dense context");
    assertTrue(denseWithoutWeights.err().contains("dense context"), denseWithoutWeights.err());
    assertEquals(1, denseWithoutWeights.err().strip().split("\n").length, denseWithoutWeights.err());
    Result filterWithoutTypes = run("link", "--kb", kb.toString(), "--type-filter", "0.2", "Paris");
    assertTrue(filterWithoutTypes.code() != 0, "a type filter needs a type classifier");
    assertTrue(filterWithoutTypes.err().contains("--type-filter needs --types"), filterWithoutTypes.err());
  }
}
