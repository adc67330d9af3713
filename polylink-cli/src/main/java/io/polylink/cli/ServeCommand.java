package io.polylink.cli;

import io.polylink.kb.store.KnowledgeBase;
import io.polylink.redact.Policy;
import io.polylink.server.PolylinkServer;
import io.polylink.server.ServerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code polylink serve}: the HTTP server (JSON API, Spotlight- and GERBIL-compatible endpoints, web page) until
 * interrupted; Ctrl-C or SIGTERM stops it gracefully, finishing the requests in flight.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the linker over HTTP: / (web page), /v1 (JSON API), /rest (DBpedia Spotlight), "
        + "/gerbil (GERBIL NIF web service), /health, /metrics, /openapi.json.")
final class ServeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--kb", description = "KB directory (default: the starter KB, built on first use)")
  Path kb;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "interface to listen on; 0.0.0.0 for all (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--max-body", defaultValue = "4m", description = "largest request body, e.g. 512k, 4m (default: ${DEFAULT-VALUE})")
  String maxBody;

  @Option(names = "--max-response", defaultValue = "64m",
      description = "largest answer; a request whose answer would be larger gets 413 (default: ${DEFAULT-VALUE})")
  String maxResponse;

  @Option(names = "--timeout", defaultValue = "30",
      description = "seconds a request may take, from its arrival to its answer written (default: ${DEFAULT-VALUE})")
  int timeoutSeconds;

  @Option(names = "--workers", description = "linking threads (default: the number of processors)")
  Integer workers;

  @Option(names = "--queue", defaultValue = "256", description = "requests that may wait for a worker (default: ${DEFAULT-VALUE})")
  int queue;

  @Option(names = "--admin-token-file", description = "file holding the bearer token for POST /v1/kb/entities "
      + "(or set POLYLINK_ADMIN_TOKEN); without one, KB writes are off")
  Path adminTokenFile;

  @picocli.CommandLine.Mixin
  DictionaryOption dictionaries = new DictionaryOption();

  @Option(names = "--redact-policy", description = "default policy of /v1/redact (.json or .yaml, as for 'redact')")
  Path redactPolicy;

  @picocli.CommandLine.Mixin
  MentionsModelOption mentionsModel = new MentionsModelOption();

  /** Told the running server once it listens (tests stop it through this). */
  Consumer<PolylinkServer> started = s -> {};

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ServerConfig config = ServerConfig.defaults().withHost(host).withPort(port)
        .withMaxBodyBytes(bytes(maxBody, "--max-body")).withMaxResponseBytes(bytes(maxResponse, "--max-response"))
        .withRequestTimeout(Duration.ofSeconds(timeoutSeconds))
        .withWorkers(workers == null ? ServerConfig.defaults().workers() : workers, queue)
        .withAdminToken(adminToken());
    Policy policy = redactPolicy == null ? Policy.defaults() : Policy.load(redactPolicy);
    io.polylink.link.xling.BilingualDictionary dictionary = dictionaries.read(); // a bad file fails before the KB opens
    io.polylink.link.tagger.SequenceTagger tagger = mentionsModel.read();
    KnowledgeBase k = StarterKb.openOrStarter(kb, err);
    PolylinkServer server;
    try {
      server = PolylinkServer.builder(k).config(config).redactionPolicy(policy).dictionary(dictionary)
          .mentionTagger(tagger).start();
    } catch (RuntimeException e) {
      k.close();
      // the policy's type names and recognizers are checked when the redactor is built: name the file
      if (redactPolicy != null && e instanceof IllegalArgumentException && e.getMessage() != null
          && e.getMessage().startsWith("policy ")) {
        throw new IllegalArgumentException("policy " + redactPolicy + ": " + e.getMessage().substring(7), e);
      }
      throw e;
    }
    Thread hook = new Thread(() -> {
      err.println("polylink: stopping (finishing requests in flight)...");
      err.flush();
      server.stop();
      closeQuietly(k);
    }, "polylink-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    err.printf(Locale.ROOT, "polylink: serving %s (%,d entities) at %s%n", k.directory(), k.size(), server.url());
    err.printf(Locale.ROOT, "polylink: page %1$s/ · API %1$s/v1 · Spotlight %1$s/rest/annotate · GERBIL %1$s/gerbil/a2kb"
        + " · %1$s/openapi.json · KB writes %2$s; Ctrl-C stops%n", server.url(), config.adminToken() == null ? "off" : "on");
    err.flush();
    started.accept(server);
    server.awaitStop();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
      closeQuietly(k); // stopped from inside the process (tests): the hook will not run
    } catch (IllegalStateException shuttingDown) {
      // the hook is running and closes the KB
    }
    return 0;
  }

  private String adminToken() throws IOException {
    String token = null;
    if (adminTokenFile != null) {
      token = Files.readString(adminTokenFile, StandardCharsets.UTF_8).strip();
    } else if (System.getenv("POLYLINK_ADMIN_TOKEN") != null && !System.getenv("POLYLINK_ADMIN_TOKEN").isBlank()) {
      token = System.getenv("POLYLINK_ADMIN_TOKEN").strip();
    }
    return token;
  }

  /** Parses {@code 4m}, {@code 512k}, {@code 1g} or a plain byte count. */
  static long bytes(String s, String flag) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (t.endsWith("k") || t.endsWith("m") || t.endsWith("g")) {
      unit = t.endsWith("k") ? 1L << 10 : t.endsWith("m") ? 1L << 20 : 1L << 30;
      t = t.substring(0, t.length() - 1);
    }
    try {
      long v = Long.parseLong(t);
      if (v > 0 && v <= Long.MAX_VALUE / unit) {
        return v * unit;
      }
    } catch (NumberFormatException e) {
      // the message below
    }
    throw new IllegalArgumentException(flag + " must be a positive size such as 512k or 4m, got '" + s + "'");
  }

  private static void closeQuietly(KnowledgeBase k) {
    try {
      k.close();
    } catch (IOException | RuntimeException e) {
      // closing on the way out: nothing left to tell
    }
  }
}
