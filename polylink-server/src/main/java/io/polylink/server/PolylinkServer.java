package io.polylink.server;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.redact.Policy;
import io.polylink.redact.RedactionException;
import io.polylink.redact.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Polylink over HTTP: the JSON API under {@code /v1}, DBpedia Spotlight's {@code /rest/annotate} and
 * {@code /rest/candidates}, GERBIL's NIF web service under {@code /gerbil}, MCP tools at {@code /mcp}, a web page at
 * {@code /}, {@code /health},
 * {@code /metrics} (Prometheus) and {@code /openapi.json}. Errors are RFC 9457 problem documents, never stack
 * traces, and an {@link Error} on a request is a problem document too. Bodies, answers, the time from a request's
 * arrival to its answer and the worker pool are bounded ({@link ServerConfig}); a request past its time stops its
 * work as well as getting 503. {@link #stop()}
 * refuses new requests, finishes those in flight, then closes.
 *
 * <pre>{@code
 * try (KnowledgeBase kb = KnowledgeBase.open(Path.of("my-kb"));
 *      PolylinkServer server = PolylinkServer.builder(kb).config(ServerConfig.defaults().withPort(8080)).start()) {
 *   server.awaitStop();
 * }
 * }</pre>
 */
public final class PolylinkServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PolylinkServer.class.getName());
  static final String WEB = "/io/polylink/server/web";

  private final ServerConfig config;
  private final Javalin app;
  private final Workers workers;
  private final Metrics metrics;
  private final AtomicLong inFlight = new AtomicLong();
  private final Object drained = new Object();
  private final long startedAt = System.nanoTime();
  private volatile boolean draining;
  private volatile boolean stopped;
  private final KnowledgeBase kb;
  private final KbWrites kbWrites;
  private final McpEndpoint mcp;

  /** Configures a server over an open KB. */
  public static Builder builder(KnowledgeBase kb) {
    return new Builder(kb);
  }

  /** Configures a {@link PolylinkServer}; the KB stays the caller's to close. */
  public static final class Builder extends io.polylink.mcp.KbServiceBuilder<Builder> {
    private ServerConfig config = ServerConfig.defaults();
    private io.polylink.link.xling.BilingualDictionary dictionary = io.polylink.link.xling.BilingualDictionary.empty();

    private Builder(KnowledgeBase kb) {
      super(kb, "the server needs a KB");
    }

    @Override
    protected Builder self() {
      return this;
    }

    public Builder config(ServerConfig c) {
      if (c == null) {
        throw new IllegalArgumentException("config must not be null");
      }
      this.config = c;
      return this;
    }

    /**
     * Bilingual dictionary for cross-lingual candidates of the linking endpoints (/v1, Spotlight, GERBIL); empty by
     * default. See {@code Linker.Builder#dictionary}.
     */
    public Builder dictionary(io.polylink.link.xling.BilingualDictionary d) {
      if (d == null) {
        throw new IllegalArgumentException("dictionary must not be null");
      }
      this.dictionary = d;
      return this;
    }

    /** Starts the server; it listens when this returns. */
    public PolylinkServer start() {
      return new PolylinkServer(this);
    }
  }

  private PolylinkServer(Builder b) {
    this.config = b.config;
    this.kb = b.knowledgeBase();
    this.workers = new Workers(config.workers(), config.queueCapacity(), config.requestTimeout(),
        config.maxResponseBytes());
    this.metrics = new Metrics(inFlight::get, workers::queued, kb::size);
    Linking linking = new Linking(b.knowledgeBase(), b.linkerConfig(), b.dictionary, b.mentionTagger());
    Bodies bodies = new Bodies(config.maxBodyBytes());
    // redaction needs the types of names, not their misspellings: no fuzzy lookups of unknown multi-word names
    io.polylink.link.Linker redactLinker = io.polylink.link.Linker.builder().knowledgeBase(b.knowledgeBase())
        .config(b.linkerConfig().withFuzzyUnknownNames(false)).build();
    Function<Policy, Redactor> redactorFor = p -> Redactor.builder().linker(redactLinker).policy(p).build();
    V1Api v1 = new V1Api(linking, bodies, workers, metrics, redactorFor.apply(b.redactionPolicy()), redactorFor,
        config.maxDocuments());
    SpotlightApi spotlight = new SpotlightApi(linking, bodies, workers, metrics);
    GerbilApi gerbil = new GerbilApi(linking, bodies, workers, metrics);
    this.kbWrites = new KbWrites(config.adminToken(), b.knowledgeBase(), bodies, workers, metrics);
    this.mcp = new McpEndpoint(b.knowledgeBase(), b.linkerConfig(), b.mentionTagger(), b.redactionPolicy(), config,
        workers, metrics);
    String openApi = resource("openapi.json");

    QueuedThreadPool threads = new QueuedThreadPool(config.httpThreads(), Math.min(8, config.httpThreads()));
    threads.setName("polylink-http");
    this.app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.startup.showOldJavalinVersionWarning = false;
      c.startup.startupWatcherEnabled = false;
      c.jetty.host = config.host();
      c.jetty.port = config.port();
      c.jetty.threadPool = threads;
      c.jetty.modifyServer(server -> {
        // Jetty's part of a graceful stop: a stopping server waits (up to the stop timeout) until every response
        // in flight has been written, not only handled
        server.insertHandler(new org.eclipse.jetty.server.handler.GracefulHandler());
        server.setErrorHandler(new ProblemErrorHandler());
        server.setStopTimeout(config.shutdownGrace().toMillis());
      });
      c.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
      c.http.maxRequestSize = config.maxBodyBytes();
      c.http.defaultContentType = "application/json";
      c.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = WEB;
        sf.location = Location.CLASSPATH;
        sf.headers = java.util.Map.of("Cache-Control", "no-cache");
      });
      c.requestLogger.http((ctx, ms) -> {
        metrics.request(route(ctx), ctx.method().name(), ctx.statusCode(), ms / 1000.0);
        leave(ctx); // called once the response has been copied out
      });
      c.routes.before(this::admit);
      c.routes.exception(Problem.class, (e, ctx) -> problem(ctx, e));
      c.routes.exception(RedactionException.class, (e, ctx) -> problem(ctx, V1Api.redactionFailed(e)));
      c.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, new Problem(e.getStatus(),
          reason(e.getStatus()), e.getStatus() == 404 ? "no such endpoint: " + ctx.method().name() + " " + ctx.path()
              + " (see /openapi.json)" : e.getStatus() == 405 ? "method " + ctx.method().name() + " is not allowed on "
              + ctx.path() : String.valueOf(e.getMessage()))));
      c.routes.exception(Exception.class, (e, ctx) -> {
        LOG.log(Level.WARNING, "request " + ctx.method() + " " + ctx.path() + " failed", e);
        problem(ctx, new Problem(500, "Internal Server Error", "the server failed on this request ("
            + e.getClass().getSimpleName() + "); it has been logged"));
      });
      c.routes.post("/v1/link", guarded(v1::link));
      c.routes.post("/v1/redact", guarded(v1::redact));
      c.routes.get("/v1/entities/<id>", guarded(v1::entity));
      c.routes.post("/v1/kb/entities", guarded(kbWrites::add));
      c.routes.get("/rest/annotate", guarded(spotlight::annotate));
      c.routes.post("/rest/annotate", guarded(spotlight::annotate));
      c.routes.get("/rest/candidates", guarded(spotlight::candidates));
      c.routes.post("/rest/candidates", guarded(spotlight::candidates));
      c.routes.post("/gerbil/a2kb", guarded(gerbil::a2kb));
      c.routes.post("/gerbil/d2kb", guarded(gerbil::d2kb));
      c.routes.post(McpEndpoint.PATH, guarded(mcp::post));
      c.routes.get(McpEndpoint.PATH, mcp::other);
      c.routes.delete(McpEndpoint.PATH, mcp::other);
      c.routes.get("/health", guarded(this::health));
      c.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.render()));
      c.routes.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
    });
    try {
      app.start();
    } catch (RuntimeException e) {
      mcp.close();
      workers.close();
      throw new IllegalStateException("cannot start the server on " + config.host() + ":" + config.port() + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Runs a route so that an {@link Error} (a stack overflow on input nested too deeply, memory running out) becomes a
   * problem document like any other failure, instead of escaping to Jetty as a bare 500 with an empty body. Javalin's
   * exception mappers see only {@link Exception}s.
   */
  static Handler guarded(Handler h) {
    return ctx -> {
      try {
        h.handle(ctx);
      } catch (OutOfMemoryError e) {
        LOG.log(Level.SEVERE, "request " + ctx.method() + " " + ctx.path() + " ran out of memory", e);
        throw Problem.unavailable("the server ran out of memory on this request; send less text per request");
      } catch (StackOverflowError e) {
        LOG.log(Level.WARNING, "request " + ctx.method() + " " + ctx.path() + " overflowed the stack");
        throw Problem.badRequest("the request is nested too deeply to process; flatten it");
      } catch (Error e) {
        LOG.log(Level.SEVERE, "request " + ctx.method() + " " + ctx.path() + " failed", e);
        throw new Problem(500, "Internal Server Error", "the server failed on this request; it has been logged");
      }
    };
  }

  /** The port it listens on (the chosen one when configured with 0). */
  public int port() {
    return app.port();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    String host = config.host().equals("0.0.0.0") ? "127.0.0.1" : config.host();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
  }

  public ServerConfig config() {
    return config;
  }

  long inFlight() {
    return inFlight.get();
  }

  private void admit(Context ctx) {
    if (draining) {
      ctx.header("Connection", "close");
      throw Problem.unavailable("the server is shutting down");
    }
    inFlight.incrementAndGet();
    ctx.attribute("polylink.counted", Boolean.TRUE);
    ctx.attribute(Deadline.ATTRIBUTE, new Deadline(config.requestTimeout()));
  }

  private void leave(Context ctx) {
    // the request logger runs for every request, errors included; only those admit() counted are uncounted
    if (ctx.attribute("polylink.counted") == null) {
      return;
    }
    if (inFlight.decrementAndGet() == 0 && draining) {
      synchronized (drained) {
        drained.notifyAll();
      }
    }
  }

  private static String route(Context ctx) {
    io.javalin.router.Endpoint matched = ctx.endpoints().lastHttpEndpoint();
    String path = matched == null ? "" : matched.path;
    if (path == null || path.isEmpty()) {
      return ctx.statusCode() == 404 ? "unmatched" : "static";
    }
    return path;
  }

  private void health(Context ctx) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = V1Api.JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("status", "ok");
      g.writeNumberField("uptime_seconds", Math.round((System.nanoTime() - startedAt) / 1e9));
      g.writeObjectFieldStart("kb");
      g.writeNumberField("entities", kb.size());
      g.writeNumberField("names", kb.metadata().names());
      g.writeNumberField("languages", kb.metadata().languages());
      g.writeEndObject();
      g.writeNumberField("workers", config.workers());
      g.writeNumberField("queued", workers.queued());
      g.writeBooleanField("kb_writes", kbWrites.enabled());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.contentType("application/json; charset=utf-8").result(w.toString());
  }

  /** Writes {@code p} as {@code application/problem+json}. */
  static void problem(Context ctx, Problem p) {
    ctx.status(p.status());
    if (p.retryAfter() != null) {
      ctx.header("Retry-After", p.retryAfter());
    }
    if (p.status() == 401) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"polylink\"");
    }
    ctx.contentType("application/problem+json; charset=utf-8").result(problemJson(p.status(), p.title(), p.detail(),
        ctx.path()));
  }

  static String problemJson(int status, String title, String detail, String instance) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = V1Api.JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("type", "about:blank");
      g.writeStringField("title", title);
      g.writeNumberField("status", status);
      g.writeStringField("detail", detail == null ? title : detail);
      if (instance != null) {
        g.writeStringField("instance", instance);
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 408 -> "Request Timeout";
      case 413 -> "Content Too Large";
      case 414 -> "URI Too Long";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 429 -> "Too Many Requests";
      case 431 -> "Request Header Fields Too Large";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 503 -> "Service Unavailable";
      default -> status >= 500 ? "Server Error" : "Client Error";
    };
  }

  private static String resource(String name) {
    try (InputStream in = PolylinkServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stops gracefully: new requests get 503 at once, requests in flight finish (up to the configured grace), then
   * the listener and the workers close. Idempotent.
   */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    draining = true;
    long deadline = System.nanoTime() + config.shutdownGrace().toNanos();
    synchronized (drained) {
      while (inFlight.get() > 0 && System.nanoTime() < deadline) {
        try {
          drained.wait(Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    if (inFlight.get() > 0) {
      LOG.warning(String.format(Locale.ROOT, "stopping with %d requests still in flight after %d s", inFlight.get(),
          config.shutdownGrace().toSeconds()));
    }
    app.stop();
    mcp.close();
    workers.close();
    stopped = true;
    synchronized (this) {
      notifyAll();
    }
  }

  /** Blocks until {@link #stop()} has finished (from another thread or a shutdown hook). */
  public synchronized void awaitStop() throws InterruptedException {
    while (!stopped) {
      wait();
    }
  }

  @Override
  public void close() {
    stop();
  }
}
