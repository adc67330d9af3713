package io.polylink.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.model.Entity;
import io.polylink.model.EntityType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.polylink.testsupport.TestData;

class WikidataDumpSourceTest {

  @TempDir Path dir;

  private record Result(SourceStats stats, Map<String, Entity> entities) {
    Entity get(String id) {
      Entity e = entities.get(id);
      assertNotNull(e, "no entity " + id + " in " + entities.keySet());
      return e;
    }
  }

  private static Result read(EntitySource source) throws IOException {
    Map<String, Entity> out = new LinkedHashMap<>();
    SourceStats stats = source.read(e -> out.put(e.id().value(), e));
    assertEquals(out.size(), stats.entities(), "entity count vs distinct ids");
    return new Result(stats, out);
  }

  private static Result read(Path file) throws IOException {
    return read(new WikidataDumpSource(file));
  }

  private Path write(String name, String content) throws IOException {
    return SourceFiles.write(dir, name, content);
  }

  private static String item(String id, String extra) {
    return "{\"type\":\"item\",\"id\":\"" + id + "\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"" + id
        + " label\"}}" + extra + "}";
  }

  // ---- shared data: Wikidata Toolkit mock dumps and a real 100-item sample ----

  @Test
  void wdtkMockDumpItemsPropertiesAndLexemes() throws IOException {
    Result r = read(TestData.require("wikidata/wdtk/mock-dump-for-testing.json"));
    assertEquals(2, r.stats().entities());
    assertEquals(Map.of("property", 1L, "lexeme", 1L), r.stats().skipped());
    assertEquals(0, r.stats().malformed());
    assertEquals(6, r.stats().lines());
    Entity q1 = r.get("Q1");
    assertEquals("Universum", q1.labels().get("de"));
    assertEquals(List.of("Weltall", "All", "Kosmos", "Weltraum"), q1.aliases().get("de"));
    assertEquals("Gesamtheit der Energie, des Raumes und der Materie", q1.descriptions().get("de"));
    // Old dumps give only "numeric-id" in entity values.
    assertTrue(q1.relation("P31").contains("Q1454986"), q1.relations().toString());
    assertEquals(1, q1.popularity());
    assertEquals("Glück", r.get("Q8").labels().get("de"));
  }

  @Test
  void wdtkLongAndBuggyDumpsAgree() throws IOException {
    Result clean = read(TestData.require("wikidata/wdtk/mock-dump-for-long-testing.json"));
    Result bugs = read(TestData.require("wikidata/wdtk/mock-dump-with-bugs.json"));
    for (Result r : List.of(clean, bugs)) {
      assertEquals(55, r.stats().entities());
      assertEquals(Map.of("property", 46L), r.stats().skipped());
      assertEquals(0, r.stats().malformed());
      assertEquals(119, r.entities().values().stream().mapToLong(e -> e.relations().values().stream()
          .mapToLong(List::size).sum()).sum());
    }
    assertEquals(clean.entities().keySet(), bugs.entities().keySet());
    assertEquals(clean.entities(), bugs.entities(), "\"labels\":[] and \"claims\":[] read like empty objects");
  }

