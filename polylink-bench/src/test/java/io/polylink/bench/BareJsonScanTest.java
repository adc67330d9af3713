package io.polylink.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BareJsonScanTest {

  private static final String DUMP = "[\n"
      + "{\"id\":\"Q1\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Ünïcode\"}}},\n"
      + "{\"id\":\"Q2\",\"claims\":{\"P31\":[{\"mainsnak\":{}}]}}\n"
      + "]\n";

  @TempDir
  Path dir;

  @Test
  void countsTopLevelEntitiesOfAnArrayDumpAndAllTokens() throws IOException {
    Path f = dir.resolve("dump.json");
    Files.writeString(f, DUMP, StandardCharsets.UTF_8);
    BareJsonScan.Result r = BareJsonScan.scan(f);
    assertEquals(2, r.entities());
    // "[" + 14 tokens of Q1 ({ id "Q1" labels { en { language "en" value "..." } } }) + 15 of Q2 + "]"
    assertEquals(31, r.tokens());
    assertEquals("Q1".length() + "en".length() + "Ünïcode".length() + "Q2".length(), r.stringChars());
  }

  @Test
  void readsGzipAndLineDelimitedEntitiesToo() throws IOException {
    Path f = dir.resolve("dump.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      String lines = "{\"id\":\"Q1\"}\n{\"id\":\"Q2\",\"x\":{\"y\":{}}}\n{\"id\":\"Q3\"}\n";
      out.write(lines.getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(3, BareJsonScan.scan(f).entities());
  }
}
