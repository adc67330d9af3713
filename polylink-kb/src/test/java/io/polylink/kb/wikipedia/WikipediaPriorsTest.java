package io.polylink.kb.wikipedia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.model.Entity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Anchor statistics on small dumps written in the MediaWiki export format (0.11), plain and bzip2. */
class WikipediaPriorsTest {

  @TempDir
  Path tmp;

  static String page(String title, int ns, long id, String redirect, String text) {
    return "  <page>\n    <title>" + xml(title) + "</title>\n    <ns>" + ns + "</ns>\n    <id>" + id + "</id>\n"
        + (redirect == null ? "" : "    <redirect title=\"" + xml(redirect) + "\" />\n")
        + "    <revision>\n      <id>" + (1000 + id) + "</id>\n      <parentid>" + (900 + id) + "</parentid>\n"
        + "      <timestamp>2024-05-01T12:00:00Z</timestamp>\n      <contributor>\n        <username>Example</username>\n"
        + "        <id>42</id>\n      </contributor>\n      <comment>test</comment>\n      <model>wikitext</model>\n"
        + "      <format>text/x-wiki</format>\n      <text bytes=\"" + text.length() + "\" xml:space=\"preserve\">"
        + xml(text) + "</text>\n      <sha1>0000000000000000000000000000000</sha1>\n    </revision>\n  </page>\n";
  }

  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String dump(String... pages) {
    return "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" "
        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        + "xsi:schemaLocation=\"http://www.mediawiki.org/xml/export-0.11/ http://www.mediawiki.org/xml/export-0.11.xsd\" "
        + "version=\"0.11\" xml:lang=\"en\">\n  <siteinfo>\n    <sitename>Wikipedia</sitename>\n"
        + "    <dbname>enwiki</dbname>\n    <base>https://en.wikipedia.org/wiki/Main_Page</base>\n"
        + "    <generator>MediaWiki 1.43.0-wmf.1</generator>\n    <case>first-letter</case>\n    <namespaces>\n"
        + "      <namespace key=\"0\" case=\"first-letter\" />\n      <namespace key=\"14\" case=\"first-letter\">"
        + "Category</namespace>\n    </namespaces>\n  </siteinfo>\n" + String.join("", pages) + "</mediawiki>\n";
  }

  static final String[] PAGES = {
      page("Paris", 0, 1, null, "'''Paris''' is the capital of [[France]]. See [[Paris (mythology)|Paris]] too. "
          + "{{Infobox city|name=[[Paris]]}}<ref>[[Paris, Texas]]</ref>[[Category:Capitals]] [[de:Paris]]"),
      page("Paris, Texas", 0, 2, null, "A city in [[Lamar County, Texas|Lamar County]], [[Texas]]; unlike [[Paris]]."),
      page("Lyon", 0, 3, null, "Lyon is a city in [[France]] south of [[Paris]]; trains run to [[Paris]] and "
          + "[[Paris_(France)|Paris]]. Paris is big. [[bus]]es and [[French Republic|France]]."),
      page("Paris (France)", 0, 4, "Paris", "#REDIRECT [[Paris]]"),
      page("French Republic", 0, 5, "France", "#REDIRECT [[France]]"),
      page("Category:Capitals", 14, 6, null, "[[Paris]] [[Paris]] [[Paris]]"),
      page("France", 0, 7, null, "France's capital is [[Paris]]. In [[Texas]], [[Paris, Texas|Paris]] is a town."),
  };

  @Test
  void countsAnchorsAfterRedirectsInArticlesOnly() throws IOException {
    Path f = tmp.resolve("enwiki-pages-articles.xml");
    Files.writeString(f, dump(PAGES));
    AnchorStatistics s = AnchorStatistics.build(f, 4);
    assertEquals(4, s.pages(), "articles: redirects and other namespaces do not count");
    // "Paris" links: Lyon 3 (one through the redirect Paris (France)), Paris, Texas 1, France 1 -> Paris;
    // Paris page 1 -> Paris (mythology); France 1 -> Paris, Texas. Template, ref and category links do not count;
    // nor does the category page.
    List<AnchorStatistics.Target> t = s.targets("Paris");
    assertEquals(new AnchorStatistics.Target("Paris", 5), t.get(0));
    assertEquals(7, s.linkCount("paris"));
    assertEquals(5 / 7.0, s.probability("paris", "Paris"), 1e-9);
    assertEquals(1 / 7.0, s.probability("PARIS", "Paris, Texas"), 1e-9);
    assertEquals(1 / 7.0, s.probability("Paris", "Paris_(mythology)"), 1e-9);
    assertEquals(0, s.probability("Berlin", "Berlin"));
    assertEquals(3, s.inLinks("France"), "Paris and Lyon link it, once through the French Republic redirect");
    assertEquals(1.0, s.probability("France", "France"));
    assertEquals(1, s.inLinks("Lamar County, Texas"));
    assertEquals(1, s.targets("buses").size(), "a link trail extends the anchor");
  }

