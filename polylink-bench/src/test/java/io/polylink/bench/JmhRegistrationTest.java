package io.polylink.bench;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The JMH annotation processor ran at compile time: the benchmark list that org.openjdk.jmh.Main reads is there. */
class JmhRegistrationTest {

  @Test
  void spotterBenchmarksAreRegistered() throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/BenchmarkList")) {
      assertNotNull(in, "META-INF/BenchmarkList missing: jmh-generator-annprocess did not run");
      String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String method : new String[] {"linkDocument", "floorDocument", "probe"}) {
        assertTrue(list.contains("io.polylink.bench.SpotterBench") && list.contains(method),
            "SpotterBench." + method + " not in the benchmark list");
      }
    }
  }
}
