package io.polylink.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.redact.RedactionException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polylink's MCP tools over one open KB: {@code link_entities}, {@code search_entities}, {@code get_entity},
 * {@code redact_text} and, when enabled, {@code add_entity}. Each has an input and an output JSON Schema; a call
 * answers with structured content and the same JSON as text. Bad arguments and refusals come back as tool errors
 * ({@code isError}) with one line that names the bad argument; no stack trace leaves the server.
 *
 * <pre>{@code
 * PolylinkTools tools = PolylinkTools.builder(kb).build();
 * McpSyncServer server = McpServers.stdio(tools, System.in, System.out);
 * }</pre>
 */
public final class PolylinkTools {

  private static final Logger LOG = Logger.getLogger(PolylinkTools.class.getName());
  static final ObjectMapper JSON = new ObjectMapper();

  /** The transport-context key of the HTTP request's {@code Authorization} header. */
  public static final String AUTHORIZATION = "polylink.authorization";

  static final String ADD = "add_entity";

  private final Tools tools;
  private final List<Spec> specs;
  private final ToolRunner runner;
  private final byte[] adminToken;
  private final boolean addAlways;

  /** A tool and its handler, independent of the transport. */
  record Spec(McpSchema.Tool tool, Function<Args, Map<String, Object>> handler, java.util.Set<String> arguments) {}

  private PolylinkTools(Builder b) {
    Linker linker = Linker.builder().knowledgeBase(b.knowledgeBase()).config(b.linkerConfig())
        .mentionTagger(b.mentionTagger()).build();
    this.tools = new Tools(b.knowledgeBase(), linker, b.linkerConfig(), b.redactionPolicy());
    this.runner = b.runner;
    this.adminToken = b.adminToken == null ? null : b.adminToken.getBytes(StandardCharsets.UTF_8);
    this.addAlways = b.addAlways;
    List<Spec> s = new ArrayList<>();
    s.add(spec("link_entities", "Link entities", Schemas.LINK_DESCRIPTION, Schemas.LINK_INPUT, Schemas.LINK_OUTPUT,
        true, tools::link));
    s.add(spec("search_entities", "Search entities by name", Schemas.SEARCH_DESCRIPTION, Schemas.SEARCH_INPUT,
        Schemas.SEARCH_OUTPUT, true, tools::search));
    s.add(spec("get_entity", "Get an entity", Schemas.GET_DESCRIPTION, Schemas.GET_INPUT, Schemas.GET_OUTPUT, true,
        tools::entity));
    s.add(spec("redact_text", "Redact personal data", Schemas.REDACT_DESCRIPTION, Schemas.REDACT_INPUT,
        Schemas.REDACT_OUTPUT, true, tools::redact));
    if (addAlways || adminToken != null) {
      s.add(spec(ADD, "Add an entity to the KB", Schemas.ADD_DESCRIPTION, Schemas.ADD_INPUT, Schemas.ADD_OUTPUT,
          false, tools::add));
    }
    this.specs = List.copyOf(s);
  }

  /** Configures the tools over an open KB (the caller keeps it open while the tools serve). */
  public static Builder builder(KnowledgeBase kb) {
    return new Builder(kb);
  }

  /** Configures {@link PolylinkTools}. */
  public static final class Builder extends KbServiceBuilder<Builder> {
    private ToolRunner runner = ToolRunner.DIRECT;
    private String adminToken;
    private boolean addAlways;

    private Builder(KnowledgeBase kb) {
      super(kb, "the MCP tools need a KB");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Where tool work runs (default: on the calling thread). */
    public Builder runner(ToolRunner r) {
      if (r == null) {
        throw new IllegalArgumentException("runner must not be null");
      }
      this.runner = r;
      return this;
    }

    /**
     * Offers {@code add_entity} to callers whose transport context carries {@code Bearer <token>} under
     * {@link #AUTHORIZATION} (HTTP); others neither see nor may call it. Null leaves it off.
     */
    public Builder adminToken(String token) {
      if (token != null && token.isBlank()) {
        throw new IllegalArgumentException("the admin token must not be blank");
      }
      this.adminToken = token;
      return this;
    }

    /** Offers {@code add_entity} to every caller (stdio, where the caller is the process's owner). Off by default. */
    public Builder allowAdd(boolean on) {
      this.addAlways = on;
      return this;
    }

    public PolylinkTools build() {
      return new PolylinkTools(this);
    }
  }

