package io.polylink.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long job: a progress bar with the rate on a terminal, a line every 10 seconds otherwise (logs, CI).
 */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;
  private final PrintWriter log;
  private final String unit;
  private final long t0 = System.nanoTime();
  private volatile long lastLog = System.nanoTime();
  private volatile long count;

  private Progress(ProgressBar bar, PrintWriter log, String unit) {
    this.bar = bar;
    this.log = log;
    this.unit = unit;
  }

  static Progress start(String task, String unit, boolean enabled, PrintWriter err) {
    if (!enabled) {
      return new Progress(null, null, unit);
    }
    if (System.console() != null && System.getenv("CI") == null) {
      ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setUnit(" " + unit, 1).setInitialMax(-1)
          .showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).continuousUpdate().build();
      return new Progress(bar, null, unit);
    }
    return new Progress(null, err, unit);
  }

  synchronized void update(long n) {
    count = n;
    if (bar != null) {
      bar.stepTo(n);
    } else if (log != null && System.nanoTime() - lastLog > 10_000_000_000L) {
      lastLog = System.nanoTime();
      double s = (lastLog - t0) / 1e9;
      log.printf(Locale.ROOT, "polylink: %,d %s (%,.0f %s/s)%n", n, unit, n / s, unit);
      log.flush();
    }
  }

  /** A note on what the job does now, before it counts any unit (e.g. "reading anchors: 1,200,000"). */
  synchronized void message(String text) {
    if (bar != null) {
      bar.setExtraMessage(text);
    } else if (log != null && System.nanoTime() - lastLog > 10_000_000_000L) {
      lastLog = System.nanoTime();
      log.println("polylink: " + text);
      log.flush();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