  @Test
  void realSampleOfOpentapioca() throws IOException {
    Result r = read(TestData.require("wikidata/opentapioca/sample_wikidata_items.json.bz2"));
    assertEquals(100, r.stats().entities());
    assertEquals(0, r.stats().skippedTotal(), "the sample has items only");
    assertEquals(102, r.stats().lines());
    assertEquals(List.of("Q31", "Q2013", "Q45"), new ArrayList<>(r.entities().keySet()).subList(0, 3));

    Entity belgium = r.get("Q31");
    assertEquals("Belgium", belgium.labels().get("en"));
    assertEquals("Belgien", belgium.labels().get("de"));
    assertEquals("Belgique", belgium.labels().get("fr"));
    assertEquals("Бельгия", belgium.labels().get("ru"));
    assertEquals("比利时", belgium.labels().get("zh-hans"));
    assertEquals(List.of("Kingdom of Belgium", "be", "🇧🇪"), belgium.aliases().get("en"));
    assertEquals("federal constitutional monarchy in Western Europe", belgium.descriptions().get("en"));
    assertEquals(List.of("Q3624078", "Q43702", "Q6256"), belgium.relation("P31"));
    assertEquals(List.of("Q31"), belgium.relation("P17"));
    assertEquals(List.of("Q239"), belgium.relation("P36"));
    assertEquals(319, belgium.popularity());
    assertEquals(EntityType.LOCATION, belgium.type());

    Entity germany = r.get("Q183");
    assertEquals(351, germany.popularity());
    assertEquals(List.of("Q586", "Q64"), germany.relation("P36"));
    assertEquals(List.of("Q145"), r.get("Q278").relation("P17"));

    // Deprecated statements are dropped: Q2119's two deprecated P17 values, Q807's deprecated P131 value.
    assertFalse(r.get("Q2119").relation("P17").contains("Q43287"));
    assertFalse(r.get("Q807").relation("P131").contains("Q11911"));

    // Totals computed independently from the same file.
    assertEquals(12730, sum(r, e -> e.labels().size()));
    assertEquals(1687, sum(r, e -> e.aliases().values().stream().mapToLong(List::size).sum()));
    assertEquals(2947, sum(r, e -> e.descriptions().size()));
    assertEquals(2067, sum(r, e -> e.relations().values().stream().mapToLong(List::size).sum()));
    assertEquals(11933, sum(r, Entity::popularity));
  }

  @Test
  void realSampleWithLanguageSubset() throws IOException {
    Path sample = TestData.require("wikidata/opentapioca/sample_wikidata_items.json.bz2");
    var options = WikidataDumpSource.Options.defaults().withLanguages(Set.of("de", "zh"));
    Result r = read(new WikidataDumpSource(sample, options));
    assertEquals(100, r.stats().entities());
    assertEquals(569, sum(r, e -> e.labels().size()));
    assertEquals(183, sum(r, e -> e.aliases().values().stream().mapToLong(List::size).sum()));
    Entity belgium = r.get("Q31");
    assertEquals("Belgien", belgium.labels().get("de"));
    assertEquals("比利时", belgium.labels().get("zh-hans"), "primary subtag zh keeps zh-hans");
    assertFalse(belgium.labels().containsKey("en"));
    assertFalse(belgium.labels().containsKey("fr"));
    assertEquals(319, belgium.popularity(), "popularity does not depend on languages");
  }

  private static long sum(Result r, java.util.function.ToLongFunction<Entity> f) {
    return r.entities().values().stream().mapToLong(f).sum();
  }

  // ---- hand-written fixtures ----

  @Test
  void relationsSkipNovalueSomevalueDeprecatedAndNonItemValues() throws IOException {
    String claims = ",\"claims\":{\"P31\":["
        + "{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P31\",\"datavalue\":{\"value\":{\"entity-type\":\"item\","
        + "\"numeric-id\":5,\"id\":\"Q5\"},\"type\":\"wikibase-entityid\"}},\"rank\":\"normal\"},"
        + "{\"mainsnak\":{\"snaktype\":\"novalue\",\"property\":\"P31\"},\"rank\":\"normal\"},"
        + "{\"mainsnak\":{\"snaktype\":\"somevalue\",\"property\":\"P31\"},\"rank\":\"preferred\"},"
        + "{\"rank\":\"deprecated\",\"mainsnak\":{\"snaktype\":\"value\",\"datavalue\":{\"value\":{\"id\":\"Q6\"},"
        + "\"type\":\"wikibase-entityid\"}}},"
        + "{\"mainsnak\":{\"snaktype\":\"value\",\"datavalue\":{\"value\":{\"entity-type\":\"item\",\"numeric-id\":7},"
        + "\"type\":\"wikibase-entityid\"}}}],"
        + "\"P106\":[{\"mainsnak\":{\"snaktype\":\"value\",\"datavalue\":{\"value\":\"Q99\",\"type\":\"string\"}}}],"
        + "\"P18\":[{\"mainsnak\":{\"snaktype\":\"value\",\"datavalue\":{\"value\":{\"id\":\"Q8\"},"
        + "\"type\":\"wikibase-entityid\"}}}]}";
    Path p = write("claims.json", "[\n" + item("Q42", claims) + "\n]\n");
    Entity e = read(p).get("Q42");
    assertEquals(Map.of("P31", List.of("Q5", "Q7")), e.relations());
    assertEquals(EntityType.PERSON, e.type());
  }

