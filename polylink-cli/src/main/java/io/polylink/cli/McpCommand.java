package io.polylink.cli;

import io.polylink.kb.store.KnowledgeBase;
import io.polylink.mcp.McpServers;
import io.polylink.mcp.PolylinkTools;
import io.polylink.redact.Policy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code polylink mcp}: Polylink's tools for language models over MCP's stdio transport, for an MCP host (a chat
 * client, an agent) that starts it as a subprocess. Standard output carries only MCP messages; notes go to standard
 * error. Ends when the host closes standard input.
 */
@Command(name = "mcp", mixinStandardHelpOptions = true,
    description = "Serve Polylink's MCP tools (link_entities, search_entities, get_entity, redact_text; add_entity with "
        + "--allow-add) over stdio, for an MCP host that starts this command. For MCP over HTTP, use 'serve' (/mcp).")
final class McpCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Held here: java.util.logging keeps loggers weakly. The SDK logs every session's start at INFO. */
  private static final java.util.logging.Logger SDK_LOG = java.util.logging.Logger.getLogger("io.modelcontextprotocol");

  @Option(names = "--kb", description = "KB directory (default: the starter KB, built on first use)")
  Path kb;

  @Option(names = "--allow-add", description = "offer the add_entity tool, which writes to the KB (off by default)")
  boolean allowAdd;

  @Option(names = "--redact-policy", description = "default policy of redact_text (.json or .yaml, as for 'redact')")
  Path redactPolicy;

  @picocli.CommandLine.Mixin
  MentionsModelOption mentionsModel = new MentionsModelOption();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    SDK_LOG.setLevel(java.util.logging.Level.WARNING);
    Policy policy = redactPolicy == null ? Policy.defaults() : Policy.load(redactPolicy);
    io.polylink.link.tagger.SequenceTagger tagger = mentionsModel.read();
    try (KnowledgeBase k = StarterKb.openOrStarter(kb, err)) {
      PolylinkTools tools = PolylinkTools.builder(k).redactionPolicy(policy).mentionTagger(tagger).allowAdd(allowAdd)
          .build();
      err.printf(Locale.ROOT, "polylink: MCP over stdio on %s (%,d entities); tools: %s%n", k.directory(), k.size(),
          String.join(", ", tools.tools().stream().map(t -> t.name()).toList()));
      err.flush();
      McpServers.serveStdio(tools, System.in, System.out);
    }
    return 0;
  }
}
