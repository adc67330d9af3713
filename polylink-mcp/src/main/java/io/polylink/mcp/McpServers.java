package io.polylink.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Serves {@link PolylinkTools} over MCP's transports: stdio ({@code polylink mcp}) and Streamable HTTP. */
public final class McpServers {
  private McpServers() {}

  static final String NAME = "polylink";
  static final String VERSION = "0.1.0";
  static final String INSTRUCTIONS = "Polylink grounds names in text: link_entities resolves the entities in a text "
      + "(any language) to knowledge-base ids with descriptions; search_entities finds entities by name; get_entity "
      + "reads one entity's names, descriptions and relations; redact_text removes personal data before text is "
      + "stored or sent on.";

  private static McpJsonMapper mapper() {
    return McpJsonDefaults.getMapper();
  }

  // The SDK's own input validation is off: the tools check their arguments themselves (the same checks on every
  // transport), with one line that names the bad argument, where the schema validator reports its internals.
  private static McpSchema.ServerCapabilities capabilities() {
    return McpSchema.ServerCapabilities.builder().tools(false).build();
  }

  /**
   * Serves the tools over stdio (JSON-RPC, one message per line) until {@code in} ends, then closes. Writes nothing
   * but MCP messages to {@code out}.
   */
  public static void serveStdio(PolylinkTools tools, InputStream in, OutputStream out) throws InterruptedException {
    StdioTraffic traffic = new StdioTraffic(in, out, STDIO_DRAIN);
    McpSyncServer server = McpServer.sync(new StdioServerTransportProvider(mapper(), traffic.in(), traffic.out()))
        .serverInfo(NAME, VERSION).instructions(INSTRUCTIONS).capabilities(capabilities())
        .validateToolInputs(false).tools(tools.sessionTools()).build();
    try {
      traffic.awaitEnd();
    } finally {
      server.closeGracefully();
    }
  }

  /** How long, after standard input ends, the requests read before it still get their answers. */
  static final java.time.Duration STDIO_DRAIN = java.time.Duration.ofSeconds(60);

  /** The MCP endpoint of an HTTP server: a servlet to mount, and the MCP server behind it to close. */
  public static final class Http implements AutoCloseable {
    private final HttpServletStatelessServerTransport transport;
    private final McpStatelessSyncServer server;

    private Http(HttpServletStatelessServerTransport transport, McpStatelessSyncServer server) {
      this.transport = transport;
      this.server = server;
    }

    /** Handles {@code POST} (JSON-RPC requests, JSON answers) on the endpoint; other methods get 405. */
    public HttpServlet servlet() {
      return transport;
    }

    @Override
    public void close() {
      server.closeGracefully();
    }
  }

  /**
   * The tools over Streamable HTTP, stateless: every {@code POST} carries one JSON-RPC message and gets its answer as
   * JSON. The request's {@code Authorization} header reaches the tools ({@link PolylinkTools#AUTHORIZATION}), with
   * whatever {@code extra} adds (the HTTP server's deadline, say).
   *
   * @param endpoint the path it is mounted at, e.g. {@code /mcp}
   * @param maxBodyBytes the largest request body
   */
  public static Http http(PolylinkTools tools, String endpoint, int maxBodyBytes,
      Function<HttpServletRequest, Map<String, Object>> extra) {
    HttpServletStatelessServerTransport transport = HttpServletStatelessServerTransport.builder()
        .jsonMapper(mapper()).messageEndpoint(endpoint).maxRequestSize(maxBodyBytes)
        .contextExtractor(req -> {
          Map<String, Object> m = new HashMap<>(extra.apply(req));
          String auth = req.getHeader("Authorization");
          if (auth != null) {
            m.put(PolylinkTools.AUTHORIZATION, auth);
          }
          return McpTransportContext.create(m);
        })
        .build();
    McpStatelessSyncServer server = McpServer.sync(transport).serverInfo(NAME, VERSION).instructions(INSTRUCTIONS)
        .capabilities(capabilities()).validateToolInputs(false).tools(tools.statelessTools())
        .addToolFilter(tools::visible).build();
    return new Http(transport, server);
  }
}