  @Test
  void linesWithoutBracketsAndLastWithoutComma() throws IOException {
    Path p = write("lines.json", item("Q1", "") + ",\n" + item("Q2", "") + "\r\n\n" + item("Q3", ""));
    Result r = read(p);
    assertEquals(List.of("Q1", "Q2", "Q3"), new ArrayList<>(r.entities().keySet()));
    assertEquals("Q2 label", r.get("Q2").labels().get("en"));
  }

  @Test
  void emptyFileAndEmptyArray() throws IOException {
    assertEquals(0, read(write("empty.json", "")).stats().entities());
    assertEquals(0, read(write("brackets.json", "[\n]\n")).stats().entities());
    assertEquals(0, read(write("inline.json", "[]")).stats().entities());
  }

  @Test
  void oldDumpQuirksAndMissingFields() throws IOException {
    String lines = String.join(",\n",
        "{\"type\":\"item\",\"id\":\"Q1\",\"labels\":[],\"aliases\":[],\"descriptions\":[],\"claims\":[],\"sitelinks\":[]}",
        "{\"id\":\"Q2\"}",
        "{\"id\":\"P3\",\"labels\":{}}",
        "{\"type\":\"item\",\"id\":\"Q4\",\"aliases\":{\"en\":{\"0\":{\"language\":\"en\",\"value\":\"four\"}}}}");
    Result r = read(write("old.json", "[\n" + lines + "\n]\n"));
    assertEquals(3, r.stats().entities());
    assertEquals(Map.of("property", 1L), r.stats().skipped());
    Entity q1 = r.get("Q1");
    assertTrue(q1.labels().isEmpty() && q1.relations().isEmpty());
    assertEquals(0, q1.popularity());
    assertEquals(EntityType.OTHER, r.get("Q2").type());
    assertEquals(List.of("four"), r.get("Q4").aliases().get("en"));
  }

  @Test
  void nonItemsAreCountedByKind() throws IOException {
    String lines = String.join(",\n",
        "{\"type\":\"property\",\"id\":\"P31\",\"datatype\":\"wikibase-item\"}",
        "{\"type\":\"lexeme\",\"id\":\"L1\",\"lemmas\":{}}",
        "{\"type\":\"mediainfo\",\"id\":\"M1\",\"statements\":{}}",
        "{\"id\":\"Q9\",\"redirect\":\"Q10\"}",
        "{\"type\":\"form\",\"id\":\"L1-F1\"}",
        item("Q11", ""));
    Result r = read(write("kinds.json", "[\n" + lines + "\n]\n"));
    assertEquals(1, r.stats().entities());
    assertEquals(Map.of("property", 1L, "lexeme", 1L, "mediainfo", 1L, "redirect", 1L, "other", 1L),
        r.stats().skipped());
    assertEquals(8, r.stats().lines());
  }

  @Test
  void malformedLineStopsWithItsLineNumber() throws IOException {
    Path p = write("bad.json", "[\n" + item("Q1", "") + ",\n{\"type\":\"item\",\"id\":\"Q2\",\"labels\":{,\n"
        + item("Q3", "") + "\n]\n");
    SourceException e = assertThrows(SourceException.class, () -> read(p));
    assertEquals(3, e.line());
    assertEquals(p.toString(), e.file());
    assertTrue(e.getMessage().startsWith(p + ":3: invalid JSON"), e.getMessage());
  }

