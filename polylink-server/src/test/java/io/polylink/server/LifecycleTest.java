package io.polylink.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Limits in time and graceful shutdown. */
class LifecycleTest {

  /** A text that takes the linker a noticeable while: many sentences full of names. */
  static String longText() {
    return "{\"text\":\"" + "Angela Merkel flog von Berlin nach Paris und weiter nach Deutschland. ".repeat(20_000) + "\"}";
  }

  @Test
  void stopFinishesRequestsInFlightAndRefusesNewOnes() throws Exception {
    PolylinkServer server = PolylinkServer.builder(TestKb.get())
        .config(ServerConfig.defaults().withPort(0).withMaxBodyBytes(8L << 20).withWorkers(1, 4)).start();
    Http http = new Http(server.url());
    CompletableFuture<Http.Answer> slow = CompletableFuture.supplyAsync(() -> http.post("/v1/link", "application/json",
        longText()));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (server.inFlight() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    assertEquals(1, server.inFlight(), "the slow request is in flight");
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
    Http.Answer a = slow.get(60, TimeUnit.SECONDS);
    assertEquals(200, a.status(), a.body().length() > 300 ? a.body().substring(0, 300) : a.body());
    assertTrue(a.json().get("mentions").size() >= 80_000, "the whole answer arrived");
    stopping.get(60, TimeUnit.SECONDS);
    assertThrows(UncheckedIOException.class, () -> http.get("/health"), "closed after the stop");
  }

  @Test
  void aRequestPastTheTimeoutGets503() {
    try (PolylinkServer server = PolylinkServer.builder(TestKb.get()).config(ServerConfig.defaults().withPort(0)
        .withMaxBodyBytes(8L << 20).withRequestTimeout(Duration.ofMillis(20))).start()) {
      Http.Answer a = new Http(server.url()).post("/v1/link", "application/json", longText());
      ErrorsTest.problem(a, 503, "longer than the server's timeout of 20 ms");
      assertEquals("1", a.header("Retry-After"));
    }
  }

  @Test
  void configRejectsNonsenseWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ServerConfig.defaults().withWorkers(0, 1));
    assertTrue(e.getMessage().contains("got 0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults().withAdminToken("short"));
    assertTrue(e.getMessage().contains("at least 16"), e.getMessage());
  }
}
