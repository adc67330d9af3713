/**
 * Polylink for language models over the Model Context Protocol: {@link io.polylink.mcp.PolylinkTools} defines the
 * tools ({@code link_entities}, {@code search_entities}, {@code get_entity}, {@code redact_text}, {@code add_entity})
 * with JSON Schemas; {@link io.polylink.mcp.McpServers} serves them over stdio and Streamable HTTP.
 *
 * <pre>{@code
 * try (KnowledgeBase kb = KnowledgeBase.open(Path.of("my-kb"))) {
 *   McpServers.serveStdio(PolylinkTools.builder(kb).build(), System.in, System.out);
 * }
 * }</pre>
 */
package io.polylink.mcp;