  @Test
  void structuralErrorsAreMalformed() throws IOException {
    List<String> bad = List.of(
        "{\"type\":\"item\",\"labels\":{}}", // no id
        "{\"type\":\"item\",\"id\":\"Q1\",\"labels\":7}",
        "{\"type\":\"item\",\"id\":\"Q1\",\"claims\":\"x\"}",
        "{\"type\":\"item\",\"id\":42}",
        "{\"type\":\"item\",\"id\":\"Q 1\"}",
        "[1,2]",
        "{\"type\":\"item\",\"id\":\"Q1\"}}",
        "{\"type\":\"item\",\"id\":\"Q1\",\"labels\":{\"en\":{\"value\":\"x\"}}");
    for (String line : bad) {
      Path p = write("structural.json", "[\n" + line + ",\n]\n");
      SourceException e = assertThrows(SourceException.class, () -> read(p), line);
      assertEquals(2, e.line(), line);
    }
  }

  @Test
  void skipPolicyCountsWarnsAndGoesOn() throws IOException {
    Path p = write("skip.json", "[\n" + item("Q1", "") + ",\n{broken,\n" + item("Q3", "") + ",\n{\"id\":7},\n"
        + item("Q5", "") + "\n]\n");
    List<String> warnings = new ArrayList<>();
    var options = WikidataDumpSource.Options.defaults().withOnError(ErrorPolicy.SKIP).withWarnings(warnings::add);
    Result r = read(new WikidataDumpSource(p, options));
    assertEquals(List.of("Q1", "Q3", "Q5"), new ArrayList<>(r.entities().keySet()));
    assertEquals(2, r.stats().malformed());
    assertEquals(7, r.stats().lines());
    assertEquals(2, warnings.size());
    assertTrue(warnings.get(0).startsWith(p + ":3: "), warnings.get(0));
    assertTrue(warnings.get(1).startsWith(p + ":5: "), warnings.get(1));
  }

  @Test
  void invalidUtf8IsMalformedNotReplaced() throws IOException {
    byte[] good = (item("Q1", "") + ",\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"type\":\"item\",\"id\":\"Q2\",\"labels\":{\"en\":{\"value\":\"caf\u00e9\"}}},\n"
        .getBytes(StandardCharsets.UTF_8);
    // Cut the two-byte é down to its lead byte: the following quote is not a continuation byte.
    int e = indexOf(bad, (byte) 0xC3);
    byte[] broken = new byte[bad.length - 1];
    System.arraycopy(bad, 0, broken, 0, e + 1);
    System.arraycopy(bad, e + 2, broken, e + 1, bad.length - e - 2);
    Path p = dir.resolve("utf8.json");
    try (OutputStream out = Files.newOutputStream(p)) {
      out.write("[\n".getBytes(StandardCharsets.UTF_8));
      out.write(good);
      out.write(broken);
      out.write((item("Q3", "") + "\n]\n").getBytes(StandardCharsets.UTF_8));
    }
    SourceException ex = assertThrows(SourceException.class, () -> read(p));
    assertEquals(3, ex.line());
    assertTrue(ex.getMessage().contains("invalid UTF-8"), ex.getMessage());

    List<String> warnings = new ArrayList<>();
    var skip = WikidataDumpSource.Options.defaults().withOnError(ErrorPolicy.SKIP).withWarnings(warnings::add);
    Result r = read(new WikidataDumpSource(p, skip));
    assertEquals(Set.of("Q1", "Q3"), r.entities().keySet());
    assertEquals(1, r.stats().malformed());
    assertTrue(warnings.get(0).contains(":3: invalid UTF-8"), warnings.get(0));
  }

  private static int indexOf(byte[] b, byte x) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    throw new AssertionError("byte not found");
  }

