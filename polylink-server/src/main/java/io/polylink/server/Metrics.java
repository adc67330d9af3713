package io.polylink.server;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The server's metrics in Prometheus' text format (version 0.0.4): requests by route, method and status, a latency
 * histogram by route, documents and mentions linked, requests in flight and waiting for a worker. Lock-free adders;
 * rendering sorts series so the output is stable.
 */
final class Metrics {

  /** Upper bounds of the latency buckets, in seconds. */
  static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

  private record RequestKey(String route, String method, int status) {}

  private static final class Histogram {
    final LongAdder[] counts = new LongAdder[BUCKETS.length];
    final LongAdder count = new LongAdder();
    final DoubleAdder sum = new DoubleAdder();

    Histogram() {
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new LongAdder();
      }
    }

    void observe(double seconds) {
      for (int i = 0; i < BUCKETS.length; i++) {
        if (seconds <= BUCKETS[i]) {
          counts[i].increment();
          break;
        }
      }
      count.increment();
      sum.add(seconds);
    }
  }

  private final Map<RequestKey, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> documents = new ConcurrentHashMap<>();
  private final LongAdder linkedMentions = new LongAdder();
  private final LongAdder nilMentions = new LongAdder();
  private final LongSupplier inFlight;
  private final LongSupplier queued;
  private final LongSupplier kbEntities;

  Metrics(LongSupplier inFlight, LongSupplier queued, LongSupplier kbEntities) {
    this.inFlight = inFlight;
    this.queued = queued;
    this.kbEntities = kbEntities;
  }

  void request(String route, String method, int status, double seconds) {
    requests.computeIfAbsent(new RequestKey(route, method, status), k -> new LongAdder()).increment();
    latency.computeIfAbsent(route, k -> new Histogram()).observe(seconds);
  }

  void documents(String route, int n) {
    documents.computeIfAbsent(route, k -> new LongAdder()).add(n);
  }

  void mentions(int linked, int nil) {
    linkedMentions.add(linked);
    nilMentions.add(nil);
  }

  /** The exposition text. */
  String render() {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("# HELP polylink_http_requests_total HTTP requests answered, by route, method and status.\n");
    sb.append("# TYPE polylink_http_requests_total counter\n");
    Map<String, Long> sorted = new TreeMap<>();
    requests.forEach((k, v) -> sorted.put("{route=\"" + esc(k.route()) + "\",method=\"" + k.method() + "\",status=\""
        + k.status() + "\"}", v.sum()));
    sorted.forEach((labels, v) -> sb.append("polylink_http_requests_total").append(labels).append(' ').append(v).append('\n'));

    sb.append("# HELP polylink_http_request_duration_seconds Time from request to response, by route.\n");
    sb.append("# TYPE polylink_http_request_duration_seconds histogram\n");
    new TreeMap<>(latency).forEach((route, h) -> {
      long cumulative = 0;
      String r = esc(route);
      for (int i = 0; i < BUCKETS.length; i++) {
        cumulative += h.counts[i].sum();
        sb.append("polylink_http_request_duration_seconds_bucket{route=\"").append(r).append("\",le=\"")
            .append(number(BUCKETS[i])).append("\"} ").append(cumulative).append('\n');
      }
      long count = h.count.sum();
      sb.append("polylink_http_request_duration_seconds_bucket{route=\"").append(r).append("\",le=\"+Inf\"} ")
          .append(count).append('\n');
      sb.append("polylink_http_request_duration_seconds_sum{route=\"").append(r).append("\"} ")
          .append(number(h.sum.sum())).append('\n');
      sb.append("polylink_http_request_duration_seconds_count{route=\"").append(r).append("\"} ").append(count).append('\n');
    });

    sb.append("# HELP polylink_documents_total Documents linked or redacted, by route.\n");
    sb.append("# TYPE polylink_documents_total counter\n");
    new TreeMap<>(documents).forEach((route, v) -> sb.append("polylink_documents_total{route=\"").append(esc(route))
        .append("\"} ").append(v.sum()).append('\n'));

    sb.append("# HELP polylink_mentions_total Mentions found, linked to a KB entity or NIL.\n");
    sb.append("# TYPE polylink_mentions_total counter\n");
    sb.append("polylink_mentions_total{result=\"linked\"} ").append(linkedMentions.sum()).append('\n');
    sb.append("polylink_mentions_total{result=\"nil\"} ").append(nilMentions.sum()).append('\n');

    gauge(sb, "polylink_http_requests_in_flight", "Requests being served now.", inFlight.getAsLong());
    gauge(sb, "polylink_worker_queue_length", "Requests waiting for a worker.", queued.getAsLong());
    gauge(sb, "polylink_kb_entities", "Entities in the knowledge base.", kbEntities.getAsLong());
    return sb.toString();
  }

  private static void gauge(StringBuilder sb, String name, String help, long value) {
    sb.append("# HELP ").append(name).append(' ').append(help).append('\n');
    sb.append("# TYPE ").append(name).append(" gauge\n");
    sb.append(name).append(' ').append(value).append('\n');
  }

  private static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.format(Locale.ROOT, "%.1f", d);
    }
    return Double.toString(d);
  }

  private static String esc(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
