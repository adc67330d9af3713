package io.polylink.kb.source;

/**
 * One input record is malformed; the line loop turns it into a {@link SourceException} or a warning according to the
 * {@link ErrorPolicy}. Carries no stack trace: under {@link ErrorPolicy#SKIP} a bad dump may throw millions of them.
 */
final class MalformedRecordException extends Exception {
  private static final long serialVersionUID = 1L;

  MalformedRecordException(String reason) {
    super(reason, null, false, false);
  }

  MalformedRecordException(String reason, Throwable cause) {
    super(reason, cause, false, false);
  }
}
