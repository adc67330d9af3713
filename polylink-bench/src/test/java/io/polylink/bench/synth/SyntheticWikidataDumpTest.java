package io.polylink.bench.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticWikidataDumpTest {
  private static final int N = 1000;
  private static final long SEED = 42;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static byte[] dump;
  private static List<String> lines;
  private static List<JsonNode> entities;

  @BeforeAll
  static void writeOnce() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SyntheticWikidataDump.write(bytes, N, SEED);
    dump = bytes.toByteArray();
    lines = List.of(new String(dump, StandardCharsets.UTF_8).split("\n", -1));
    entities = new ArrayList<>();
    for (int i = 1; i <= N; i++) {
      String line = lines.get(i);
      entities.add(JSON.readTree(line.endsWith(",") ? line.substring(0, line.length() - 1) : line));
    }
  }

  @Test
  void hasTheDumpFraming() {
    assertEquals("[", lines.get(0));
    for (int i = 1; i < N; i++) {
      assertTrue(lines.get(i).startsWith("{") && lines.get(i).endsWith("},"), "line " + i);
    }
    assertTrue(lines.get(N).endsWith("}"), "last entity has no comma");
    assertEquals("]", lines.get(N + 1));
    assertEquals("", lines.get(N + 2), "ends with a newline");
    assertEquals(N + 3, lines.size());
  }

  @Test
  void idsKindsAndFractions() {
    Set<String> ids = new HashSet<>();
    int properties = 0;
    int lexemes = 0;
    for (int i = 0; i < N; i++) {
      JsonNode e = entities.get(i);
      String id = e.get("id").asText();
      assertTrue(ids.add(id), "duplicate " + id);
      assertEquals(EntityPlan.ID_BASE + i, Integer.parseInt(id.substring(1)), "ids are sequential");
      switch (e.get("type").asText()) {
        case "item" -> assertTrue(id.startsWith("Q"));
        case "property" -> {
          properties++;
          assertTrue(id.startsWith("P") && e.has("datatype"));
        }
        case "lexeme" -> {
          lexemes++;
          assertTrue(id.startsWith("L") && e.has("lemmas") && e.has("senses"));
        }
        default -> throw new AssertionError("unexpected type in " + id);
      }
    }
    int other = properties + lexemes;
    assertTrue(other >= 5 && other <= 40, "about 2% properties and lexemes, got " + other + " of " + N);
    assertTrue(properties > 0 && lexemes > 0);
  }

  @Test
  void itemsLookLikeWikidataItems() {
    Set<String> valueTypes = new HashSet<>();
    int withReferences = 0;
    int withQualifiers = 0;
    int withAliases = 0;
    long itemBytes = 0;
    int itemCount = 0;
    for (int i = 0; i < N; i++) {
      JsonNode e = entities.get(i);
      if (!e.get("type").asText().equals("item")) {
        continue;
      }
      itemCount++;
      itemBytes += lines.get(i + 1).getBytes(StandardCharsets.UTF_8).length;
      int labels = e.get("labels").size();
      assertTrue(labels >= 3 && labels <= 12, e.get("id") + " has " + labels + " labels");
      e.get("labels").properties().forEach(l -> assertEquals(l.getKey(), l.getValue().get("language").asText()));
      int descriptions = e.get("descriptions").size();
      assertTrue(descriptions >= 1 && descriptions <= 4, e.get("id") + " has " + descriptions + " descriptions");
      int aliases = 0;
      for (JsonNode list : e.get("aliases")) {
        aliases += list.size();
      }
      assertTrue(aliases <= 5, e.get("id") + " aliases " + aliases);
      withAliases += aliases > 0 ? 1 : 0;
      assertTrue(e.get("claims").has("P31"), e.get("id") + " has no P31");
      for (var claim : (Iterable<Map.Entry<String, JsonNode>>) e.get("claims").properties()::iterator) {
        for (JsonNode st : claim.getValue()) {
          assertEquals(claim.getKey(), st.get("mainsnak").get("property").asText());
          assertEquals("statement", st.get("type").asText());
          assertTrue(st.get("id").asText().startsWith(e.get("id").asText() + "$"));
          if (st.get("mainsnak").has("datavalue")) {
            valueTypes.add(st.get("mainsnak").get("datavalue").get("type").asText());
          }
          withReferences += st.has("references") ? 1 : 0;
          withQualifiers += st.has("qualifiers") ? 1 : 0;
        }
      }
      assertEquals(0, e.get("ns").asInt());
      assertEquals(e.get("id").asText(), e.get("title").asText());
    }
    assertEquals(Set.of("wikibase-entityid", "time", "quantity", "string", "monolingualtext", "globecoordinate"), valueTypes);
    assertTrue(withReferences > 100 && withQualifiers > 50, withReferences + " references, " + withQualifiers + " qualifiers");
    assertTrue(withAliases > itemCount / 3, "aliases on " + withAliases + " of " + itemCount);
    long avg = itemBytes / itemCount;
    System.out.println("synthetic dump: " + itemCount + " items, average " + avg + " bytes per item line");
    assertTrue(avg >= 1500 && avg <= 4000, "average item line " + avg + " bytes");
  }

  @Test
  void namesUseManyScriptsAndSomeRepeat() {
    Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
    Map<String, Integer> enLabels = new HashMap<>();
    boolean diacritics = false;
    for (JsonNode e : entities) {
      if (!e.has("labels")) {
        continue;
      }
      for (JsonNode l : e.get("labels")) {
        String v = l.get("value").asText();
        v.codePoints().filter(Character::isLetter).forEach(cp -> scripts.add(Character.UnicodeScript.of(cp)));
        diacritics |= v.chars().anyMatch(c -> c >= 0xC0 && c <= 0x17F);
      }
      if (e.get("labels").has("en")) {
        enLabels.merge(e.get("labels").get("en").get("value").asText(), 1, Integer::sum);
      }
    }
    assertTrue(scripts.containsAll(EnumSet.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.CYRILLIC,
        Character.UnicodeScript.GREEK, Character.UnicodeScript.ARABIC, Character.UnicodeScript.HAN,
        Character.UnicodeScript.THAI, Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.KATAKANA)), scripts.toString());
    assertTrue(diacritics, "some Latin names carry diacritics");
    long shared = enLabels.values().stream().filter(c -> c > 1).count();
    assertTrue(shared >= 5, "names shared by several entities: " + shared);
    assertTrue(Vocabulary.NAME_WORDS.stream().anyMatch(w -> enLabels.keySet().stream().anyMatch(l -> l.startsWith(w))),
        "some names are common words");
  }

  @Test
  void sitelinksAreSkewed() {
    List<Integer> counts = new ArrayList<>();
    for (JsonNode e : entities) {
      if (e.get("type").asText().equals("item")) {
        counts.add(e.get("sitelinks").size());
        e.get("sitelinks").properties().forEach(s -> assertEquals(s.getKey(), s.getValue().get("site").asText()));
      }
    }
    int[] sorted = counts.stream().mapToInt(Integer::intValue).sorted().toArray();
    int median = sorted[sorted.length / 2];
    int max = sorted[sorted.length - 1];
    System.out.println("sitelinks: median " + median + ", max " + max);
    assertTrue(median <= 2, "median " + median);
    assertTrue(max >= 50, "max " + max);
  }

  @Test
  void relationsPointAtGeneratedEntities() {
    Set<String> ids = new HashSet<>();
    entities.forEach(e -> ids.add(e.get("id").asText()));
    int internal = 0;
    for (JsonNode e : entities) {
      if (!e.get("type").asText().equals("item")) {
        continue;
      }
      for (String p : List.of("P17", "P27", "P131", "P19", "P159", "P276", "P50", "P57", "P175", "P171", "P36")) {
        for (JsonNode st : e.get("claims").path(p)) {
          String target = st.get("mainsnak").get("datavalue").get("value").get("id").asText();
          assertTrue(ids.contains(target), e.get("id") + " " + p + " -> " + target);
          internal++;
        }
      }
    }
    assertTrue(internal > N, "relations between generated entities: " + internal);
  }

  @Test
  void deterministicForASeed() throws IOException {
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    SyntheticWikidataDump.write(again, N, SEED);
    assertArrayEquals(dump, again.toByteArray());
    ByteArrayOutputStream other = new ByteArrayOutputStream();
    SyntheticWikidataDump.write(other, N, SEED + 1);
    assertFalse(Arrays.equals(dump, other.toByteArray()));
  }

  @Test
  void compressesByFileName(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream small = new ByteArrayOutputStream();
    SyntheticWikidataDump.write(small, 200, 7);
    Path gz = dir.resolve("d.json.gz");
    Path bz2 = dir.resolve("d.json.bz2");
    Path plain = dir.resolve("d.json");
    SyntheticWikidataDump.write(gz, 200, 7);
    SyntheticWikidataDump.write(bz2, 200, 7);
    SyntheticWikidataDump.write(plain, 200, 7);
    assertArrayEquals(small.toByteArray(), Files.readAllBytes(plain));
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      assertArrayEquals(small.toByteArray(), in.readAllBytes());
    }
    try (InputStream in = new BZip2CompressorInputStream(Files.newInputStream(bz2))) {
      assertArrayEquals(small.toByteArray(), in.readAllBytes());
    }
  }

  @Test
  void sampledNamesMatchTheDump() {
    List<SampledName> names = SyntheticWikidataDump.names(N, SEED, 100);
    assertTrue(names.size() >= 90 && names.size() <= 100, "sample size " + names.size());
    Map<String, JsonNode> byId = new HashMap<>();
    entities.forEach(e -> byId.put(e.get("id").asText(), e));
    for (SampledName n : names) {
      JsonNode e = byId.get(n.id());
      assertEquals("item", e.get("type").asText());
      assertEquals(n.name(), e.get("labels").get(n.language()).get("value").asText(), n.id());
      assertEquals(n.sitelinks(), e.get("sitelinks").size());
      if (e.get("labels").has("en")) {
        assertEquals("en", n.language());
      }
    }
    assertEquals(names, SyntheticWikidataDump.names(N, SEED, 100));
  }

  @Test
  void mainRejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> SyntheticWikidataDump.main(new String[] {"--entities", "x"}));
    assertThrows(IllegalArgumentException.class, () -> SyntheticWikidataDump.main(new String[] {"--out", "/tmp/x.json"}));
    assertThrows(IllegalArgumentException.class, () -> SyntheticWikidataDump.main(new String[] {"--bogus", "1"}));
  }

  @Test
  void mainWritesTheFile(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("m.json");
    SyntheticWikidataDump.main(new String[] {"--entities", "50", "--seed", "3", "--out", out.toString()});
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    SyntheticWikidataDump.write(expected, 50, 3);
    assertArrayEquals(expected.toByteArray(), Files.readAllBytes(out));
  }
}