  private static Spec spec(String name, String title, String description, String input, String output,
      boolean readOnly, Function<Args, Map<String, Object>> handler) {
    Map<String, Object> in = parse(input);
    @SuppressWarnings("unchecked")
    Map<String, Object> props = (Map<String, Object>) in.get("properties");
    McpSchema.Tool tool = McpSchema.Tool.builder().name(name).title(title).description(description)
        .inputSchema(in).outputSchema(parse(output))
        .annotations(new McpSchema.ToolAnnotations(title, readOnly, !readOnly, !readOnly, false, null))
        .build();
    return new Spec(tool, handler, props.keySet());
  }

  private static Map<String, Object> parse(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tool schema is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The tools' definitions, as {@code tools/list} shows them to a caller allowed everything. */
  public List<McpSchema.Tool> tools() {
    return specs.stream().map(Spec::tool).toList();
  }

  /** True when {@code context} may see and call {@code add_entity}. */
  boolean mayAdd(McpTransportContext context) {
    if (addAlways) {
      return true;
    }
    if (adminToken == null || context == null) {
      return false;
    }
    Object h = context.get(AUTHORIZATION);
    if (!(h instanceof String header)) {
      return false;
    }
    String s = header.strip();
    if (s.length() < 7 || !s.substring(0, 7).equalsIgnoreCase("Bearer ")) {
      return false;
    }
    return MessageDigest.isEqual(s.substring(7).strip().getBytes(StandardCharsets.UTF_8), adminToken);
  }

  /** True when {@code tool} is visible to {@code context} in {@code tools/list}. */
  boolean visible(McpTransportContext context, McpSchema.Tool tool) {
    return !tool.name().equals(ADD) || mayAdd(context);
  }

  /**
   * Calls a tool as the transports do: the answer, or a tool error with one line. Never throws for bad input.
   */
  public McpSchema.CallToolResult call(String name, Map<String, Object> arguments, McpTransportContext context) {
    Spec spec = specs.stream().filter(s -> s.tool().name().equals(name)).findFirst().orElse(null);
    try {
      if (spec == null) {
        throw new ToolError("unknown tool '" + name + "'");
      }
      if (name.equals(ADD) && !mayAdd(context)) {
        throw new ToolError("add_entity needs the server's admin token: send 'Authorization: Bearer <admin token>'");
      }
      Args args = new Args(name, arguments, spec.arguments());
      Map<String, Object> out = runner.run(context, () -> spec.handler().apply(args));
      return McpSchema.CallToolResult.builder().structuredContent(out).addTextContent(JSON.writeValueAsString(out))
          .isError(false).build();
    } catch (ToolError e) {
      return error(e.getMessage());
    } catch (RedactionException e) {
      return error("redaction failed, nothing returned: " + ToolError.oneLine(e.getMessage()));
    } catch (OutOfMemoryError e) {
      LOG.log(Level.SEVERE, "tool " + name + " ran out of memory", e);
      return error(name + ": the server ran out of memory on this call; send less text per call");
    } catch (StackOverflowError e) {
      return error(name + ": the input is nested too deeply to process; flatten it");
    } catch (Exception e) {
      LOG.log(Level.WARNING, "tool " + name + " failed", e);
      return error(name + " failed on this call (" + e.getClass().getSimpleName() + "); it has been logged");
    }
  }

  static McpSchema.CallToolResult error(String message) {
    return McpSchema.CallToolResult.builder().addTextContent(ToolError.oneLine(message)).isError(true).build();
  }

  /** The tools for a session server (stdio). */
  List<McpServerFeatures.SyncToolSpecification> sessionTools() {
    List<McpServerFeatures.SyncToolSpecification> out = new ArrayList<>();
    for (Spec s : specs) {
      out.add(McpServerFeatures.SyncToolSpecification.builder().tool(s.tool())
          .callHandler((exchange, req) -> call(s.tool().name(), req.arguments(),
              exchange == null ? McpTransportContext.EMPTY : exchange.transportContext()))
          .build());
    }
    return out;
  }

  /** The tools for a stateless server (HTTP). */
  List<McpStatelessServerFeatures.SyncToolSpecification> statelessTools() {
    List<McpStatelessServerFeatures.SyncToolSpecification> out = new ArrayList<>();
    for (Spec s : specs) {
      out.add(McpStatelessServerFeatures.SyncToolSpecification.builder().tool(s.tool())
          .callHandler((context, req) -> call(s.tool().name(), req.arguments(), context))
          .build());
    }
    return out;
  }
}
