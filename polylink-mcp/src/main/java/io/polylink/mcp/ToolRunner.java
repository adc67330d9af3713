package io.polylink.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import java.util.concurrent.Callable;

/**
 * Where a tool's work runs. The stdio server runs it on the calling thread; the HTTP server runs it on its bounded
 * worker pool under the request's deadline, so {@code /mcp} has the limits of the rest of the API. A runner reports a
 * refusal (queue full, time out) by throwing {@link ToolError}.
 */
@FunctionalInterface
public interface ToolRunner {

  /** Runs the work on the calling thread. */
  ToolRunner DIRECT = new ToolRunner() {
    @Override
    public <T> T run(McpTransportContext context, Callable<T> work) throws Exception {
      return work.call();
    }
  };

  <T> T run(McpTransportContext context, Callable<T> work) throws Exception;
}
