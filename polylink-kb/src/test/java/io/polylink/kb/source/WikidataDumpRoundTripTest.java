package io.polylink.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polylink.model.Entity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any item written as a dump line by {@link DumpWriter} comes back from {@link WikidataDumpSource} as written. */
class WikidataDumpRoundTripTest {

  private static final List<String> LANGUAGES = List.of("en", "de", "fr", "zh-hans", "sr-latn", "ar", "ja", "be-tarask");
  private static final List<String> PROPERTIES = List.of("P31", "P17", "P131", "P106", "P18", "P279", "P569");

  @Property(tries = 200, seed = "20240517")
  void itemsRoundTrip(@ForAll("items") DumpWriter.Item item) throws IOException {
    Path file = Files.createTempFile("roundtrip", ".json");
    try {
      Files.writeString(file, DumpWriter.dump(List.of(DumpWriter.line(item))), StandardCharsets.UTF_8);
      List<Entity> read = new ArrayList<>();
      SourceStats stats = new WikidataDumpSource(file).read(read::add);
      assertEquals(1, stats.entities());
      Entity e = read.get(0);
      assertEquals(item.id(), e.id().value());
      assertEquals(item.labels(), e.labels());
      assertEquals(item.descriptions(), e.descriptions());
      Map<String, List<String>> aliases = new LinkedHashMap<>(item.aliases());
      aliases.values().removeIf(List::isEmpty);
      assertEquals(aliases, e.aliases());
      assertEquals(expectedRelations(item), e.relations());
      assertEquals(item.sitelinks().size(), e.popularity());
      assertEquals(TypeMapper.typeOf(e.relations()), e.type());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** What the source should keep: value snaks of default properties, not deprecated, first occurrence only. */
  private static Map<String, List<String>> expectedRelations(DumpWriter.Item item) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (DumpWriter.Statement s : item.statements()) {
      if (!WikidataDumpSource.DEFAULT_PROPERTIES.contains(s.property()) || s.rank().equals("deprecated")
          || !s.snaktype().equals("value")) {
        continue;
      }
      List<String> targets = out.computeIfAbsent(s.property(), k -> new ArrayList<>());
      if (!targets.contains(s.target())) {
        targets.add(s.target());
      }
    }
    return out;
  }

  @Provide
  Arbitrary<DumpWriter.Item> items() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.strings().ofMinLength(1).ofMaxLength(20), // any chars, incl. quotes, backslashes, controls
        Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '"', '\\', 'é', '中', 'Я')
            .ofMinLength(1).ofMaxLength(30),
        Arbitraries.of("🇧🇪", "Zürich", "東京", "Москва", "\u0000nul", "tab\there", "line\nbreak"))
        .filter(WikidataDumpRoundTripTest::wellFormed);
    Arbitrary<String> language = Arbitraries.of(LANGUAGES);
    Arbitrary<Map<String, String>> terms = Arbitraries.maps(language, text).ofMaxSize(5);
    Arbitrary<Map<String, List<String>>> aliases =
        Arbitraries.maps(language, text.list().ofMaxSize(3)).ofMaxSize(4);
    Arbitrary<DumpWriter.Statement> statement = Combinators.combine(
        Arbitraries.of(PROPERTIES),
        Arbitraries.integers().between(1, 200).map(i -> "Q" + i),
        Arbitraries.of("normal", "preferred", "deprecated"),
        Arbitraries.of("value", "value", "value", "novalue", "somevalue"),
        Arbitraries.of(true, false))
        .as(DumpWriter.Statement::new);
    // Statements of one property must be contiguous in a dump, as claims are an object keyed by property.
    Arbitrary<List<DumpWriter.Statement>> statements = statement.list().ofMaxSize(12).map(list -> {
      Map<String, List<DumpWriter.Statement>> byProperty = new LinkedHashMap<>();
      list.forEach(s -> byProperty.computeIfAbsent(s.property(), k -> new ArrayList<>()).add(s));
      List<DumpWriter.Statement> grouped = new ArrayList<>();
      byProperty.values().forEach(grouped::addAll);
      return grouped;
    });
    Arbitrary<List<String>> sitelinks = Arbitraries.of("enwiki", "dewiki", "frwiki", "zhwiki", "enwikiquote", "commonswiki")
        .list().uniqueElements().ofMaxSize(6);
    return Combinators.combine(
        Arbitraries.longs().between(1, 130_000_000L).map(n -> "Q" + n), terms, aliases, terms, statements, sitelinks)
        .as(DumpWriter.Item::new);
  }

  /** Strings a real dump can carry: no unpaired surrogates (they cannot be written as UTF-8). */
  private static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
