package io.polylink.bench;

import io.polylink.bench.synth.PiiCorpus;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.link.LinkerConfig;
import io.polylink.redact.CorpusReport;
import io.polylink.redact.Redactor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redaction throughput: a generated corpus ({@link PiiCorpus}, 100 MB by default) redacted end to end as JSONL on
 * two threads, against a regex-only scan of the same file (the floor: e-mail, phone-like and SSN-like patterns, no
 * validation, no names), once without and once with the linker (starter KB); and the time to redact one
 * 8,000-word article with a fresh redactor (empty caches) after JIT warm-up on other documents, against Presidio's
 * ~11 s for such an article on a CPU (issue #6); then MB/s per language (en, fr, es, de) on documents of that
 * language ({@link io.polylink.bench.synth.PiiCorpusLanguages}, {@code --language-mb} each) that state their language,
 * so each runs the recognizers built for it (issue 18). Peak heap is sampled during each corpus run.
 *
 * <pre>
 * java -cp ... io.polylink.bench.RedactThroughput [--mb 100] [--threads 2] [--seed 5] [--article-runs 5]
 *     [--language-mb 10] [--kb DIR] [--out DIR]
 * </pre>
 */
public final class RedactThroughput {

  private static final Set<String> OPTIONS = Set.of("mb", "threads", "seed", "article-runs", "kb", "out",
      "language-mb");
  private static final Pattern REGEX_ONLY = Pattern.compile(
      "[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\+?\\d[\\d \\-]{7,}\\d|\\b\\d{3}-\\d{2}-\\d{4}\\b");
  /** Presidio's time for an 8,000-word article on a CPU, as the issue states it. */
  static final double PRESIDIO_ARTICLE_SECONDS = 11.0;

  private RedactThroughput() {}

  public static void main(String[] args) throws IOException {
    BenchArgs a = BenchArgs.parse(args, OPTIONS);
    int mb = a.integer("mb", 100);
    int threads = a.integer("threads", 2);
    long seed = a.longValue("seed", 5);
    int articleRuns = a.integer("article-runs", 5);
    int languageMb = a.integer("language-mb", 10);
    Path out = a.path("out", Path.of("target", "bench"));
    Path kbDir = a.path("kb", out.resolve("starter-kb"));
    if (mb < 1 || threads < 1 || articleRuns < 1) {
      throw new IllegalArgumentException("need --mb >= 1, --threads >= 1, --article-runs >= 1");
    }
    Files.createDirectories(out);
    Path corpus = out.resolve("pii-corpus-" + mb + "mb-" + seed + ".jsonl");
    if (!Files.exists(corpus) || Files.size(corpus) < mb * 1_000_000L) {
      System.out.printf(Locale.ROOT, "writing %d MB corpus %s%n", mb, corpus);
      PiiCorpus.write(corpus, mb * 1_000_000L, seed);
    }
    String article = article(seed + 1);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("benchmark", "redact-throughput");
    result.put("environment", Environment.describe());
    result.put("corpus", corpus.toString());
    result.put("corpusBytes", Files.size(corpus));
    result.put("threads", threads);

    try (KnowledgeBase kb = StarterKb.open(kbDir)) {
      Supplier<Redactor> patternsAndNames = () -> Redactor.builder().build();
      // as `polylink redact` and the server's /v1/redact configure it: no fuzzy lookups of unknown multi-word names
      Supplier<Redactor> full = () -> Redactor.builder().linker(Linker.builder().knowledgeBase(kb)
          .config(LinkerConfig.defaults().withFuzzyUnknownNames(false)).build()).build();
      // JIT warm-up of both, on documents that are not the article's
      warmUp(patternsAndNames.get(), seed + 2);
      warmUp(full.get(), seed + 2);

      Run regex = regexOnly(corpus);
      System.out.printf(Locale.ROOT, "regex-only scan:               %7.2f MB/s (%.1f s)%n", regex.mbPerSecond(),
          regex.seconds);
      result.put("regexOnly", regex.toMap());
      for (var e : Map.of("withoutLinker", patternsAndNames, "withLinker", full).entrySet().stream()
          .sorted(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())).toList()) {
        Run run = corpus(e.getValue().get(), corpus, out.resolve("redacted.jsonl"), threads);
        List<Double> articleSeconds = new ArrayList<>();
        for (int i = 0; i < articleRuns; i++) {
          Redactor fresh = e.getValue().get(); // empty caches: nothing of the article seen before
          long t0 = System.nanoTime();
          fresh.redact("article", article);
          articleSeconds.add((System.nanoTime() - t0) / 1e9);
        }
        double median = median(articleSeconds);
        Map<String, Object> m = run.toMap();
        m.put("ratioToRegexOnly", run.mbPerSecond() / regex.mbPerSecond());
        m.put("articleWords", article.split("\\s+").length);
        m.put("articleSeconds", articleSeconds);
        m.put("articleMedianSeconds", median);
        m.put("articleSpeedupOverPresidio", PRESIDIO_ARTICLE_SECONDS / median);
        result.put(e.getKey(), m);
        System.out.printf(Locale.ROOT,
            "redact %-14s %d threads: %7.2f MB/s (%.1f s, %,d docs, %,d findings), %.3f of regex-only, peak heap "
                + "%s; 8,000-word article: median %.1f ms of %d runs (Presidio ~11 s: %.0fx)%n",
            e.getKey(), threads, run.mbPerSecond(), run.seconds, run.documents, run.findings,
            run.mbPerSecond() / regex.mbPerSecond(), MemoryProbe.mib(run.peakHeap), median * 1000, articleRuns,
            PRESIDIO_ARTICLE_SECONDS / median);
      }
      // per language: documents that say their language, so each runs the recognizers built for it
      Map<String, Object> perLanguage = new LinkedHashMap<>();
      for (String lang : List.of("en", "fr", "es", "de")) {
        Path lc = out.resolve("pii-corpus-" + lang + "-" + languageMb + "mb-" + seed + ".jsonl");
        if (!Files.exists(lc) || Files.size(lc) < languageMb * 1_000_000L) {
          io.polylink.bench.synth.PiiCorpusLanguages.write(lc, lang, languageMb * 1_000_000L, seed);
        }
        Run run = corpus(full.get(), lc, out.resolve("redacted-" + lang + ".jsonl"), threads);
        perLanguage.put(lang, run.toMap());
        System.out.printf(Locale.ROOT, "redact withLinker %s %d threads: %7.2f MB/s (%.1f s, %,d docs, %,d findings)%n",
            lang, threads, run.mbPerSecond(), run.seconds, run.documents, run.findings);
      }
      result.put("perLanguage", perLanguage);
    }
    Json.writeResult(out.resolve("redact-throughput.json"), result);
  }

  private record Run(long bytes, double seconds, long documents, long findings, long peakHeap, double cpuSeconds) {
    double mbPerSecond() {
      return bytes / 1e6 / seconds;
    }

    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("megabytes", bytes / 1e6);
      m.put("seconds", seconds);
      m.put("mbPerSecond", mbPerSecond());
      m.put("documents", documents);
      m.put("findings", findings);
      m.put("peakHeapBytes", peakHeap);
      m.put("processCpuSeconds", cpuSeconds);
      return m;
    }
  }

  /** About 8,000 words from documents of their own seed. */
  static String article(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder();
    int words = 0;
    while (words < 8000) {
      String d = PiiCorpus.document(r);
      words += d.split("\\s+").length;
      sb.append(d).append("\n\n");
    }
    return sb.toString();
  }

  private static void warmUp(Redactor r, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = 0; i < 1500; i++) {
      r.redact("warm-up-" + i, PiiCorpus.document(rnd));
    }
  }

  private static Run regexOnly(Path corpus) throws IOException {
    double cpu0 = Environment.processCpuSeconds();
    long t0 = System.nanoTime();
    long n = 0;
    long docs = 0;
    try (MemoryProbe probe = MemoryProbe.start(50);
         BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        docs++;
        Matcher m = REGEX_ONLY.matcher(line);
        while (m.find()) {
          n++;
        }
      }
      return new Run(Files.size(corpus), (System.nanoTime() - t0) / 1e9, docs, n, probe.peakHeapUsed(),
          Environment.processCpuSeconds() - cpu0);
    }
  }

  private static Run corpus(Redactor redactor, Path corpus, Path outFile, int threads) throws IOException {
    double cpu0 = Environment.processCpuSeconds();
    long t0 = System.nanoTime();
    CorpusReport rep;
    try (MemoryProbe probe = MemoryProbe.start(50);
         BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8);
         Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
      rep = redactor.redactJsonl(r, w, new Redactor.JsonlOptions(threads, false, false));
      double secs = (System.nanoTime() - t0) / 1e9;
      if (!rep.failed().isEmpty()) {
        throw new IllegalStateException(rep.failed().size() + " documents failed, e.g. " + rep.failed());
      }
      return new Run(Files.size(corpus), secs, rep.documents(), rep.findings(), probe.peakHeapUsed(),
          Environment.processCpuSeconds() - cpu0);
    } finally {
      Files.deleteIfExists(outFile);
    }
  }

  private static double median(List<Double> xs) {
    double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  }
}