  @Test
  void compressedDumpsByMagicBytesNotExtension() throws IOException {
    String dump = DumpWriter.dump(List.of(item("Q1", ""), item("Q2", "")));
    Path gz = dir.resolve("dump-gz.json"); // no .gz: detection must use the magic bytes
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(dump.getBytes(StandardCharsets.UTF_8));
    }
    Path bz = dir.resolve("dump.bin");
    try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(bz))) {
      out.write(dump.getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(Set.of("Q1", "Q2"), read(gz).entities().keySet());
    assertEquals(Set.of("Q1", "Q2"), read(bz).entities().keySet());
  }

  @Test
  void truncatedCompressedDumpsNameTheFile() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 2000; i++) {
      lines.add(item("Q" + i, ",\"descriptions\":{\"en\":{\"language\":\"en\",\"value\":\"item number " + i * 7919L
          + "\"}}"));
    }
    byte[] dump = DumpWriter.dump(lines).getBytes(StandardCharsets.UTF_8);
    for (String format : List.of("gzip", "bzip2")) {
      Path whole = dir.resolve("whole." + format);
      try (OutputStream out = format.equals("gzip")
          ? new GZIPOutputStream(Files.newOutputStream(whole))
          : new BZip2CompressorOutputStream(Files.newOutputStream(whole), 1)) { // 100k blocks: several per file
        out.write(dump);
      }
      assertEquals(2000, read(whole).stats().entities(), format);
      byte[] all = Files.readAllBytes(whole);
      Path cut = dir.resolve("cut." + format);
      Files.write(cut, java.util.Arrays.copyOf(all, all.length * 2 / 3));
      List<Entity> seen = new ArrayList<>();
      SourceException e = assertThrows(SourceException.class, () -> new WikidataDumpSource(cut).read(seen::add),
          format);
      assertEquals(cut.toString(), e.file(), format);
      assertTrue(e.getMessage().contains("truncated or corrupt " + format), e.getMessage());
      assertTrue(e.line() > 1 && e.line() <= 2002, format + " line " + e.line());
      assertFalse(seen.isEmpty(), "entities before the cut are delivered");
    }
  }

  @Test
  void missingFileAndDirectory() {
    SourceException missing = assertThrows(SourceException.class,
        () -> new WikidataDumpSource(dir.resolve("nope.json")).read(e -> {}));
    assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
    SourceException directory = assertThrows(SourceException.class, () -> new WikidataDumpSource(dir).read(e -> {}));
    assertTrue(directory.getMessage().contains("directory"), directory.getMessage());
  }

  @Test
  void optionsValidateAndNormalize() {
    var o = new WikidataDumpSource.Options(Set.of("EN", "zh_Hant"), null, null, null);
    assertEquals(Set.of("en", "zh-hant"), o.languages());
    assertEquals(WikidataDumpSource.DEFAULT_PROPERTIES, o.properties());
    assertEquals(ErrorPolicy.STOP, o.onError());
    assertTrue(o.keepsLanguage("en-gb"));
    assertFalse(o.keepsLanguage("zh-hans"));
    assertFalse(o.keepsLanguage("de"));
    assertTrue(WikidataDumpSource.Options.defaults().keepsLanguage("anything"));
    assertThrows(IllegalArgumentException.class,
        () -> new WikidataDumpSource.Options(Set.of(), Set.of("Q31"), null, null));
    assertThrows(IllegalArgumentException.class,
        () -> new WikidataDumpSource.Options(Set.of("en gb"), null, null, null));
  }

  @Test
  void dumpWriterLinesAreRead() throws IOException {
    var item = new DumpWriter.Item("Q64", Map.of("de", "Berlin"), Map.of("en", List.of("Berlin, Germany")),
        Map.of("en", "capital of Germany"),
        List.of(DumpWriter.Statement.of("P31", "Q515"), DumpWriter.Statement.of("P17", "Q183"),
            new DumpWriter.Statement("P17", "Q7318", "deprecated", "value", false)),
        List.of("dewiki", "enwiki"));
    Entity e = read(write("w.json", DumpWriter.dump(List.of(DumpWriter.line(item))))).get("Q64");
    assertEquals(Map.of("P31", List.of("Q515"), "P17", List.of("Q183")), e.relations());
    assertEquals(2, e.popularity());
    assertEquals(EntityType.LOCATION, e.type());
  }
}
