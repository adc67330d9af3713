package io.polylink.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded worker pool that does the linking and redaction: a fixed number of named threads and a bounded queue.
 * A request that finds the queue full gets 503 at once; one that waits or works past its deadline gets 503 and its
 * task is cancelled: the worker is interrupted and the linker stops at its next window, so a timed-out request
 * holds neither the connection thread nor the worker.
 */
final class Workers implements AutoCloseable {

  private final ThreadPoolExecutor pool;
  private final Duration timeout;
  private final long maxAnswerBytes;

  Workers(int threads, int queueCapacity, Duration timeout, long maxAnswerBytes) {
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity),
        r -> {
          Thread t = new Thread(r, "polylink-worker-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    this.timeout = timeout;
    this.maxAnswerBytes = maxAnswerBytes;
  }

  /** The request's deadline, set when the server admitted it. */
  Deadline deadline(io.javalin.http.Context ctx) {
    return Deadline.of(ctx, timeout);
  }

  /** A writer for an answer due by {@code deadline}, capped at the server's response limit. */
  AnswerWriter answer(Deadline deadline) {
    return new AnswerWriter(maxAnswerBytes, deadline);
  }

  /**
   * Answers {@code ctx}: runs {@code write} on a worker until the request's deadline with a writer capped at the
   * server's response limit, so that the deadline and the cap cover writing the answer, not only the work before it;
   * then sends what it wrote as {@code contentType}.
   */
  void respond(io.javalin.http.Context ctx, String contentType,
      java.util.function.Function<AnswerWriter, String> write) {
    Deadline deadline = deadline(ctx);
    String answer = run(deadline, () -> write.apply(answer(deadline)));
    ctx.contentType(contentType).result(answer);
  }

  /** Runs {@code task} on a worker and waits for it, at most the request timeout from now. */
  <T> T run(Callable<T> task) {
    return run(new Deadline(timeout), task);
  }

  /**
   * Runs {@code task} on a worker and waits for it until {@code deadline}; then the task is cancelled: its worker is
   * interrupted, and the linker and {@link AnswerWriter} stop at their next check, so the worker is free again.
   */
  <T> T run(Deadline deadline, Callable<T> task) {
    deadline.check();
    Future<T> f;
    try {
      f = pool.submit(task);
    } catch (RejectedExecutionException e) {
      throw Problem.unavailable("the server is busy (" + pool.getQueue().size() + " requests waiting for "
          + pool.getMaximumPoolSize() + " workers); retry shortly");
    }
    try {
      return f.get(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw deadline.timedOut();
    } catch (java.util.concurrent.CancellationException e) {
      throw deadline.timedOut();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      throw Problem.unavailable("the server is shutting down");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof java.util.concurrent.CancellationException) {
        // the work was interrupted (the server is stopping its workers): not the client's fault, retry
        throw Problem.unavailable("the request was cancelled on the server; retry shortly");
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  int queued() {
    return pool.getQueue().size();
  }

  @Override
  public void close() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
