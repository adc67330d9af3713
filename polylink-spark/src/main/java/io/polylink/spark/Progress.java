package io.polylink.spark;

import java.io.PrintWriter;
import java.util.Locale;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * The CLI's progress line while a job runs: documents done (counted as tasks finish), their rate and the tasks of the
 * running stages, rewritten in place every two seconds. The Spark UI has the rest.
 */
final class Progress implements AutoCloseable {
  private static final long PERIOD_MS = 2_000;
  private final Thread thread;
  private final PrintWriter out;
  private volatile boolean stop;

  private Progress(Thread thread, PrintWriter out) {
    this.thread = thread;
    this.out = out;
  }

  static Progress start(SparkSession spark, LongAccumulator done, String job, PrintWriter out) {
    if (out == null) {
      return new Progress(null, null);
    }
    long t0 = System.nanoTime();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Progress[] self = new Progress[1];
    Thread t = new Thread(() -> {
      while (!self[0].stop) {
        try {
          Thread.sleep(PERIOD_MS);
        } catch (InterruptedException e) {
          return;
        }
        int tasks = 0;
        int finished = 0;
        for (int id : sc.statusTracker().getActiveStageIds()) {
          SparkStageInfo s = sc.statusTracker().getStageInfo(id);
          if (s != null) {
            tasks += s.numTasks();
            finished += s.numCompletedTasks();
          }
        }
        long n = done.value();
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "\rspark %s: %,d documents (%,.0f docs/s), tasks %d/%d, %.0f s   ", job, n,
            n / Math.max(secs, 1e-9), finished, tasks, secs);
        out.flush();
      }
    }, "polylink-spark-progress");
    t.setDaemon(true);
    self[0] = new Progress(t, out);
    t.start();
    return self[0];
  }

  @Override
  public void close() {
    stop = true;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      out.print("\r");
      out.flush();
    }
  }
}
