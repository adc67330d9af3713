package io.polylink.redact;

/** A document could not be redacted; nothing of its text was emitted. The message names the document. */
public final class RedactionException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final String documentId;

  public RedactionException(String documentId, String message, Throwable cause) {
    super("document '" + documentId + "': " + message + (cause == null || cause.getMessage() == null ? ""
        : ": " + cause.getMessage()), cause);
    this.documentId = documentId;
  }

  /** The id of the document that failed. */
  public String documentId() {
    return documentId;
  }
}
