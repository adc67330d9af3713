package io.polylink.bench;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Quiets the libraries' java.util.logging output during a benchmark run, so that its own lines stay readable. */
final class QuietLogs {

  /** Held for the life of the JVM: java.util.logging keeps loggers weakly, and a collected one loses its level. */
  private static final List<Logger> HELD = new CopyOnWriteArrayList<>();

  private QuietLogs() {}

  /** Sets the loggers named {@code names} (and so their children) to {@link Level#WARNING}. */
  static void warningsOnly(String... names) {
    for (String name : names) {
      Logger l = Logger.getLogger(name);
      l.setLevel(Level.WARNING);
      HELD.add(l);
    }
  }
}
