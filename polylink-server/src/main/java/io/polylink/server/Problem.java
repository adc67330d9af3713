package io.polylink.server;

/**
 * An error answered as an RFC 9457 problem document ({@code application/problem+json}) with {@code status},
 * {@code title} and a one-line {@code detail} a client can act on. Thrown by handlers; never carries a stack trace
 * to the client.
 */
final class Problem extends RuntimeException {

  private final int status;
  private final String title;
  private final String retryAfter;

  Problem(int status, String title, String detail) {
    this(status, title, detail, null);
  }

  Problem(int status, String title, String detail, String retryAfter) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.retryAfter = retryAfter;
  }

  static Problem badRequest(String detail) {
    return new Problem(400, "Bad Request", detail);
  }

  static Problem unsupportedMediaType(String detail) {
    return new Problem(415, "Unsupported Media Type", detail);
  }

  static Problem tooLarge(String detail) {
    return new Problem(413, "Content Too Large", detail);
  }

  static Problem notFound(String detail) {
    return new Problem(404, "Not Found", detail);
  }

  static Problem unavailable(String detail) {
    return new Problem(503, "Service Unavailable", detail, "1");
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }

  String detail() {
    return getMessage();
  }

  /** The Retry-After header value, or null. */
  String retryAfter() {
    return retryAfter;
  }
}
