package io.polylink.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.polylink.kb.source.CompressedInput;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * The floor of any dump reader: one Jackson streaming parser over the whole file, pulling every token and doing
 * nothing with it, behind the same decompression the KB's sources use. Entity objects are counted (top-level objects,
 * or objects directly inside a top-level array) so the figure is comparable with entities per second.
 */
final class BareJsonScan {

  /**
   * What a scan saw.
   *
   * @param tokens JSON tokens pulled
   * @param entities top-level entity objects
   * @param stringChars characters of all string values, so the JIT cannot skip materializing them
   * @param seconds wall time
   * @param cpuSeconds CPU time of the scanning thread
   */
  record Result(long tokens, long entities, long stringChars, double seconds, double cpuSeconds) {
    Result {
      if (tokens < 0 || entities < 0 || seconds < 0) {
        throw new IllegalArgumentException("counts and time must be >= 0, got tokens=" + tokens + " entities="
            + entities + " seconds=" + seconds);
      }
    }

    double entitiesPerSecond() {
      return seconds > 0 ? entities / seconds : 0;
    }
  }

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private BareJsonScan() {}

  /** Scans {@code dump}, plain or compressed. */
  static Result scan(Path dump) throws IOException {
    long t0 = System.nanoTime();
    long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long tokens = 0;
    long entities = 0;
    long chars = 0;
    int depth = 0;
    boolean inArray = false;
    try (InputStream in = CompressedInput.open(dump); JsonParser p = JSON.createParser(in)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        tokens++;
        switch (t) {
          case START_OBJECT -> {
            if (depth == 0 || (depth == 1 && inArray)) {
              entities++;
            }
            depth++;
          }
          case START_ARRAY -> {
            if (depth == 0) {
              inArray = true;
            }
            depth++;
          }
          case END_OBJECT, END_ARRAY -> depth--;
          case VALUE_STRING -> chars += p.getTextLength();
          default -> { }
        }
      }
    }
    return new Result(tokens, entities, chars, (System.nanoTime() - t0) / 1e9,
        (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9);
  }
}
