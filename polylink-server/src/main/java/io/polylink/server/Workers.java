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
 * A request that finds the queue full gets 503 at once; one that waits or works past the request timeout gets 503
 * and its task is cancelled, so a slow request cannot hold the connection thread forever.
 */
final class Workers implements AutoCloseable {

  private final ThreadPoolExecutor pool;
  private final Duration timeout;

  Workers(int threads, int queueCapacity, Duration timeout) {
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity),
        r -> {
          Thread t = new Thread(r, "polylink-worker-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    this.timeout = timeout;
  }

  /** Runs {@code task} on a worker and waits for it, at most the request timeout. */
  <T> T run(Callable<T> task) {
    Future<T> f;
    try {
      f = pool.submit(task);
    } catch (RejectedExecutionException e) {
      throw Problem.unavailable("the server is busy (" + pool.getQueue().size() + " requests waiting for "
          + pool.getMaximumPoolSize() + " workers); retry shortly");
    }
    try {
      return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw Problem.unavailable("the request took longer than the server's timeout of " + timeout.toMillis()
          + " ms; send less text per request");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      throw Problem.unavailable("the server is shutting down");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
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
