package io.polylink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default KB (no {@code --kb}): CLDR starter entities joined with a wikidict jar found in the local Maven
 * repository (here a tiny one written by the test into a scratch repository), and the fallback to the starter KB
 * when the jar is absent. {@code kb build --source wikidict} on the same jar.
 */
class DefaultKbTest {

  @TempDir Path tmp;
  private final Map<String, String> saved = new HashMap<>();

  static final String DICT = String.join("\n",
      "Angela Merkel\tAngela_Merkel\t0.98",
      "Merkel\tAngela_Merkel\t0.59",
      "Kanzlerin Merkel\tAngela_Merkel\t1.0",
      "Germany\tGermany\t0.9",
      "Deutschland\tGermany\t0.8",
      "polls showed\tAngela_Merkel\t1.0") + "\n";

  private void set(String key, String value) {
    saved.putIfAbsent(key, System.getProperty(key));
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @BeforeEach
  void isolate() {
    set("polylink.home", tmp.resolve("home").toString());
    set("maven.repo.local", tmp.resolve("repo").toString());
    set("polylink.wikidict.fetch", "false");
    set("polylink.wikidict", null);
  }

  @AfterEach
  void restore() {
    saved.forEach((k, v) -> {
      if (v == null) {
        System.clearProperty(k);
      } else {
        System.setProperty(k, v);
      }
    });
  }

  private Path writeJar() throws IOException {
    Path jar = WikidictJars.localJar(WikidictJars.ENGLISH);
    Files.createDirectories(jar.getParent());
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(jar))) {
      z.putNextEntry(new ZipEntry("edu/stanford/nlp/models/kbp/english/wikidict.tab.gz"));
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      try (OutputStream g = new GZIPOutputStream(b)) {
        g.write(DICT.getBytes(StandardCharsets.UTF_8));
      }
      z.write(b.toByteArray());
    }
    return jar;
  }

  @Test
  void withoutAKbOptionCommandsUseCldrJoinedWithWikipedia() throws IOException {
    writeJar();
    CliTest.Result r = CliTest.run("link", "Kanzlerin Merkel besuchte Deutschland und Frankreich.");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("building the default KB"), r.err());
    assertTrue(r.out().contains("enwiki:Angela_Merkel"), r.out());
    assertTrue(r.out().contains("iso3166:DE"), "Germany's title joined the CLDR country, whose id it keeps: " + r.out());
    assertFalse(r.out().contains("enwiki:Germany"), r.out());
    assertTrue(r.out().contains("iso3166:FR"), "CLDR entities are there too: " + r.out());
    assertTrue(Files.isDirectory(tmp.resolve("home").resolve("default-kb")));
    CliTest.Result again = CliTest.run("link", "Merkel");
    assertEquals(0, again.code(), again.err());
    assertFalse(again.err().contains("building"), "built once: " + again.err());
  }

  @Test
  void withoutTheJarTheStarterKbServesWithAClearMessage() {
    CliTest.Result r = CliTest.run("link", "Die Schweiz grenzt an Österreich.");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("models-english-kbp") && r.err().contains("using the starter KB"), r.err());
    assertTrue(r.out().contains("iso3166:CH"), r.out());
    assertFalse(Files.exists(tmp.resolve("home").resolve("default-kb").resolve("CURRENT")));
  }

  @Test
  void kbBuildReadsTheJarThroughMavenOrAsInput() throws IOException {
    Path jar = writeJar();
    Path qids = tmp.resolve("qids.tsv");
    Files.writeString(qids, "Q567\tAngela_Merkel\n");
    Path kb = tmp.resolve("kb");
    CliTest.Result b = CliTest.run("kb", "build", "--source", "wikidict", "--kb", kb.toString(), "--qids",
        qids.toString(), "--no-progress");
    assertEquals(0, b.code(), b.err());
    assertTrue(b.out().contains("entities   2"), b.out());
    assertTrue(b.out().contains("anchors kept as names"), b.out());
    CliTest.Result l = CliTest.run("link", "--kb", kb.toString(), "Merkel");
    assertTrue(l.out().contains("Q567"), "--qids gives the Wikidata id: " + l.out());
    Path kb2 = tmp.resolve("kb2");
    CliTest.Result b2 = CliTest.run("kb", "build", "--source", "wikidict", "--input", jar.toString(), "--kb",
        kb2.toString(), "--no-progress");
    assertEquals(0, b2.code(), b2.err());
    CliTest.Result bad = CliTest.run("kb", "build", "--source", "wikidict", "--extra", "fr", "--kb",
        tmp.resolve("kb3").toString(), "--no-progress");
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("--extra must list zh and/or es, got 'fr'"), bad.err());
    CliTest.Result misplaced = CliTest.run("kb", "build", "--source", "tsv", "--input", qids.toString(), "--qids",
        qids.toString(), "--kb", tmp.resolve("kb4").toString(), "--no-progress");
    assertEquals(2, misplaced.code());
    assertTrue(misplaced.err().contains("--qids applies only to --source wikidict"), misplaced.err());
  }
}
