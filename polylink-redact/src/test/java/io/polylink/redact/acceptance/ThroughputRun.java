package io.polylink.redact.acceptance;

import io.polylink.redact.CorpusReport;
import io.polylink.redact.Redactor;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The corpus throughput measurement: a generated JSONL corpus, redacted end to end, against a regex-only scan. */
final class ThroughputRun {

  private ThroughputRun() {}

  private static final String[] SENTENCES = {
      "The meeting with %N was moved to %D at the office in Paris.",
      "Please call %N at %P or write to %E before Friday.",
      "Card %C was charged twice; the refund goes to %I.",
      "Our server %A logged a request from %U on %D.",
      "Patient %N, SSN %S, was admitted on %D and discharged a week later without complications.",
      "The quarterly report covers revenue, costs and the outlook for the next two years in detail.",
      "Shipping to Berlin and Madrid takes three days; returns are accepted within a month of delivery.",
  };
  private static final String[] NAMES = {"Ana Ruiz", "John Miller", "Marta Gómez", "Peter Schmidt", "Li Wei"};

  /** Writes about {@code bytes} of JSONL documents of ~2 KB each, deterministic. */
  static void generate(Path file, long bytes) throws IOException {
    SplittableRandom r = new SplittableRandom(42);
    long written = 0;
    int id = 0;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      while (written < bytes) {
        StringBuilder text = new StringBuilder();
        while (text.length() < 2000) {
          String s = SENTENCES[r.nextInt(SENTENCES.length)];
          s = s.replace("%N", NAMES[r.nextInt(NAMES.length)])
              .replace("%D", String.format(Locale.ROOT, "%02d/%02d/20%02d", 1 + r.nextInt(28), 1 + r.nextInt(12), r.nextInt(30)))
              .replace("%P", "+34 6" + (10_000_000 + r.nextInt(89_999_999)))
              .replace("%E", "user" + r.nextInt(10000) + "@example.com")
              .replace("%C", "4111 1111 1111 1111")
              .replace("%I", "GB82 WEST 1234 5698 7654 32")
              .replace("%A", "10." + r.nextInt(256) + "." + r.nextInt(256) + ".1")
              .replace("%U", "https://example.org/p/" + r.nextInt(1000))
              .replace("%S", "536-22-8726");
          text.append(s).append(' ');
        }
        String line = "{\"id\":\"" + id++ + "\",\"text\":\"" + text.toString().replace("\"", "\\\"") + "\"}\n";
        w.write(line);
        written += line.getBytes(StandardCharsets.UTF_8).length;
      }
    }
  }

  record Result(double mb, double seconds, long documents, long findings, long peakHeapBytes) {
    double mbPerSecond() {
      return mb / seconds;
    }
  }

  static Result redact(Redactor redactor, Path in, Path out, int threads) throws IOException {
    resetPeaks();
    long t0 = System.nanoTime();
    CorpusReport rep;
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
         BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      rep = redactor.redactJsonl(r, w, new Redactor.JsonlOptions(threads, false, false));
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    return new Result(Files.size(in) / 1e6, secs, rep.documents(), rep.findings(), peakHeap());
  }

  /** A regex-only scan of the same text: e-mail, phone-like digit runs and card-like numbers, no validation. */
  static Result regexOnly(Path in) throws IOException {
    Pattern p = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\+?\\d[\\d \\-]{7,}\\d|\\b\\d{3}-\\d{2}-\\d{4}\\b");
    resetPeaks();
    long t0 = System.nanoTime();
    long n = 0;
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        Matcher m = p.matcher(line);
        while (m.find()) {
          n++;
        }
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    return new Result(Files.size(in) / 1e6, secs, 0, n, peakHeap());
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
      b.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
      if (b.getType() == MemoryType.HEAP) {
        sum += b.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
