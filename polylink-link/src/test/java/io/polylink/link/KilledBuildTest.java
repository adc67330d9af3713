package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.source.EntitySource;
import io.polylink.kb.source.SourceStats;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build killed with SIGKILL half-way leaves the previous KB live and linking; the next build cleans up. */
class KilledBuildTest {

  @TempDir Path tmp;

  /** Child process: rebuilds the KB from an endless source, printing "indexing" once entities flow. */
  public static void main(String[] args) throws Exception {
    Path kbDir = Path.of(args[0]);
    KbBuilder.into(kbDir).threads(1).progress(n -> {
      if (n >= 512 && n < 1024) {
        System.out.println("indexing");
        System.out.flush();
      }
    }).build(new EntitySource() {
      @Override
      public String name() {
        return "endless";
      }

      @Override
      public SourceStats read(Consumer<Entity> sink) {
        for (long i = 0; ; i++) {
          sink.accept(new Entity(EntityId.of("Q" + (10_000_000 + i)), Map.of("en", "Generated Name " + i), Map.of(),
              Map.of(), Map.of(), 1, EntityType.OTHER));
        }
      }
    });
  }

  @Test
  void previousKbStillLinksAfterABuildIsKilled() throws Exception {
    Path kbDir = TestKbs.build(tmp.resolve("kb"));
    String current = Files.readString(kbDir.resolve("CURRENT"));
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
        KilledBuildTest.class.getName(), kbDir.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
        java.nio.charset.StandardCharsets.UTF_8))) {
      String line = out.readLine();
      assertEquals("indexing", line, "the child build started indexing");
      try (Stream<Path> s = Files.list(kbDir)) {
        assertTrue(s.anyMatch(x -> x.getFileName().toString().startsWith("gen-") && !current.strip().equals(x.getFileName().toString())),
            "a new generation is being written beside the live one");
      }
      p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    } finally {
      p.destroyForcibly();
    }
    assertEquals(current, Files.readString(kbDir.resolve("CURRENT")));
    try (KnowledgeBase kb = KnowledgeBase.open(kbDir)) {
      Linker linker = Linker.builder().knowledgeBase(kb).build();
      assertEquals("Q567", linker.link("Angela Merkel spoke in Berlin.").links().get(0).entity().value());
    }
    // the next build takes the lock (released by the kernel when the process died) and removes the orphan
    TestKbs.build(kbDir);
    try (Stream<Path> s = Files.list(kbDir)) {
      assertEquals(1, s.filter(x -> x.getFileName().toString().startsWith("gen-")).count());
    }
  }
}