  @Test
  void linkProbabilityCountsUnlinkedOccurrences() throws IOException {
    Path f = tmp.resolve("d.xml");
    Files.writeString(f, dump(PAGES));
    AnchorStatistics s = AnchorStatistics.build(f, 4);
    // "Paris" occurs 7 times linked plus unlinked in "'''Paris''' is", "Paris is big", "Paris, Texas" (the
    // title text of page 2 is not article text), ...: the probability is below 1
    double lp = s.linkProbability("Paris");
    assertTrue(lp > 0.4 && lp < 1, "link probability " + lp);
    assertEquals(1.0, s.linkProbability("Lamar County"), 1e-9);
    assertEquals(0, s.linkProbability("never linked"));
  }

  @Test
  void readsBzip2AndJoinsWikidataIds() throws IOException {
    Path f = tmp.resolve("enwiki-pages-articles.xml.bz2");
    try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(f))) {
      out.write(dump(PAGES).getBytes(StandardCharsets.UTF_8));
    }
    AnchorStatistics s = AnchorStatistics.build(f, 4);
    Path wd = tmp.resolve("wikidata.json");
    Files.writeString(wd, "[\n"
        + "{\"type\":\"item\",\"id\":\"Q90\",\"labels\":{},\"sitelinks\":{\"enwiki\":{\"site\":\"enwiki\",\"title\":\"Paris\","
        + "\"badges\":[]},\"dewiki\":{\"site\":\"dewiki\",\"title\":\"Paris\",\"badges\":[]}}},\n"
        + "{\"type\":\"item\",\"id\":\"Q142\",\"claims\":{},\"sitelinks\":{\"enwiki\":{\"site\":\"enwiki\","
        + "\"title\":\"France\",\"badges\":[]}}},\n"
        + "{\"type\":\"item\",\"id\":\"Q830149\",\"sitelinks\":{\"enwiki\":{\"site\":\"enwiki\",\"title\":\"Paris, Texas\"}}}\n"
        + "]\n");
    Map<String, String> qids = SitelinkTitles.read(wd, "enwiki");
    assertEquals(Map.of("Paris", "Q90", "France", "Q142", "Paris, Texas", "Q830149"), qids);
    WikipediaPriorSource src = new WikipediaPriorSource("enwiki-test", s, qids, 0.1, 1);
    List<Entity> out = new ArrayList<>();
    src.read(out::add);
    Entity paris = out.stream().filter(e -> e.id().value().equals("Q90")).findFirst().orElseThrow();
    assertEquals("Paris", paris.labels().get("en"));
    assertEquals(5, paris.popularity());
    Entity texas = out.stream().filter(e -> e.id().value().equals("Q830149")).findFirst().orElseThrow();
    assertEquals(List.of("paris"), texas.aliases().get("en"), "p(Paris, Texas | paris) = 2/7 >= 0.1");
    assertTrue(out.stream().anyMatch(e -> e.id().value().equals("enwiki:Lamar_County,_Texas")));
    Path tsv = tmp.resolve("priors.tsv");
    s.writeTsv(tsv);
    assertTrue(Files.readAllLines(tsv).contains("paris\tParis\t5\t0.714286\t" + String.format(java.util.Locale.ROOT,
        "%.6f", s.linkProbability("paris"))));
  }

  @Test
  void malformedDumpsFailWithTheLine() throws IOException {
    Path f = tmp.resolve("bad.xml");
    Files.writeString(f, dump(PAGES).replace("</mediawiki>", "<page><title>X</title>"));
    IOException e = assertThrows(IOException.class, () -> AnchorStatistics.build(f, 4));
    assertTrue(e.getMessage().contains("not a MediaWiki XML export at line"), e.getMessage());
  }
}
