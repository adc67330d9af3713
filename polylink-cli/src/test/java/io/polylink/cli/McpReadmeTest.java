package io.polylink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's MCP host configurations are valid JSON and name a command line and an endpoint that exist. */
class McpReadmeTest {

  static List<JsonNode> configs() throws Exception {
    String readme = Files.readString(Path.of("..").toAbsolutePath().normalize().resolve("README.md"),
        StandardCharsets.UTF_8);
    int start = readme.indexOf("### Ground a language model (MCP)");
    assertTrue(start >= 0, "README has no MCP section");
    int end = readme.indexOf("\n### ", start + 10);
    Matcher m = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(start, end));
    List<JsonNode> out = new ArrayList<>();
    while (m.find()) {
      out.add(new ObjectMapper().readTree(m.group(1)).get("mcpServers").get("polylink"));
    }
    return out;
  }

  @Test
  void stdioAndHttpConfigurationsNameWhatExists() throws Exception {
    List<JsonNode> configs = configs();
    assertEquals(2, configs.size());
    JsonNode stdio = configs.get(0);
    assertTrue(stdio.get("command").asText().endsWith("/polylink"), stdio.toString());
    List<String> args = new ArrayList<>();
    stdio.get("args").forEach(a -> args.add(a.asText()));
    CommandLine.ParseResult parsed = PolylinkCli.commandLine().parseArgs(args.toArray(String[]::new));
    assertEquals("mcp", parsed.subcommand().commandSpec().name());
    assertTrue(parsed.subcommand().hasMatchedOption("--kb"));
    JsonNode http = configs.get(1);
    assertEquals("http", http.get("type").asText());
    assertEquals("/mcp", URI.create(http.get("url").asText()).getPath());
  }
}
