package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.store.EntityAddition;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.LiveAddSummary;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entities are added while 8 threads link without pause: no link call fails, what linked before still links, every
 * added entity is linkable by the first link call that starts after its add returned, and no write is lost, also
 * with two other processes adding to the same KB at the same time.
 */
class LiveAddWhileLinkingTest {

  static final int LINKERS = 8;
  static final int BATCHES = 20;
  static final int PER_BATCH = 10;
  static final int CHILD_ENTITIES = 40;

  @TempDir Path tmp;

  /** A made-up organization name, unique per (prefix, i), never a name of the fixture. */
  static String name(String prefix, int i) {
    String[] a = {"Weberling", "Zellwanger", "Hochstrasser", "Brunnmatt", "Kesselring", "Altdorfer"};
    String[] b = {"Maschinenfabrik", "Spinnerei", "Handelsbank", "Brauerei", "Glashütte"};
    return a[i % a.length] + " " + b[(i / a.length) % b.length] + " " + prefix + Integer.toString(i, 36).toUpperCase(
        java.util.Locale.ROOT);
  }

  static EntityAddition addition(String prefix, int i) {
    return EntityAddition.of(new Entity(EntityId.of("new:" + prefix + "-" + i), Map.of("de", name(prefix, i)),
        Map.of(), Map.of(), Map.of(), 2, EntityType.ORGANIZATION));
  }

  /** Child process: adds {@code args[2]} entities named with prefix {@code args[1]}, in batches of 5. */
  public static void main(String[] args) throws Exception {
    try (KnowledgeBase kb = KnowledgeBase.open(Path.of(args[0]))) {
      int n = Integer.parseInt(args[2]);
      for (int i = 0; i < n; i += 5) {
        List<EntityAddition> batch = new ArrayList<>();
        for (int j = i; j < Math.min(n, i + 5); j++) {
          batch.add(addition(args[1], j));
        }
        kb.add(batch);
      }
    }
    System.out.println("done");
  }

  private static Process child(Path kbDir, String prefix) throws Exception {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
        LiveAddWhileLinkingTest.class.getName(), kbDir.toString(), prefix, Integer.toString(CHILD_ENTITIES))
        .redirectErrorStream(true).start();
  }

  private static String linkedId(Linker linker, String text) {
    LinkedDocument d = linker.link(new io.polylink.model.Document("", text, io.polylink.model.Language.of("de")));
    for (Link l : d.links()) {
      if (!l.isNil()) {
        return l.entity().value();
      }
    }
    return null;
  }

  @Test
  void addsWhileEightThreadsLink() throws Exception {
    Path kbDir = TestKbs.build(tmp.resolve("kb"));
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    try (KnowledgeBase kb = KnowledgeBase.open(kbDir)) {
      Linker linker = Linker.builder().knowledgeBase(kb).build();
      String known = "Angela Merkel sprach in Berlin.";
      List<String> before = linker.link(known).links().stream().map(l -> String.valueOf(l.entity())).toList();
      assertEquals(List.of("Q567", "Q64"), before);

      AtomicInteger committed = new AtomicInteger(); // batches whose add has returned
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong calls = new AtomicLong();
      CountDownLatch started = new CountDownLatch(LINKERS);
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < LINKERS; t++) {
        int seed = t;
        Thread th = new Thread(() -> {
          SplittableRandom rnd = new SplittableRandom(seed);
          started.countDown();
          while (!stop.get()) {
            try {
              int done = committed.get(); // read before the call: these batches must be visible to it
              if (!before.equals(linker.link(known).links().stream().map(l -> String.valueOf(l.entity())).toList())) {
                problems.add("known mentions changed their links");
              }
              if (done > 0) {
                int i = rnd.nextInt(done * PER_BATCH);
                String got = linkedId(linker, "Gestern meldete die " + name("p", i) + " gute Zahlen.");
                if (!("new:p-" + i).equals(got)) {
                  problems.add("entity new:p-" + i + " of a committed batch linked to " + got);
                }
              }
              calls.incrementAndGet();
            } catch (RuntimeException e) {
              problems.add("link call failed: " + e);
            }
          }
        }, "linker-" + t);
        th.start();
        threads.add(th);
      }
      assertTrue(started.await(30, TimeUnit.SECONDS));
      Process a = child(kbDir, "a");
      Process b = child(kbDir, "b");
      try {
        for (int batch = 0; batch < BATCHES; batch++) {
          List<EntityAddition> adds = new ArrayList<>();
          for (int j = 0; j < PER_BATCH; j++) {
            adds.add(addition("p", batch * PER_BATCH + j));
          }
          LiveAddSummary s = kb.add(adds);
          assertEquals(PER_BATCH, s.added().size());
          committed.incrementAndGet();
          int last = batch * PER_BATCH + PER_BATCH - 1;
          assertEquals("new:p-" + last, linkedId(linker, "Die " + name("p", last) + " baut aus."),
              "linkable by the writer's next call");
        }
        assertTrue(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS), "child writers finished");
        assertEquals(0, a.exitValue(), new String(a.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, b.exitValue(), new String(b.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      } finally {
        a.destroyForcibly();
        b.destroyForcibly();
        stop.set(true);
        for (Thread th : threads) {
          th.join(60_000);
        }
      }
      assertTrue(problems.isEmpty(), problems.size() + " problems, first: " + problems.peek());
      assertTrue(calls.get() >= LINKERS, "the linking threads ran: " + calls.get() + " calls");

      kb.refresh(); // the children's last adds
      int total = BATCHES * PER_BATCH + 2 * CHILD_ENTITIES;
      assertEquals(total, kb.liveEntities(), "no lost writes");
      for (String prefix : List.of("a", "b")) {
        for (int i = 0; i < CHILD_ENTITIES; i++) {
          assertEquals("new:" + prefix + "-" + i, linkedId(linker, "Die " + name(prefix, i) + " baut aus."));
        }
      }
      for (int i = 0; i < BATCHES * PER_BATCH; i++) {
        assertEquals("new:p-" + i, linkedId(linker, "Die " + name("p", i) + " baut aus."));
      }
    }
  }
}
