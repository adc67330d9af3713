package io.polylink.redact.operate;

/**
 * Where a value being redacted lives.
 *
 * @param documentId the document's id ("" when it has none)
 * @param language the document's language code, "" when unknown
 */
public record OperatorContext(String documentId, String language) {

  public OperatorContext {
    documentId = documentId == null ? "" : documentId;
    language = language == null ? "" : language;
  }
}
