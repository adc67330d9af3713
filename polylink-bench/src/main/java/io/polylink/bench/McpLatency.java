package io.polylink.bench;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.mcp.PolylinkTools;
import io.polylink.server.PolylinkServer;
import io.polylink.server.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Tool-call latency of {@code link_entities} on short texts (the nine demo texts of {@link ServerLoad}, 60-90
 * characters, nine languages) through MCP: over stdio (a child JVM running the server of {@code polylink mcp}) and
 * over Streamable HTTP ({@code POST /mcp} of the server in this JVM), each driven by the official Java SDK's client,
 * one call at a time, from the client's call to its parsed result; and, as the floor, the same tool called in-process
 * without a transport. Each path is warmed up first; the paths are then timed in turn.
 *
 * <p>Options: {@code --kb DIR} (default: a starter KB built under the output directory), {@code --calls 300},
 * {@code --warmup 60}, {@code --out DIR}. Writes {@code mcp-latency.json}.
 */
public final class McpLatency {

  private static final Set<String> OPTIONS = Set.of("kb", "calls", "warmup", "out");

  private McpLatency() {}

  public static void main(String[] args) throws Exception {
    QuietLogs.warningsOnly("org.eclipse.jetty", "io.javalin", "org.apache.lucene", "io.modelcontextprotocol");
    BenchArgs a = BenchArgs.parse(args, OPTIONS);
    Path out = a.path("out", Path.of("target", "bench"));
    Path kbDir = a.path("kb", out.resolve("starter-kb"));
    int calls = a.integer("calls", 300);
    int warmup = a.integer("warmup", 60);
    if (calls < 1 || warmup < 0) {
      throw new IllegalArgumentException("need calls >= 1 and warmup >= 0");
    }
    Files.createDirectories(out);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("environment", Environment.describe());
    result.put("loadAverageBefore", PeerRun.loadAverage());
    result.put("kb", kbDir.toString());
    result.put("texts", ServerLoad.TEXTS.size());
    result.put("calls", calls);
    result.put("warmup", warmup);
    try (KnowledgeBase kb = StarterKb.open(kbDir)) {
      result.put("kbEntities", kb.size());
      PolylinkTools tools = PolylinkTools.builder(kb).build();
      Map<String, Object> inProcess = time("in-process", calls, warmup,
          text -> tools.call("link_entities", Map.of("text", text), McpTransportContext.EMPTY));
      try (PolylinkServer server = PolylinkServer.builder(kb).config(ServerConfig.defaults().withPort(0)).start();
           McpSyncClient http = McpClient.sync(HttpClientStreamableHttpTransport.builder(server.url())
               .endpoint("/mcp").build()).requestTimeout(Duration.ofSeconds(60)).build();
           McpSyncClient stdio = McpClient.sync(stdio(kbDir)).requestTimeout(Duration.ofSeconds(120))
               .initializationTimeout(Duration.ofSeconds(120)).build()) {
        http.initialize();
        stdio.initialize();
        result.put("stdio", time("stdio", calls, warmup, text -> call(stdio, text)));
        result.put("http", time("http", calls, warmup, text -> call(http, text)));
      }
      result.put("inProcess", inProcess);
    }
    result.put("loadAverageAfter", PeerRun.loadAverage());
    System.out.println(Json.write(result));
    Json.writeResult(out.resolve("mcp-latency.json"), result);
  }

  private static StdioClientTransport stdio(Path kbDir) {
    List<String> cmd = new ArrayList<>(ChildJvm.inheritedFlags());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(McpStdioChild.class.getName());
    cmd.add(kbDir.toString());
    StdioClientTransport t = new StdioClientTransport(ServerParameters.builder(Path.of(System.getProperty("java.home"),
        "bin", "java").toString()).args(cmd).build(), McpJsonDefaults.getMapper());
    t.setStdErrorHandler(line -> { });
    return t;
  }

  private static McpSchema.CallToolResult call(McpSyncClient c, String text) {
    return c.callTool(new McpSchema.CallToolRequest("link_entities", Map.of("text", text)));
  }

  private static Map<String, Object> time(String what, int calls, int warmup,
      Function<String, McpSchema.CallToolResult> call) {
    List<String> texts = ServerLoad.TEXTS;
    for (int i = 0; i < warmup; i++) {
      check(call.apply(texts.get(i % texts.size())), what);
    }
    long[] ns = new long[calls];
    for (int i = 0; i < calls; i++) {
      long t0 = System.nanoTime();
      McpSchema.CallToolResult r = call.apply(texts.get(i % texts.size()));
      ns[i] = System.nanoTime() - t0;
      check(r, what);
    }
    Arrays.sort(ns);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("p50Ms", ms(percentile(ns, 0.50)));
    m.put("p90Ms", ms(percentile(ns, 0.90)));
    m.put("p99Ms", ms(percentile(ns, 0.99)));
    m.put("maxMs", ms(ns[ns.length - 1]));
    System.err.printf(java.util.Locale.ROOT, "%-10s p50 %.2f ms  p99 %.2f ms%n", what, percentile(ns, 0.5) / 1e6,
        percentile(ns, 0.99) / 1e6);
    return m;
  }

  private static void check(McpSchema.CallToolResult r, String what) {
    if (Boolean.TRUE.equals(r.isError())) {
      throw new IllegalStateException(what + ": link_entities failed: " + r.content());
    }
  }

  private static long percentile(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double ms(long ns) {
    return Math.round(ns / 1e4) / 100.0;
  }
}
