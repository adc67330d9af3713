package io.polylink.kb.wikipedia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of {@link AnchorFilter#defaults()} on 300 hand-labelled lines of CoreNLP's English wikidict
 * (a seeded random sample, see {@code wikidict/anchor-labels.tsv}). The fixture holds only line numbers, hashes and
 * labels, not the lines (GPL data): the test reads them from the {@code models-english-kbp} jar in the local Maven
 * repository (or {@code -Dpolylink.wikidict.jar}) and skips, saying so, when it is absent. The figures are those
 * stated in SOURCES.md; the assertion fails when the filter drifts from them.
 */
class AnchorFilterSampleTest {

  /** The filter's counts on each sample (true positives, false positives, false negatives), as in SOURCES.md. */
  static final int[] ALL_LINES = {122, 11, 23};
  static final int[] OTHER_SCRIPTS = {25, 18, 9};

  record Label(String hash, boolean name) {}

  static Path jar() {
    String p = System.getProperty("polylink.wikidict.jar");
    return p != null && !p.isBlank() ? Path.of(p) : WikidictSource.localJar("models-english-kbp");
  }

  @Test
  void precisionAndRecallOnTheLabelledSample() throws Exception {
    measure("/wikidict/anchor-labels.tsv", 300, ALL_LINES);
  }

  /** The same on 100 lines whose anchors are written in other scripts than Latin (2.3% of the lines). */
  @Test
  void precisionAndRecallOnAnchorsInOtherScripts() throws Exception {
    measure("/wikidict/anchor-labels-script.tsv", 100, OTHER_SCRIPTS);
  }

  private void measure(String fixture, int minLabels, int[] expected) throws Exception {
    Path jar = jar();
    Assumptions.assumeTrue(Files.isRegularFile(jar), "skipped: CoreNLP's models-english-kbp jar is absent (" + jar
        + "); fetch it with mvn dependency:get -Dartifact=edu.stanford.nlp:stanford-corenlp:4.5.10:jar:"
        + "models-english-kbp -Dtransitive=false");
    Map<Long, Label> labels = new HashMap<>();
    long last = 0;
    try (InputStream in = getClass().getResourceAsStream(fixture);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        long n = Long.parseLong(f[0]);
        labels.put(n, new Label(f[1], f[2].equals("y")));
        last = Math.max(last, n);
      }
    }
    assertTrue(labels.size() >= minLabels, "at least " + minLabels + " labelled anchors, got " + labels.size());
    AnchorFilter filter = AnchorFilter.defaults();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    int[] counts = new int[4]; // tp, fp, fn, tn
    long[] lineNo = {0};
    int[] seen = {0};
    StringBuilder wrong = new StringBuilder();
    WikidictSource.forEachLine(jar, line -> {
      Label l = labels.get(++lineNo[0]);
      if (l == null) {
        return;
      }
      seen[0]++;
      String hash = HexFormat.of().formatHex(sha.digest(line.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
      assertEquals(l.hash(), hash, "line " + lineNo[0] + " is not the labelled one: another dictionary version?");
      WikidictSource.Line parsed = WikidictSource.Line.parse(line);
      boolean kept = parsed != null && filter.judge(parsed.anchor(),
          AnchorFilter.labelOf(WikidictSource.normalizeTitle(parsed.title())), parsed.p()).kept();
      int k = kept ? (l.name() ? 0 : 1) : (l.name() ? 2 : 3);
      counts[k]++;
      if (k == 1 || k == 2) {
        wrong.append(k == 1 ? "  false positive: line " : "  false negative: line ").append(lineNo[0]).append('\n');
      }
    });
    assertEquals(labels.size(), seen[0], "every labelled line read");
    double precision = counts[0] / (double) (counts[0] + counts[1]);
    double recall = counts[0] / (double) (counts[0] + counts[2]);
    System.out.printf(Locale.ROOT, "wikidict anchor filter on %s, %d labelled anchors: tp=%d fp=%d fn=%d tn=%d, "
        + "precision %.3f, recall %.3f%n%s", fixture, seen[0], counts[0], counts[1], counts[2], counts[3], precision, recall,
        wrong);
    assertEquals(expected[0], counts[0], "true positives (see SOURCES.md)");
    assertEquals(expected[1], counts[1], "false positives (see SOURCES.md)");
    assertEquals(expected[2], counts[2], "false negatives (see SOURCES.md)");
  }
}
