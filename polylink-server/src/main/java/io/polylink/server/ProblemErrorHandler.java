package io.polylink.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches the routes (a malformed request line, headers too large, a bad
 * URI encoding) as problem documents too, without stack traces.
 */
final class ProblemErrorHandler extends ErrorHandler {

  ProblemErrorHandler() {
    setShowStacks(false);
    setShowMessageInTitle(false);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    String detail = message == null || message.isBlank() ? PolylinkServer.reason(code) : message.replace('\n', ' ');
    byte[] body = PolylinkServer.problemJson(code, PolylinkServer.reason(code), detail, request.getHttpURI() == null
        ? null : request.getHttpURI().getPath()).getBytes(StandardCharsets.UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json; charset=utf-8");
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
