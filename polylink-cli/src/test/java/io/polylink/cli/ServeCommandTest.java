package io.polylink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code polylink serve}: options reach the server, which answers until stopped. */
class ServeCommandTest {

  @TempDir Path tmp;

  @Test
  void servesTheKbUntilStopped() throws Exception {
    CliTest.jsonlKb(tmp, CliTest.ENTITIES);
    Path kb = tmp.resolve("kb");
    Path token = tmp.resolve("token");
    Files.writeString(token, "a-long-enough-admin-token\n");

    CommandLine cl = PolylinkCli.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    CompletableFuture<PolylinkServer> started = new CompletableFuture<>();
    ((ServeCommand) cl.getSubcommands().get("serve").getCommand()).started = started::complete;
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute("serve", "--kb", kb.toString(),
        "--port", "0", "--max-body", "64k", "--admin-token-file", token.toString()));
    PolylinkServer server = started.get(60, TimeUnit.SECONDS);
    assertEquals(64 * 1024, server.config().maxBodyBytes());
    assertEquals("a-long-enough-admin-token", server.config().adminToken());
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/v1/link"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Paris\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"id\":\"Q90\""), r.body());
    assertTrue(err.toString().contains("serving " + kb.toAbsolutePath().normalize()), err.toString());
    assertTrue(err.toString().contains("KB writes on"), err.toString());
    server.stop();
    assertEquals(0, exit.get(30, TimeUnit.SECONDS));
  }

  @Test
  void badOptionsAreOneLineErrors() {
    CliTest.Result r = CliTest.run("serve", "--max-body", "lots", "--port", "0");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("--max-body must be a positive size"), r.err());
    assertEquals(1, r.err().strip().split("\n").length, r.err());
  }

  /** Issue 14, item 1: a default policy naming an unknown type stops the server from starting, naming the file. */
  @Test
  // before the fix the server started and served: fail, do not hang
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aRedactPolicyWithAnUnknownTypeIsRefusedAtStart() throws Exception {
    CliTest.jsonlKb(tmp, CliTest.ENTITIES);
    Path kb = tmp.resolve("kb");
    Path policy = tmp.resolve("p.yaml");
    Files.writeString(policy, "types: [EMAIL, PHONE]\n");
    CliTest.Result r = CliTest.run("serve", "--kb", kb.toString(), "--port", "0", "--redact-policy", policy.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains(policy.toString()) && r.err().contains("'EMAIL'"), r.err());
  }

  /** Issue 16: {@code serve --mentions-model} links with the detector as {@code link} does. */
  @Test
  void servesWithAMentionsModel() throws Exception {
    CliTest.jsonlKb(tmp, CliTest.ENTITIES);
    Path kb = tmp.resolve("kb");
    StringBuilder iob = new StringBuilder();
    String[][] firms = {{"Quelbin", "Orsat"}, {"Drevik", "Lumard"}, {"Varnek", "Sorbel"}, {"Almaro", "Brisko"}};
    for (int i = 0; i < 40; i++) {
      String[] f = firms[i % firms.length];
      iob.append(f[0]).append(" B-org\n").append(f[1]).append(" I-org\nverkaufte O\ngestern O\nTee O\n. O\n\n");
    }
    Path train = tmp.resolve("train.iob");
    Files.writeString(train, iob.toString());
    Path model = tmp.resolve("m.plm");
    assertEquals(0, CliTest.run("train-mentions", "--format", "iob", "--dataset", train.toString(), "--out",
        model.toString()).code());

    CommandLine cl = PolylinkCli.commandLine();
    cl.setErr(new PrintWriter(new StringWriter(), true));
    CompletableFuture<PolylinkServer> started = new CompletableFuture<>();
    ((ServeCommand) cl.getSubcommands().get("serve").getCommand()).started = started::complete;
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute("serve", "--kb", kb.toString(),
        "--port", "0", "--mentions-model", model.toString()));
    PolylinkServer server = started.get(60, TimeUnit.SECONDS);
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/v1/link"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Kestrin Fendal verkaufte gestern Tee.\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"surface\":\"Kestrin Fendal\"") && r.body().contains("\"nil\":true")
        && r.body().contains("\"type\":\"ORG\""), r.body());
    server.stop();
    assertEquals(0, exit.get(30, TimeUnit.SECONDS));
  }

  @Test
  void aMissingMentionsModelIsAOneLineError() {
    CliTest.Result r = CliTest.run("serve", "--port", "0", "--mentions-model", tmp.resolve("none.plm").toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("--mentions-model " + tmp.resolve("none.plm") + " not found"), r.err());
    CliTest.Result m = CliTest.run("mcp", "--mentions-model", tmp.resolve("none.plm").toString());
    assertEquals(1, m.code(), m.err());
    assertTrue(m.err().contains("--mentions-model " + tmp.resolve("none.plm") + " not found"), m.err());
  }
}
