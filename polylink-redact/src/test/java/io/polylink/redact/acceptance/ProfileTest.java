package io.polylink.redact.acceptance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.redact.Detection;
import io.polylink.redact.Recognizer;
import io.polylink.redact.recognize.LinkerRecognizer;
import io.polylink.redact.recognize.NameDetector;
import io.polylink.redact.recognize.Recognizers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Time per recognizer on a 50 KB text (on request, with the acceptance runs). */
class ProfileTest {

  @Test
  void perRecognizer() throws Exception {
    assumeTrue(Boolean.getBoolean("polylink.acceptance"), "on request");
    Path corpus = Path.of("target", "throughput-corpus.jsonl");
    assumeTrue(Files.exists(corpus), "run the throughput measurement first");
    StringBuilder sb = new StringBuilder();
    try (var lines = Files.lines(corpus)) {
      lines.limit(25).forEach(l -> sb.append(l, l.indexOf("\"text\":\"") + 8, l.length() - 2).append('\n'));
    }
    String text = sb.toString();
    try (KnowledgeBase kb = KnowledgeBase.open(AcceptanceData.starterKb())) {
      List<Recognizer> all = new ArrayList<>(Recognizers.patterns("US"));
      all.add(new LinkerRecognizer(Linker.builder().knowledgeBase(kb).build()));
      all.add(new NameDetector(java.util.Set.of()));
      for (int round = 0; round < 2; round++) {
        for (Recognizer r : all) {
          long t0 = System.nanoTime();
          List<Detection> out = new ArrayList<>();
          r.recognize(text, "en", out);
          if (round == 1) {
            System.out.printf(Locale.ROOT, "PROFILE %-14s %8.1f ms %5d found (%d chars)%n", r.name(),
                (System.nanoTime() - t0) / 1e6, out.size(), text.length());
          }
        }
      }
    }
  }
}
