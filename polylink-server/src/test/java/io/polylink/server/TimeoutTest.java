package io.polylink.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 7: a request past its timeout gets 503 and its work stops, so the worker is free for the next one;
 * the deadline covers writing the answer, and answers are capped in size.
 */
class TimeoutTest {

  /**
   * With one worker, a long text past the timeout used to keep the worker linking for seconds after its 503, and the
   * next request timed out in the queue behind it. Now the worker stops at the next window.
   */
  @Test
  void aTimedOutRequestFreesItsWorker() {
    String small = "{\"text\":\"Angela Merkel besuchte Paris.\"}";
    String longText = LifecycleTest.longText();
    // The timeout is a quarter of what the long text takes on this machine, measured first (a second time, compiled)
    // on a server without a tight timeout: the long request passes it and a small one stays far inside it, on a fast machine as on a
    // loaded one (fixed timeouts of 1.5 s and 3 s failed both ways)
    long took;
    try (PolylinkServer probe = PolylinkServer.builder(TestKb.get()).config(ServerConfig.defaults().withPort(0)
        .withMaxBodyBytes(8L << 20).withWorkers(1, 4).withRequestTimeout(Duration.ofMinutes(5))).start()) {
      Http http = new Http(probe.url());
      assertEquals(200, http.post("/v1/link", "application/json", small).status());
      assertEquals(200, http.post("/v1/link", "application/json", longText).status()); // compiles the linker's paths
      long start = System.nanoTime();
      assertEquals(200, http.post("/v1/link", "application/json", longText).status());
      took = System.nanoTime() - start;
    }
    long timeoutMillis = Math.max(MIN_TIMEOUT_MILLIS, Duration.ofNanos(took).toMillis() / 4);
    try (PolylinkServer server = PolylinkServer.builder(TestKb.get()).config(ServerConfig.defaults().withPort(0)
        .withMaxBodyBytes(8L << 20).withWorkers(1, 4).withRequestTimeout(Duration.ofMillis(timeoutMillis))).start()) {
      Http http = new Http(server.url());
      // the first request of a fresh server pays for loading and compiling; asked again while that passes the timeout
      long warm = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (http.post("/v1/link", "application/json", small).status() != 200) {
        assertTrue(System.nanoTime() < warm, "a small request never came back within the timeout");
      }
      ErrorsTest.problem(http.post("/v1/link", "application/json", longText), 503,
          "longer than the server's timeout of " + timeoutMillis + " ms");
      Http.Answer next = http.post("/v1/link", "application/json", small);
      assertEquals(200, next.status(), next.body());
      assertEquals("Q567", next.json().get("mentions").get(0).get("id").asText());
    }
  }

  /** The shortest timeout {@link #aTimedOutRequestFreesItsWorker} sets: a small request must fit in it. */
  private static final long MIN_TIMEOUT_MILLIS = 200;

  @Test
  void answersAreCappedInSize() {
    try (PolylinkServer server = PolylinkServer.builder(TestKb.get())
        .config(ServerConfig.defaults().withPort(0).withMaxResponseBytes(4096)).start()) {
      Http http = new Http(server.url());
      String text = "Angela Merkel flog von Berlin nach Paris. ".repeat(100);
      ErrorsTest.problem(http.post("/v1/link", "application/json", "{\"text\":\"" + text + "\"}"), 413,
          "the answer would exceed the server's limit of 4096 bytes per response");
      ErrorsTest.problem(http.post("/v1/link", "application/json", "{\"text\":\"" + text + "\",\"format\":\"nif\"}"),
          413, "4096 bytes per response");
      ErrorsTest.problem(http.post("/rest/annotate", "text/plain", text), 413, "4096 bytes per response");
      ErrorsTest.problem(http.post("/gerbil/a2kb", "application/x-turtle", GerbilApiTest.gerbilRequest(text,
          new int[0][])), 413, "4096 bytes per response");
      // small answers still go out
      assertEquals(200, http.post("/v1/link", "application/json", "{\"text\":\"Paris\"}").status());
    }
  }

  @Test
  void writingAnAnswerChecksTheDeadlineAndInterrupts() throws Exception {
    Deadline past = new Deadline(Duration.ofNanos(1));
    Thread.sleep(1);
    AnswerWriter late = new AnswerWriter(1L << 30, past);
    Problem p = assertThrows(Problem.class, () -> late.write("x".repeat(1 << 17)));
    assertEquals(503, p.status());
    assertTrue(p.detail().contains("timeout"), p.detail());

    AnswerWriter w = new AnswerWriter(1L << 30, new Deadline(Duration.ofMinutes(5)));
    Thread.currentThread().interrupt();
    try {
      assertThrows(CancellationException.class, () -> w.write("y".repeat(1 << 17)));
    } finally {
      Thread.interrupted();
    }
    AnswerWriter capped = new AnswerWriter(1024, new Deadline(Duration.ofMinutes(5)));
    capped.write("é".repeat(512)); // 1,024 UTF-8 bytes: at the limit
    assertEquals(1024, capped.bytes());
    assertEquals(413, assertThrows(Problem.class, () -> capped.write("z")).status());
  }
}
