package io.polylink.server;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server on the {@link TestKb} for a test class: started on a free port before the class's tests, stopped after
 * them. Register it on a static field: {@code @RegisterExtension static final TestServer SERVER =
 * TestServer.with(ServerConfig.defaults());}
 */
final class TestServer implements BeforeAllCallback, AfterAllCallback {

  private final ServerConfig config;
  private PolylinkServer server;
  private Http http;

  private TestServer(ServerConfig config) {
    this.config = config;
  }

  /** A server with {@code config}, on a free port whatever its port says. */
  static TestServer with(ServerConfig config) {
    return new TestServer(config);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = PolylinkServer.builder(TestKb.get()).config(config.withPort(0)).start();
    http = new Http(server.url());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) {
      server.stop();
    }
  }

  /** A client of the running server. */
  Http http() {
    return http;
  }
}
