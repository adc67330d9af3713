package io.polylink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.server.PolylinkServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --dictionary} on {@code link} and {@code serve} (issue 16): translated candidates, one-line errors. */
class DictionaryOptionTest {

  @TempDir static Path tmp;
  static Path kb;
  static Path tsv;
  static Path muse;

  /** The KB knows the forest by its English name only. */
  static final String ENTITIES = String.join("\n",
      "{\"id\":\"Q4159\",\"names\":{\"en\":[\"Black Forest\"]},\"descriptions\":{\"en\":\"mountain range in Germany\"},"
          + "\"types\":[\"Q46831\"],\"popularity\":120}",
      "{\"id\":\"Q183\",\"names\":{\"en\":[\"Germany\"],\"de\":[\"Deutschland\"]},\"types\":[\"Q6256\"],\"popularity\":400}",
      "");

  static final String TEXT = "Wir wandern morgen durch den Schwarzen Wald und bleiben drei Tage in Deutschland.";

  @BeforeAll
  static void build() throws Exception {
    CliTest.jsonlKb(tmp, ENTITIES);
    kb = tmp.resolve("kb");
    tsv = tmp.resolve("de-en.tsv");
    Files.writeString(tsv, "schwarz\tblack\nwald\tforest\n");
    muse = tmp.resolve("en-de.txt");
    Files.writeString(muse, "black @ schwarzen\nforest @ wald\n");
  }

  private static CliTest.Result link(String... dictionaryArgs) {
    String[] base = {"link", "--kb", kb.toString(), "--language", "de", "--nil-threshold", "0"};
    String[] args = new String[base.length + dictionaryArgs.length + 1];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(dictionaryArgs, 0, args, base.length, dictionaryArgs.length);
    args[args.length - 1] = TEXT;
    return CliTest.run(args);
  }

  @Test
  void withoutADictionaryTheGermanNameFindsNothing() {
    CliTest.Result r = link();
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().contains("Q4159"), r.out());
  }

  @Test
  void aTsvDictionaryTranslatesTheNameThroughItsStem() {
    // "Schwarzen" meets the entry "schwarz" through the German stemmer
    CliTest.Result r = link("--dictionary", tsv.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"id\":\"Q4159\""), r.out());
    assertTrue(r.out().contains("\"id\":\"Q183\""), r.out());
  }

  @Test
  void museLinesWorkAndTheOptionRepeats() {
    Path onlyForest = tmp.resolve("forest.tsv");
    CliTest.Result r;
    try {
      Files.writeString(onlyForest, "wald\tforest\n");
      r = link("--dictionary", muse.toString(), "--dictionary", onlyForest.toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"id\":\"Q4159\""), r.out());
  }

  @Test
  void aMissingDictionaryIsAOneLineErrorOfLink() {
    Path missing = tmp.resolve("missing.index");
    CliTest.Result r = link("--dictionary", missing.toString());
    assertNotEquals(0, r.code());
    assertTrue(r.err().contains("dictionary file not found: " + missing), r.err());
    assertEquals(1, r.err().strip().split("\n").length, r.err());
  }

  @Test
  void aMissingDictionaryIsAOneLineErrorOfServeBeforeItListens() {
    Path missing = tmp.resolve("missing.tsv");
    CliTest.Result r = CliTest.run("serve", "--kb", kb.toString(), "--port", "0", "--dictionary", missing.toString());
    assertNotEquals(0, r.code());
    assertTrue(r.err().contains("dictionary file not found: " + missing), r.err());
    assertEquals(1, r.err().strip().split("\n").length, r.err());
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void serveLinksThroughTheDictionary() throws Exception {
    CommandLine cl = PolylinkCli.commandLine();
    cl.setErr(new PrintWriter(new StringWriter(), true));
    CompletableFuture<PolylinkServer> started = new CompletableFuture<>();
    ((ServeCommand) cl.getSubcommands().get("serve").getCommand()).started = started::complete;
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute("serve", "--kb", kb.toString(),
        "--port", "0", "--dictionary", tsv.toString()));
    PolylinkServer server = started.get(60, TimeUnit.SECONDS);
    try {
      String body = "{\"text\":\"" + TEXT + "\",\"language\":\"de\",\"confidence\":0}";
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/v1/link"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      assertTrue(r.body().contains("\"id\":\"Q4159\""), r.body());
    } finally {
      server.stop();
    }
    assertEquals(0, exit.get(30, TimeUnit.SECONDS));
  }
}
