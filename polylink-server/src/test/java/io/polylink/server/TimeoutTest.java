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
    try (PolylinkServer server = PolylinkServer.builder(TestKb.get()).config(ServerConfig.defaults().withPort(0)
        .withMaxBodyBytes(8L << 20).withWorkers(1, 4).withRequestTimeout(Duration.ofMillis(3000))).start()) {
      Http http = new Http(server.url());
      String small = "{\"text\":\"Angela Merkel besuchte Paris.\"}";
      // the first request of a fresh server pays for loading and compiling: paid here, so that the request after
      // the timed-out one measures only whether the worker is free (on a busy machine it took over 1.5 s)
      // (a cold start on a loaded machine can itself pass the timeout: then it is asked again, warmer)
      long warm = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (http.post("/v1/link", "application/json", small).status() != 200) {
        assertTrue(System.nanoTime() < warm, "a small request never came back within the timeout");
      }
      ErrorsTest.problem(http.post("/v1/link", "application/json", LifecycleTest.longText()), 503,
          "longer than the server's timeout of 3000 ms");
      Http.Answer next = http.post("/v1/link", "application/json", small);
      assertEquals(200, next.status(), next.body());
      assertEquals("Q567", next.json().get("mentions").get(0).get("id").asText());
    }
  }

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
