package io.polylink.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a per-document task on several threads for a fixed time, the threads taking documents round-robin from one
 * shared list, and counts the documents done. Each thread gets its own {@link Worker} (for per-thread state such as a
 * KB lookup).
 */
final class ThroughputRunner {

  /** One thread's task: processes a document and returns something derived from the result. */
  interface Worker {
    long process(String document);
  }

  /**
   * What a timed run did.
   *
   * @param documents documents processed by all threads
   * @param seconds wall time
   * @param threads threads used
   * @param checksum sum of the workers' return values, so the work cannot be optimized away
   * @param cpuSeconds CPU time of the worker threads: unlike wall time, it does not count time the threads spent
   *     waiting for a core that other processes held
   * @param allocatedBytes heap the worker threads allocated (-1 where the JVM does not say): like CPU time, a cost of
   *     the work itself, and one that other processes on the machine do not inflate
   */
  record Result(long documents, double seconds, int threads, long checksum, double cpuSeconds, long allocatedBytes) {
    Result {
      if (documents < 0 || seconds <= 0 || threads < 1 || cpuSeconds < 0) {
        throw new IllegalArgumentException("invalid run result: documents=" + documents + " seconds=" + seconds
            + " threads=" + threads);
      }
    }

    double documentsPerSecond() {
      return documents / seconds;
    }

    /** CPU time per document, in microseconds. */
    double cpuMicrosPerDocument() {
      return documents == 0 ? 0 : cpuSeconds * 1e6 / documents;
    }

    /** Heap allocated per document, in bytes; -1 when unknown. */
    double allocatedBytesPerDocument() {
      return allocatedBytes < 0 || documents == 0 ? -1 : allocatedBytes / (double) documents;
    }

    /** Adds another run of the same task: documents and time add up. */
    Result plus(Result o) {
      return new Result(documents + o.documents, seconds + o.seconds, threads, checksum + o.checksum,
          cpuSeconds + o.cpuSeconds, allocatedBytes < 0 || o.allocatedBytes < 0 ? -1 : allocatedBytes + o.allocatedBytes);
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** The HotSpot bean that counts each thread's allocations; null on a JVM without it. */
  private static final com.sun.management.ThreadMXBean ALLOCATIONS =
      THREADS instanceof com.sun.management.ThreadMXBean b && b.isThreadAllocatedMemorySupported()
          && b.isThreadAllocatedMemoryEnabled() ? b : null;

  private static long allocatedBytes() {
    return ALLOCATIONS == null ? -1 : ALLOCATIONS.getCurrentThreadAllocatedBytes();
  }

  private ThroughputRunner() {}

  /**
   * Runs workers from {@code workers} on {@code threads} threads over {@code documents} for at least {@code seconds}
   * (each thread finishes the document it is on) and at least {@code minDocuments} documents in all.
   */
  static Result run(List<String> documents, int threads, double seconds, long minDocuments, Supplier<Worker> workers) {
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("no documents to process");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    AtomicLong next = new AtomicLong();
    AtomicLong done = new AtomicLong();
    AtomicLong checksum = new AtomicLong();
    AtomicLong cpuNanos = new AtomicLong();
    AtomicLong allocated = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    long[] deadline = new long[1];
    List<Thread> pool = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      pool.add(Thread.ofPlatform().name("polylink-bench-" + t).start(() -> {
        try {
          Worker w = workers.get();
          ready.countDown();
          go.await();
          long cpu0 = THREADS.getCurrentThreadCpuTime();
          long alloc0 = allocatedBytes();
          long sum = 0;
          long n = 0;
          while (System.nanoTime() < deadline[0] || next.get() < minDocuments) {
            long i = next.getAndIncrement();
            sum += w.process(documents.get((int) (i % documents.size())));
            n++;
          }
          cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu0);
          if (alloc0 >= 0) {
            allocated.addAndGet(allocatedBytes() - alloc0);
          }
          done.addAndGet(n);
          checksum.addAndGet(sum);
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
          ready.countDown();
        }
      }));
    }
    try {
      ready.await();
      long t0 = System.nanoTime();
      deadline[0] = t0 + (long) (seconds * 1e9);
      go.countDown(); // the latch publishes the deadline to the workers
      for (Thread t : pool) {
        t.join();
      }
      double elapsed = (System.nanoTime() - t0) / 1e9;
      if (failure.get() != null) {
        throw new IllegalStateException("benchmark worker failed: " + failure.get(), failure.get());
      }
      return new Result(done.get(), elapsed, threads, checksum.get(), cpuNanos.get() / 1e9,
          ALLOCATIONS == null ? -1 : allocated.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
