package io.polylink.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polylink.cli.PolylinkCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance of issue 20: a real local SparkSession ({@code local[2]}) runs the jobs on a small corpus; the link
 * job's rows equal {@code polylink link --format json}'s for the same documents, and poisoned documents land in the
 * errors output while every other one is in the output.
 */
class SparkLinkJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] CITIES = {"Berlin", "Zürich", "Paris", "Lyon", "Genf", "München", "Wien", "Rom"};
  private static final String[] PEOPLE = {"Angela Merkel", "Marie Curie", "Albert Einstein", "Anna Weber"};

  @TempDir static Path tmp;
  static Path kb;
  static Path clean;
  static Path corpus;
  static final List<String> POISONED = List.of("bad-language", "no-text");

  record Result(int code, String out, String err) {}

  static Result polylink(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PolylinkCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  static Result spark(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void kbAndCorpus() throws IOException {
    StringBuilder entities = new StringBuilder();
    int q = 100;
    for (String c : CITIES) {
      entities.append(String.format(java.util.Locale.ROOT,
          "{\"id\":\"Q%d\",\"names\":{\"de\":\"%s\",\"en\":\"%s\"},\"popularity\":%d,\"type\":\"LOC\"}%n", q, c, c,
          300 - q));
      q++;
    }
    for (String p : PEOPLE) {
      entities.append(String.format(java.util.Locale.ROOT,
          "{\"id\":\"Q%d\",\"names\":{\"en\":\"%s\"},\"popularity\":50,\"type\":\"PER\"}%n", q++, p));
    }
    Path input = Files.writeString(tmp.resolve("entities.jsonl"), entities.toString(), StandardCharsets.UTF_8);
    kb = tmp.resolve("kb");
    Result r = polylink("kb", "build", "--source", "jsonl", "--input", input.toString(), "--kb", kb.toString(),
        "--no-progress");
    assertEquals(0, r.code(), r.err());
    List<String> good = new ArrayList<>();
    java.util.Random random = new java.util.Random(20);
    for (int i = 0; i < 40; i++) {
      String city = CITIES[random.nextInt(CITIES.length)];
      String person = PEOPLE[random.nextInt(PEOPLE.length)];
      String text = i % 2 == 0 ? person + " sprach gestern in " + city + " über die Zukunft von " + city + "."
          : person + " visited " + city + " and met Hanspeter Kellerhals there.";
      String lang = i % 3 == 0 ? "" : ",\"language\":\"" + (i % 2 == 0 ? "de" : "en") + "\"";
      good.add("{\"id\":\"doc-" + i + "\",\"text\":" + JSON.writeValueAsString(text) + lang + "}");
    }
    clean = Files.write(tmp.resolve("clean.jsonl"), good, StandardCharsets.UTF_8);
    List<String> all = new ArrayList<>(good);
    all.add(7, "{\"id\":\"bad-language\",\"text\":\"Marie Curie in Paris.\",\"language\":\"not a language!\"}");
    all.add(19, "{\"id\":\"no-text\",\"body\":\"Berlin\"}");
    all.add(30, "{\"id\":\"cut-off\",\"text\":\"Wien und");
    corpus = Files.write(tmp.resolve("corpus.jsonl"), all, StandardCharsets.UTF_8);
  }

  /** The JSON objects of every part file of a Spark output directory, by id. */
  static Map<String, JsonNode> rows(Path dir) throws IOException {
    Map<String, JsonNode> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          JsonNode n = JSON.readTree(line);
          JsonNode old = out.put(n.path("id").asText(), n);
          assertEquals(null, old, "id twice in " + dir + ": " + line);
        }
      }
    }
    return out;
  }

  @Test
  void rowsEqualTheCliOutputAndPoisonedDocumentsGoToErrors() throws IOException {
    Path output = tmp.resolve("linked");
    Result r = spark("link", "--kb", kb.toString(), "--input", corpus.toString(), "--output", output.toString(),
        "--master", "local[2]", "--no-progress");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("40 documents written, 3 errors"), r.out());

    Result cli = polylink("link", "--kb", kb.toString(), "--input", clean.toString());
    assertEquals(0, cli.code(), cli.err());
    Map<String, JsonNode> expected = new TreeMap<>();
    for (String line : cli.out().split("\n")) {
      JsonNode n = JSON.readTree(line);
      expected.put(n.path("id").asText(), n);
    }
    assertEquals(40, expected.size());
    Map<String, JsonNode> actual = rows(output);
    assertEquals(expected.keySet(), actual.keySet());
    long mentions = 0;
    for (var e : expected.entrySet()) {
      assertEquals(e.getValue(), actual.get(e.getKey()), "document " + e.getKey());
      mentions += e.getValue().path("mentions").size();
    }
    assertTrue(mentions >= 80, "the corpus should have mentions to compare, got " + mentions);

    Map<String, JsonNode> errors = rows(output.resolve("_errors"));
    assertEquals(3, errors.size(), errors.toString());
    assertTrue(errors.keySet().containsAll(POISONED), errors.toString());
    assertTrue(errors.get("bad-language").path("error").asText().contains("not a language!"), errors.toString());
    assertTrue(errors.get("no-text").path("error").asText().contains("\"text\""), errors.toString());
    String cut = errors.keySet().stream().filter(k -> !POISONED.contains(k)).findFirst().orElseThrow();
    assertTrue(cut.endsWith("corpus.jsonl"), "a line that is not JSON is named by its file: " + cut);
    assertTrue(errors.get(cut).path("error").asText().startsWith("malformed JSON: {\"id\":\"cut-off\""),
        errors.toString());
    for (JsonNode e : errors.values()) {
      assertFalse(e.path("error").asText().contains("\n"));
      assertFalse(e.path("error").asText().contains("org.apache") || e.path("error").asText().contains("jackson"),
          e.toString());
    }

    // the output exists: --mode error refuses in one line; overwrite gives the same rows again
    Result refused = spark("link", "--kb", kb.toString(), "--input", corpus.toString(), "--output", output.toString(),
        "--master", "local[2]", "--no-progress");
    assertNotEquals(0, refused.code());
    assertTrue(refused.err().contains("already exists") && refused.err().strip().lines().count() == 1, refused.err());
    Result again = spark("link", "--kb", kb.toString(), "--input", corpus.toString(), "--output", output.toString(),
        "--master", "local[2]", "--mode", "overwrite", "--format", "jsonl", "--no-progress");
    assertEquals(0, again.code(), again.err());
    assertEquals(actual, rows(output));
    assertEquals(errors, rows(output.resolve("_errors")));
  }
}
