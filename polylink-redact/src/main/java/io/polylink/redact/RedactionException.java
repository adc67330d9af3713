package io.polylink.redact;

/**
 * A document could not be redacted; nothing of its text was emitted. The message names the document and what failed,
 * never the cause's message: a parser or a validator quotes the text it failed on, and this message goes to reports,
 * {@code {"id","error"}} records and standard error. The cause stays attached for logs.
 */
public final class RedactionException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final String documentId;

  public RedactionException(String documentId, String message, Throwable cause) {
    super("document '" + documentId + "': " + message, cause);
    this.documentId = documentId;
  }

  /** The id of the document that failed. */
  public String documentId() {
    return documentId;
  }
}
