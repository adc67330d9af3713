package io.polylink.server;

import java.time.Duration;

/**
 * Every setting of the server, with its default in one place ({@link #defaults()}).
 *
 * @param host interface to bind (default {@code 127.0.0.1}; {@code 0.0.0.0} for every interface)
 * @param port TCP port (default 8080; 0 picks a free one)
 * @param maxBodyBytes largest request body accepted; larger ones get 413 (default 4 MiB)
 * @param maxDocuments most documents in one {@code /v1/link} or {@code /v1/redact} request (default 1,000)
 * @param requestTimeout longest a request may take, from its admission through reading, waiting for a worker and
 *     linking to writing its answer; then 503, and its work stops at the linker's next window (default 30 s)
 * @param workers threads that link and redact: the bounded worker pool (default: the number of processors)
 * @param queueCapacity requests that may wait for a worker; more get 503 at once (default 256)
 * @param httpThreads most threads serving connections (default 200)
 * @param shutdownGrace how long a stop waits for requests in flight before closing (default 30 s)
 * @param adminToken the bearer token that authorizes KB writes; null disables them (default null)
 * @param maxResponseBytes largest answer the server writes; a request whose answer would be larger gets 413
 *     (default 64 MiB)
 */
public record ServerConfig(
    String host,
    int port,
    long maxBodyBytes,
    int maxDocuments,
    Duration requestTimeout,
    int workers,
    int queueCapacity,
    int httpThreads,
    Duration shutdownGrace,
    String adminToken,
    long maxResponseBytes) {

  public ServerConfig {
    check(host != null && !host.isBlank(), "host must not be blank");
    check(port >= 0 && port <= 65535, "port must be in [0, 65535], got " + port);
    check(maxBodyBytes >= 1024, "maxBodyBytes must be at least 1024, got " + maxBodyBytes);
    check(maxDocuments >= 1, "maxDocuments must be at least 1, got " + maxDocuments);
    check(requestTimeout != null && !requestTimeout.isNegative() && !requestTimeout.isZero(),
        "requestTimeout must be positive, got " + requestTimeout);
    check(workers >= 1 && workers <= 1024, "workers must be in [1, 1024], got " + workers);
    check(queueCapacity >= 1, "queueCapacity must be at least 1, got " + queueCapacity);
    check(httpThreads >= 8, "httpThreads must be at least 8, got " + httpThreads);
    check(shutdownGrace != null && !shutdownGrace.isNegative(), "shutdownGrace must not be negative, got " + shutdownGrace);
    check(maxResponseBytes >= 1024, "maxResponseBytes must be at least 1024, got " + maxResponseBytes);
    if (adminToken != null) {
      check(adminToken.length() >= 16 && adminToken.chars().noneMatch(Character::isWhitespace),
          "the admin token must be at least 16 characters without whitespace");
    }
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** The defaults. */
  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 8080, 4L << 20, 1000, Duration.ofSeconds(30),
        Runtime.getRuntime().availableProcessors(), 256, 200, Duration.ofSeconds(30), null, 64L << 20);
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(h, port, maxBodyBytes, maxDocuments, requestTimeout, workers, queueCapacity, httpThreads,
        shutdownGrace, adminToken, maxResponseBytes);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(host, p, maxBodyBytes, maxDocuments, requestTimeout, workers, queueCapacity, httpThreads,
        shutdownGrace, adminToken, maxResponseBytes);
  }

  public ServerConfig withMaxBodyBytes(long b) {
    return new ServerConfig(host, port, b, maxDocuments, requestTimeout, workers, queueCapacity, httpThreads,
        shutdownGrace, adminToken, maxResponseBytes);
  }

  public ServerConfig withRequestTimeout(Duration t) {
    return new ServerConfig(host, port, maxBodyBytes, maxDocuments, t, workers, queueCapacity, httpThreads,
        shutdownGrace, adminToken, maxResponseBytes);
  }

  public ServerConfig withWorkers(int w, int queue) {
    return new ServerConfig(host, port, maxBodyBytes, maxDocuments, requestTimeout, w, queue, httpThreads,
        shutdownGrace, adminToken, maxResponseBytes);
  }

  public ServerConfig withShutdownGrace(Duration g) {
    return new ServerConfig(host, port, maxBodyBytes, maxDocuments, requestTimeout, workers, queueCapacity,
        httpThreads, g, adminToken, maxResponseBytes);
  }

  public ServerConfig withAdminToken(String token) {
    return new ServerConfig(host, port, maxBodyBytes, maxDocuments, requestTimeout, workers, queueCapacity,
        httpThreads, shutdownGrace, token, maxResponseBytes);
  }

  public ServerConfig withMaxResponseBytes(long b) {
    return new ServerConfig(host, port, maxBodyBytes, maxDocuments, requestTimeout, workers, queueCapacity, httpThreads,
        shutdownGrace, adminToken, b);
  }
}
