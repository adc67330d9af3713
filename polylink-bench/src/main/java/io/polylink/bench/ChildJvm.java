package io.polylink.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a benchmark phase in a fresh JVM, so that its memory (peak RSS, heap) is measured alone and with the heap
 * settings the phase asks for, not those of the driver. The child is started with this JVM's class path and flags
 * (module and native-access flags, system properties) minus heap sizing and agents; it reports by printing one
 * {@link #RESULT_PREFIX} line of JSON on standard output, and every other line is echoed to standard error.
 */
final class ChildJvm {

  /** Prefix of the one stdout line holding a child's JSON result. */
  static final String RESULT_PREFIX = "POLYLINK-BENCH-RESULT ";

  private ChildJvm() {}

  /**
   * Runs {@code mainClass} with {@code args} in a new JVM with {@code heapFlags} (e.g. {@code -Xmx256m}, or none for
   * the default heap) and returns its result.
   *
   * @throws IOException when the child cannot start, fails, or prints no result
   */
  static Map<String, Object> run(Class<?> mainClass, List<String> heapFlags, List<String> args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(inheritedFlags());
    cmd.addAll(heapFlags);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass.getName());
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    String result = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(RESULT_PREFIX)) {
          result = line.substring(RESULT_PREFIX.length());
        } else {
          System.err.println("  [child] " + line);
        }
      }
    }
    int rc;
    try {
      rc = p.waitFor();
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + mainClass.getSimpleName(), e);
    }
    if (rc != 0 || result == null) {
      throw new IOException(mainClass.getSimpleName() + " child JVM failed (exit " + rc
          + (result == null ? ", no result line" : "") + "); command: " + String.join(" ", cmd));
    }
    return Json.readObject(result);
  }

  /** Prints {@code result} as the child's result line. */
  static void report(Map<String, Object> result) {
    System.out.println(RESULT_PREFIX + Json.writeLine(result));
    System.out.flush();
  }

  /** This JVM's flags worth passing on: everything but heap sizing, agents and debugging. */
  static List<String> inheritedFlags() {
    List<String> out = new ArrayList<>();
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-Xss") || a.startsWith("-XX:MaxHeapSize")
          || a.startsWith("-XX:InitialHeapSize") || a.startsWith("-XX:MaxRAM") || a.startsWith("-XX:InitialRAM")
          || a.startsWith("-XX:MinRAM") || a.startsWith("-agentlib") || a.startsWith("-javaagent")
          || a.startsWith("-agentpath") || a.startsWith("-XX:StartFlightRecording") || a.startsWith("-Xrunjdwp")
          || a.startsWith("-Djava.class.path")) {
        continue;
      }
      out.add(a);
    }
    return out;
  }
}
