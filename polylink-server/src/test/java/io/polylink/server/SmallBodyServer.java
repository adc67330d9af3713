package io.polylink.server;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server over {@link TestKb} on a free port with a body limit of {@link #MAX} bytes, started before the tests of a
 * class that registers it ({@code @RegisterExtension static final SmallBodyServer SERVER = new SmallBodyServer();})
 * and stopped after them.
 */
final class SmallBodyServer implements BeforeAllCallback, AfterAllCallback {

  static final long MAX = 64 * 1024;

  private PolylinkServer server;
  private Http http;

  @Override
  public void beforeAll(ExtensionContext context) {
    server = PolylinkServer.builder(TestKb.get())
        .config(ServerConfig.defaults().withPort(0).withMaxBodyBytes(MAX)).start();
    http = new Http(server.url());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop();
  }

  PolylinkServer server() {
    return server;
  }

  Http http() {
    return http;
  }
}
