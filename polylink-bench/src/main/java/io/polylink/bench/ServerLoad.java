package io.polylink.bench;

import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.server.PolylinkServer;
import io.polylink.server.ServerConfig;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The HTTP server under load, like {@code wrk -c 64 -d 60s}: {@code --connections} keep-alive connections over
 * loopback, each sending {@code POST /v1/link} with one of nine short texts in nine languages (the demo's) as soon as
 * the previous answer arrived. Reports requests/s, latency percentiles and errors (any answer but 200, and any I/O
 * failure), and, as the baseline measured in the same run, the same texts linked in-process without HTTP by as many
 * threads as there are connections, before and after the load (ratios use their mean): throughput, and process CPU
 * per document, which the machine's other load does not skew. The server runs in this JVM with its default worker pool; the load generator's threads
 * share the machine with it, as wrk's would.
 *
 * <p>Options: {@code --kb DIR} (default: a starter KB built under the output directory), {@code --connections 64},
 * {@code --seconds 60}, {@code --warmup-seconds 10}, {@code --baseline-seconds 20}, {@code --out DIR}.
 */
public final class ServerLoad {

  private static final Set<String> OPTIONS = Set.of("kb", "connections", "seconds", "warmup-seconds",
      "baseline-seconds", "out");

  static final List<String> TEXTS = List.of(
      "Angela Merkel met Emmanuel Macron in Paris to talk about France, Germany and the euro.",
      "Die Schweiz grenzt an Österreich und Italien; in Zürich spricht man Deutsch.",
      "Le Canada et le Mexique sont voisins des États-Unis ; à Montréal on parle français.",
      "España y Portugal comparten la península ibérica; en Lisboa se habla portugués.",
      "Москва — столица России, а Киев — столица Украины.",
      "北京是中国的首都，上海在中国东部。",
      "東京は日本の首都で、大阪は関西にあります。",
      "القاهرة عاصمة مصر، والرياض عاصمة السعودية.",
      "नई दिल्ली भारत की राजधानी है और वहाँ हिन्दी बोली जाती है।");

  private ServerLoad() {}

  public static void main(String[] args) throws Exception {
    QuietLogs.warningsOnly("org.eclipse.jetty", "io.javalin", "org.apache.lucene");
    BenchArgs a = BenchArgs.parse(args, OPTIONS);
    Path out = a.path("out", Path.of("target", "bench"));
    Path kbDir = a.path("kb", out.resolve("starter-kb"));
    int connections = a.integer("connections", 64);
    double seconds = a.decimal("seconds", 60);
    double warmup = a.decimal("warmup-seconds", 10);
    double baselineSeconds = a.decimal("baseline-seconds", 20);
    if (connections < 1 || !(seconds > 0) || !(warmup >= 0) || !(baselineSeconds > 0)) {
      throw new IllegalArgumentException("need connections >= 1, seconds > 0, warmup-seconds >= 0, baseline-seconds > 0");
    }
    Files.createDirectories(out);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("environment", Environment.describe());
    result.put("loadAverageBefore", loadAverage());
    try (KnowledgeBase kb = StarterKb.open(kbDir)) {
      ServerConfig config = ServerConfig.defaults().withPort(0);
      result.put("kb", kbDir.toString());
      result.put("kbEntities", kb.size());
      result.put("workers", config.workers());
      result.put("connections", connections);
      result.put("texts", TEXTS.size());

      // The baseline runs as many threads as there are connections: on a machine shared with other processes the
      // scheduler shares the cores per thread, so fewer threads would get less of the machine, not do less work.
      // Both paths are warmed up (JIT) before anything is timed: in-process, then over HTTP.
      Phase before;
      Phase after;
      try (PolylinkServer server = PolylinkServer.builder(kb).config(config).start()) {
        baseline(kb, connections, 0, warmup);
        Run warm = load(server.port(), connections, warmup);
        System.err.printf(Locale.ROOT, "warm-up: %,d requests in %.0f s%n", warm.requests(), warmup);
        before = baseline(kb, connections, 0, baselineSeconds);
        result.put("inProcessDocsPerSecond", round(before.perSecond()));
        result.put("inProcessCpuMsPerDoc", round(before.cpuMsPerItem()));
        long cpu0 = cpuNanos();
        Run run = load(server.port(), connections, seconds);
        long cpu = cpuNanos() - cpu0;
        result.put("seconds", seconds);
        result.put("requests", run.requests());
        result.put("errors", run.errors());
        result.put("non200", run.non200());
        double rps = run.requests() / run.elapsedSeconds();
        result.put("requestsPerSecond", round(rps));
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("p50", ms(run.percentile(0.50)));
        latency.put("p90", ms(run.percentile(0.90)));
        latency.put("p99", ms(run.percentile(0.99)));
        latency.put("max", ms(run.percentile(1.0)));
        result.put("latencyMs", latency);
        // process CPU: the server and the load generator together (wrk would be a process of its own)
        result.put("cpuMsPerRequest", round(cpu / 1e6 / Math.max(1, run.requests())));
        // the baseline again after the load, like the build benchmark's bare scan: the machine is shared and its
        // load drifts, so the ratios use the mean of the two
        after = baseline(kb, connections, 0, baselineSeconds);
      }
      result.put("inProcessDocsPerSecondAfter", round(after.perSecond()));
      result.put("inProcessCpuMsPerDocAfter", round(after.cpuMsPerItem()));
      double rps = (Double) result.get("requestsPerSecond");
      result.put("ratioToInProcess", round(rps / ((before.perSecond() + after.perSecond()) / 2)));
      result.put("cpuRatioToInProcess", round((Double) result.get("cpuMsPerRequest")
          / ((before.cpuMsPerItem() + after.cpuMsPerItem()) / 2)));
    }
    result.put("loadAverageAfter", loadAverage());
    System.out.println(Json.write(result));
    Json.writeResult(out.resolve("server-load.json"), result);
  }

  /** What a timed phase did: items, seconds, process CPU. */
  record Phase(long items, double seconds, long cpuNanos) {
    double perSecond() {
      return items / seconds;
    }

    double cpuMsPerItem() {
      return cpuNanos / 1e6 / Math.max(1, items);
    }
  }

  /** The texts linked in-process by {@code threads} threads, cycling through them, after a warm-up. */
  static Phase baseline(KnowledgeBase kb, int threads, double warmupSeconds, double seconds) throws InterruptedException {
    Linker linker = Linker.builder().knowledgeBase(kb).build();
    linkFor(linker, threads, warmupSeconds);
    long cpu0 = cpuNanos();
    long t0 = System.nanoTime();
    long n = linkFor(linker, threads, seconds);
    return new Phase(n, (System.nanoTime() - t0) / 1e9, cpuNanos() - cpu0);
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long linkFor(Linker linker, int threads, double seconds) throws InterruptedException {
    LongAdder done = new LongAdder();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<Thread> ts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      Thread th = new Thread(() -> {
        int i = offset;
        while (System.nanoTime() < end) {
          linker.link(TEXTS.get(i++ % TEXTS.size()));
          done.increment();
        }
      }, "baseline-" + t);
      ts.add(th);
      th.start();
    }
    for (Thread th : ts) {
      th.join();
    }
    return done.sum();
  }

  /** One timed run: latencies in nanoseconds of the requests answered 200. */
  record Run(long requests, long errors, long non200, double elapsedSeconds, long[] latencies) {
    long percentile(double q) {
      if (latencies.length == 0) {
        return 0;
      }
      int i = (int) Math.ceil(q * latencies.length) - 1;
      return latencies[Math.max(0, Math.min(latencies.length - 1, i))];
    }
  }

  static Run load(int port, int connections, double seconds) throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    LongAdder errors = new LongAdder();
    LongAdder non200 = new LongAdder();
    AtomicLong total = new AtomicLong();
    List<long[]> perConnection = new ArrayList<>();
    CountDownLatch ready = new CountDownLatch(connections);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      long[][] lat = {new long[1 << 14]};
      int[] n = {0};
      perConnection.add(null);
      int index = c;
      Thread t = new Thread(() -> {
        int next = index;
        Socket s = null;
        InputStream in = null;
        try {
          ready.countDown();
          go.await();
          while (!stop.get()) {
            byte[] request = request(TEXTS.get(next++ % TEXTS.size()));
            long t0 = System.nanoTime();
            try {
              if (s == null) {
                s = new Socket();
                s.setTcpNoDelay(true);
                s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
                s.setSoTimeout(60_000);
                in = new BufferedInputStream(s.getInputStream(), 1 << 16);
              }
              OutputStream o = s.getOutputStream();
              o.write(request);
              o.flush();
              int status = readResponse(in);
              long dt = System.nanoTime() - t0;
              if (stop.get()) {
                break; // answered after the end: not counted
              }
              if (status != 200) {
                non200.increment();
                continue;
              }
              if (n[0] == lat[0].length) {
                lat[0] = Arrays.copyOf(lat[0], lat[0].length * 2);
              }
              lat[0][n[0]++] = dt;
              total.incrementAndGet();
            } catch (IOException e) {
              if (!stop.get()) {
                errors.increment();
              }
              closeQuietly(s);
              s = null;
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          closeQuietly(s);
          synchronized (perConnection) {
            perConnection.set(index, Arrays.copyOf(lat[0], n[0]));
          }
        }
      }, "load-" + c);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    ready.await();
    long t0 = System.nanoTime();
    go.countDown();
    Thread.sleep(Duration.ofMillis((long) (seconds * 1000)));
    stop.set(true);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    for (Thread t : threads) {
      t.join(70_000);
    }
    long[] all;
    synchronized (perConnection) {
      all = perConnection.stream().filter(x -> x != null).flatMapToLong(Arrays::stream).sorted().toArray();
    }
    return new Run(total.get(), errors.sum(), non200.sum(), elapsed, all);
  }

  static byte[] request(String text) {
    byte[] body = ("{\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}").getBytes(StandardCharsets.UTF_8);
    byte[] head = ("POST /v1/link HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] r = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, r, head.length, body.length);
    return r;
  }

  /** Reads one HTTP/1.1 response (Content-Length or chunked) and returns its status. */
  static int readResponse(InputStream in) throws IOException {
    String status = line(in);
    if (status == null || !status.startsWith("HTTP/1.1 ")) {
      throw new IOException("not an HTTP response: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
      String lower = h.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(h.substring(15).strip());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    if (chunked) {
      for (long size = Long.parseLong(line(in).strip(), 16); size > 0; size = Long.parseLong(line(in).strip(), 16)) {
        skip(in, size);
        line(in);
      }
      line(in);
    } else if (length > 0) {
      skip(in, length);
    }
    return code;
  }

  private static void skip(InputStream in, long n) throws IOException {
    long left = n;
    byte[] buf = new byte[8192];
    while (left > 0) {
      int r = in.read(buf, 0, (int) Math.min(buf.length, left));
      if (r < 0) {
        throw new IOException("connection closed in a response body");
      }
      left -= r;
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(64);
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        break;
      }
      if (c != '\r') {
        b.write(c);
      }
    }
    if (c < 0 && b.size() == 0) {
      return null;
    }
    return b.toString(StandardCharsets.US_ASCII);
  }

  private static void closeQuietly(Socket s) {
    if (s != null) {
      try {
        s.close();
      } catch (IOException e) {
        // closing
      }
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 1e4) / 100.0;
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
