package io.polylink.redact;

/**
 * A sanitized document.
 *
 * @param text the text with every finding replaced by its operator's output
 * @param report what was redacted and where
 */
public record RedactedDocument(String text, DocumentReport report) {

  public RedactedDocument {
    if (text == null || report == null) {
      throw new IllegalArgumentException("redacted document needs a text and a report");
    }
  }
}
