package io.polylink.server;

import io.javalin.http.Context;
import io.modelcontextprotocol.common.McpTransportContext;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.LinkerConfig;
import io.polylink.mcp.McpServers;
import io.polylink.mcp.PolylinkTools;
import io.polylink.mcp.ToolError;
import io.polylink.mcp.ToolRunner;
import io.polylink.redact.Policy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code POST /mcp}: Polylink's MCP tools over Streamable HTTP (stateless: one JSON-RPC message per request, its
 * answer as JSON). Requests pass the server's admission, body limit and problem handling like every route; tool work
 * runs on the worker pool under the request's deadline, and a refusal (busy, timed out) is a one-line tool error.
 * {@code add_entity} is listed and callable only with the server's admin token as {@code Authorization: Bearer}.
 */
final class McpEndpoint implements AutoCloseable {

  static final String PATH = "/mcp";

  private final McpServers.Http http;

  McpEndpoint(KnowledgeBase kb, LinkerConfig linkerConfig, io.polylink.link.tagger.SequenceTagger mentionTagger,
      Policy policy, ServerConfig config, Workers workers, Metrics metrics) {
    PolylinkTools tools = PolylinkTools.builder(kb).linkerConfig(linkerConfig).mentionTagger(mentionTagger)
        .redactionPolicy(policy)
        .adminToken(config.adminToken()).runner(new ToolRunner() {
          @Override
          public <T> T run(McpTransportContext context, Callable<T> work) {
            Deadline d = context.get(Deadline.ATTRIBUTE) instanceof Deadline x ? x : null;
            try {
              T out = d == null ? workers.run(work) : workers.run(d, work);
              metrics.documents(PATH, 1);
              return out;
            } catch (Problem p) {
              throw new ToolError(p.detail());
            }
          }
        }).build();
    this.http = McpServers.http(tools, PATH, (int) Math.min(Integer.MAX_VALUE, config.maxBodyBytes()), req -> {
      Map<String, Object> m = new HashMap<>();
      Object d = req.getAttribute(Deadline.ATTRIBUTE);
      if (d != null) {
        m.put(Deadline.ATTRIBUTE, d);
      }
      return m;
    });
  }

  void post(Context ctx) throws Exception {
    http.servlet().service(ctx.req(), ctx.res());
  }

  void other(Context ctx) {
    throw new Problem(405, "Method Not Allowed", "method " + ctx.method().name() + " is not allowed on " + PATH
        + ": this MCP endpoint is stateless; POST one JSON-RPC message per request");
  }

  @Override
  public void close() {
    http.close();
  }
}
