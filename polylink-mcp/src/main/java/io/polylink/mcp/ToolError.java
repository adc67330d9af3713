package io.polylink.mcp;

/**
 * A tool call the caller can fix or retry: its one-line message goes back to the model as an MCP tool error
 * ({@code isError: true}), never a stack trace.
 */
public final class ToolError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ToolError(String message) {
    super(oneLine(message), null, false, false);
  }

  static String oneLine(String s) {
    return s == null ? "the call failed" : s.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
