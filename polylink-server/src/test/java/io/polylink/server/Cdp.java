package io.polylink.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium driven through the DevTools protocol over a WebSocket (java.net.http), so the browser test
 * needs no driver binary and no extra library.
 */
final class Cdp implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> log = new ArrayList<>();

  /** The first Chromium found: $POLYLINK_CHROMIUM, then the usual binaries; null when there is none. */
  static Path findChromium() {
    List<String> candidates = new ArrayList<>();
    String env = System.getenv("POLYLINK_CHROMIUM");
    if (env != null && !env.isBlank()) {
      candidates.add(env);
    }
    candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable", "/snap/bin/chromium"));
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  /** Starts Chromium headless on a blank page and attaches to that page. */
  static Cdp launch(Path chromium) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("polylink-chromium");
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--remote-allow-origins=*", "--remote-debugging-port=0", "--window-size=1200,900",
        "--user-data-dir=" + profile, "about:blank").redirectErrorStream(true).start();
    CompletableFuture<String> browserWs = new CompletableFuture<>();
    List<String> lines = new ArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          synchronized (lines) {
            lines.add(line);
          }
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            browserWs.complete(m.group(1));
          }
        }
      } catch (IOException e) {
        // the browser closed its output
      }
      browserWs.completeExceptionally(new IOException("Chromium exited before listening: " + lines));
    }, "chromium-output");
    reader.setDaemon(true);
    reader.start();
    String ws;
    try {
      ws = browserWs.get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      p.destroyForcibly();
      throw new IOException("Chromium did not start: " + e.getMessage() + " " + lines, e);
    }
    URI browser = URI.create(ws);
    HttpClient http = HttpClient.newHttpClient();
    String pageWs = null;
    for (int attempt = 0; attempt < 50 && pageWs == null; attempt++) {
      HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority()
          + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
      for (JsonNode t : Http.JSON.readTree(list.body())) {
        if (t.path("type").asText().equals("page")) {
          pageWs = t.path("webSocketDebuggerUrl").asText();
          break;
        }
      }
      if (pageWs == null) {
        Thread.sleep(100);
      }
    }
    if (pageWs == null) {
      p.destroyForcibly();
      throw new IOException("Chromium has no page to drive");
    }
    return new Cdp(p, profile, http, URI.create(pageWs));
  }

  private Cdp(Process process, Path profile, HttpClient http, URI page) {
    this.process = process;
    this.profile = profile;
    this.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(page, new Listener())
        .join();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String message = partial.toString();
        partial.setLength(0);
        try {
          JsonNode n = Http.JSON.readTree(message);
          if (n.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(n.get("id").asInt());
            if (f != null) {
              if (n.has("error")) {
                f.completeExceptionally(new IOException("DevTools error: " + n.get("error")));
              } else {
                f.complete(n.get("result"));
              }
            }
          } else if (n.path("method").asText().equals("Runtime.consoleAPICalled")
              || n.path("method").asText().equals("Runtime.exceptionThrown")) {
            synchronized (log) {
              log.add(n.get("params").toString());
            }
          }
        } catch (IOException e) {
          // not JSON: ignore
        }
      }
      ws.request(1);
      return null;
    }
  }

  /** Sends one command and waits for its result. */
  JsonNode send(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode msg = Http.JSON.createObjectNode();
    msg.put("id", id);
    msg.put("method", method);
    msg.set("params", params == null ? Http.JSON.createObjectNode() : params);
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    socket.sendText(msg.toString(), true).join();
    return f.get(30, TimeUnit.SECONDS);
  }

  static ObjectNode params() {
    return Http.JSON.createObjectNode();
  }

  /** Evaluates a JavaScript expression in the page and returns its value (awaiting promises). */
  JsonNode eval(String expression) throws Exception {
    JsonNode r = send("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true)
        .put("awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("page script failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** Polls {@code condition} (a JS boolean expression) until true or the timeout. */
  boolean waitFor(String condition, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (eval("Boolean(" + condition + ")").asBoolean()) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  /** Console messages and uncaught exceptions seen so far. */
  List<String> log() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  @Override
  public void close() {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // closing anyway
    }
    // Chromium's helper processes (network service, renderers) outlive the browser process for a moment and keep
    // writing into the profile: end them too, then delete what is left
    List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy();
    helpers.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      for (ProcessHandle h : helpers) {
        try {
          h.onExit().get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
          h.destroyForcibly();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (int attempt = 0; attempt < 3 && Files.exists(profile); attempt++) {
      try (var s = Files.walk(profile)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | java.io.UncheckedIOException e) {
        // a file vanished while the walk ran (a helper removed it): walk again
      }
    }
  }
}
