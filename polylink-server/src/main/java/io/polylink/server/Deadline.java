package io.polylink.server;

import io.javalin.http.Context;
import java.time.Duration;

/**
 * The time a request has left. It starts when the request is admitted and covers everything after: reading the body,
 * waiting for a worker, the linking and writing the answer; past it the client gets 503 and the work stops.
 */
final class Deadline {

  static final String ATTRIBUTE = "polylink.deadline";

  private final Duration timeout;
  private final long end;

  Deadline(Duration timeout) {
    this.timeout = timeout;
    this.end = System.nanoTime() + timeout.toNanos();
  }

  /** The request's deadline, set when it was admitted (a fresh one when there is none). */
  static Deadline of(Context ctx, Duration timeout) {
    Deadline d = ctx.attribute(ATTRIBUTE);
    return d != null ? d : new Deadline(timeout);
  }

  long remainingNanos() {
    return end - System.nanoTime();
  }

  boolean expired() {
    return remainingNanos() <= 0;
  }

  /** Fails with the 503 of a request past its time. */
  void check() {
    if (expired()) {
      throw timedOut();
    }
  }

  Problem timedOut() {
    return Problem.unavailable("the request took longer than the server's timeout of " + timeout.toMillis()
        + " ms; send less text per request");
  }
}
