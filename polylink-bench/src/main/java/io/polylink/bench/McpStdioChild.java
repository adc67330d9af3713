package io.polylink.bench;

import io.polylink.kb.store.KnowledgeBase;
import io.polylink.mcp.McpServers;
import io.polylink.mcp.PolylinkTools;
import java.nio.file.Path;

/** The stdio MCP server of {@code polylink mcp --kb DIR}, without the CLI around it: the child of {@link McpLatency}. */
public final class McpStdioChild {
  private McpStdioChild() {}

  public static void main(String[] args) throws Exception {
    try (KnowledgeBase kb = KnowledgeBase.open(Path.of(args[0]))) {
      McpServers.serveStdio(PolylinkTools.builder(kb).build(), System.in, System.out);
    }
  }
}
