package io.polylink.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures a JVM's own memory: peak heap used, sampled every {@code periodMs} by a daemon thread (an upper bound that
 * includes garbage not yet collected), the largest heap still used right after a collection (the live set, the figure
 * that says whether memory grows with the input), and the process's peak resident set (VmHWM) from {@code /proc}.
 */
final class MemoryProbe implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  // GC notifications report every memory pool, metaspace and code cache included; only these count as heap.
  private final Set<String> heapPools = heapPoolNames();
  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakAfterGc = new AtomicLong(-1);
  private final AtomicLong collections = new AtomicLong();
  private final Thread sampler;
  private final List<Runnable> unregister = new ArrayList<>();
  private volatile boolean running = true;

  private MemoryProbe(long periodMs) {
    sample();
    sampler = Thread.ofPlatform().daemon().name("polylink-bench-heap-sampler").start(() -> {
      while (running) {
        sample();
        try {
          Thread.sleep(periodMs);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    NotificationListener listener = this::onGc;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        unregister.add(() -> {
          try {
            emitter.removeNotificationListener(listener);
          } catch (javax.management.ListenerNotFoundException ignored) {
            // already gone
          }
        });
      }
    }
  }

  /** Starts sampling every {@code periodMs} milliseconds. */
  static MemoryProbe start(long periodMs) {
    if (periodMs < 1) {
      throw new IllegalArgumentException("sampling period must be >= 1 ms, got " + periodMs);
    }
    return new MemoryProbe(periodMs);
  }

  private void sample() {
    long used = memory.getHeapMemoryUsage().getUsed();
    peakUsed.accumulateAndGet(used, Math::max);
  }

  private void onGc(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long before = heapUsed(info.getGcInfo().getMemoryUsageBeforeGc());
    long after = heapUsed(info.getGcInfo().getMemoryUsageAfterGc());
    // The pools' usage just before the collection is the highest point the sampler may have missed.
    peakUsed.accumulateAndGet(before, Math::max);
    // Concurrent cycles of G1 report both young and mixed pauses; every "after" counts.
    peakAfterGc.accumulateAndGet(after, Math::max);
    collections.incrementAndGet();
  }

  private long heapUsed(Map<String, MemoryUsage> pools) {
    long used = 0;
    for (Map.Entry<String, MemoryUsage> e : pools.entrySet()) {
      if (heapPools.contains(e.getKey())) {
        used += e.getValue().getUsed();
      }
    }
    return used;
  }

  private static Set<String> heapPoolNames() {
    Set<String> names = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        names.add(pool.getName());
      }
    }
    return names;
  }

  /** Peak heap used seen so far (bytes), sampled and just before each collection. */
  long peakHeapUsed() {
    sample();
    return peakUsed.get();
  }

  /**
   * Largest heap used right after a collection (bytes); -1 when no collection ran. An upper bound of the live set:
   * a young collection leaves the old generation's garbage in place.
   */
  long peakHeapAfterGc() {
    return peakAfterGc.get();
  }

  /** Collections seen. */
  long collections() {
    return collections.get();
  }

  /** The heap's maximum size (bytes): -Xmx or the JVM's default. */
  long maxHeap() {
    return memory.getHeapMemoryUsage().getMax();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    unregister.forEach(Runnable::run);
  }

  /** This process's peak resident set size in bytes (VmHWM), or -1 where /proc is not available. */
  static long peakRss() {
    return procStatus("VmHWM:");
  }

  /** This process's current resident set size in bytes (VmRSS), or -1 where /proc is not available. */
  static long currentRss() {
    return procStatus("VmRSS:");
  }

  private static long procStatus(String field) {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return -1;
    }
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        if (line.startsWith(field)) {
          String v = line.substring(field.length()).trim().toLowerCase(Locale.ROOT);
          if (v.endsWith("kb")) {
            return Long.parseLong(v.substring(0, v.length() - 2).trim()) * 1024;
          }
          return Long.parseLong(v.split("\\s+")[0]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /** {@code bytes} in MiB with one decimal. */
  static String mib(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
  }
}
