package io.polylink.redact.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.datafaker.Faker;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Name-part and place-name lexicon from the lists inside the Datafaker jar (given names, family names, countries,
 * regions and city names of about 60 locales): lower-cased single words mapped to their classes ({@code given},
 * {@code family}, {@code place}, joined by '+' when a word has several; English function words left out). The
 * built-in name tagger uses it as a feature, so a name it never saw in training still counts as a name part.
 *
 * <p>A fourth class, {@value #WORD}, marks English vocabulary: every word that Datafaker's English lists (word
 * lists, quotes, product and job names, ...; not its Latin filler text nor its name lists) write in lower case, with
 * its plural. A capitalized run of vocabulary words ("Personal Info", "Clean Power Finance") is a heading or an
 * organization rather than a person, which capital letters alone cannot tell. A fifth, {@value #STREET}, marks
 * street types and prefixes of every locale ("Avenue", "Coves", "Rue", "Calle", and "St", "Rd" abbreviated).
 */
public final class Gazetteer {

  /** English function words ("the" of "The Hague", "and"): never evidence of a name. */
  static final org.apache.lucene.analysis.CharArraySet STOP =
      org.apache.lucene.analysis.en.EnglishAnalyzer.getDefaultStopSet();

  /** The class of English vocabulary words. */
  public static final String WORD = "word";

  /** The class of street types and prefixes ("Avenue", "Rue", "St"). */
  public static final String STREET = "street";

  /** The name classes, as opposed to {@link #WORD} and {@link #STREET}. */
  public static final List<String> NAME_CLASSES = List.of("given", "family", "place");

  private Gazetteer() {}

  /** Whether {@code classes} (a value of the lexicon) holds a name class, not only {@link #WORD}. */
  public static boolean isName(String classes) {
    for (String c : NAME_CLASSES) {
      if (classes.contains(c)) {
        return true;
      }
    }
    return false;
  }

  /** The lexicon; reading the Datafaker lists takes about a second. */
  public static Map<String, String> fromDatafaker() {
    Map<String, TreeSet<String>> classes = new HashMap<>();
    for (Map.Entry<String, Object> e : yamlDocuments().entrySet()) {
      if (vocabularySource(e.getKey())) {
        addVocabulary(e.getValue(), classes);
      }
      if (!(e.getValue() instanceof Map<?, ?> top)) {
        continue;
      }
      for (Object locale : top.values()) {
        if (locale instanceof Map<?, ?> l && l.get("faker") instanceof Map<?, ?> faker) {
          if (faker.get("name") instanceof Map<?, ?> name) {
            for (String k : List.of("first_name", "male_first_name", "female_first_name")) {
              addWords(name.get(k), "given", classes);
            }
            addWords(name.get("last_name"), "family", classes);
          }
          if (faker.get("address") instanceof Map<?, ?> address) {
            for (String k : List.of("country", "state", "city_name")) {
              addWords(address.get(k), "place", classes);
            }
            for (String k : List.of("street_suffix", "street_prefix", "common_street_suffix")) {
              addStreetWords(address.get(k), classes);
            }
          }
        }
      }
    }
    Map<String, String> out = new TreeMap<>();
    classes.forEach((w, c) -> out.put(w, String.join("+", c)));
    return out;
  }

  /** Abbreviated street types that the lists write out in full. */
  private static final List<String> STREET_ABBREVIATIONS = List.of("st", "str", "rd", "ave", "av", "avda", "dr",
      "blvd", "ln", "ct", "pl", "hwy", "pkwy", "sq", "ul", "cres", "tce", "via");

  /** Street types and prefixes ("Avenue", "Coves", "Rue", "Calle"): one-word entries, and the first word of others. */
  private static void addStreetWords(Object list, Map<String, TreeSet<String>> classes) {
    if (!(list instanceof List<?> items)) {
      return;
    }
    for (Object o : items) {
      if (o instanceof String s && !s.contains("#{")) {
        String w = s.strip().split("[\\s,]+")[0].replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
        if (w.length() >= 2 && w.codePoints().allMatch(Character::isLetter) && !STOP.contains(w)) {
          classes.computeIfAbsent(w, x -> new TreeSet<>()).add(STREET);
        }
      }
    }
    for (String w : STREET_ABBREVIATIONS) {
      classes.computeIfAbsent(w, x -> new TreeSet<>()).add(STREET);
    }
  }

  /** English lists other than names and the Latin filler text. */
  private static boolean vocabularySource(String entry) {
    return entry.startsWith("en/") && !entry.equals("en/lorem.yml") && !entry.equals("en/name.yml");
  }

  /** Every all-lower-case word of every string in {@code node}, and its plural, as {@link #WORD}. */
  private static void addVocabulary(Object node, Map<String, TreeSet<String>> classes) {
    if (node instanceof Map<?, ?> m) {
      for (Object v : m.values()) {
        addVocabulary(v, classes);
      }
    } else if (node instanceof List<?> l) {
      for (Object v : l) {
        addVocabulary(v, classes);
      }
    } else if (node instanceof String s && !s.contains("#{")) {
      for (String w : s.split("[^\\p{L}]+")) {
        if (w.length() >= 2 && w.equals(w.toLowerCase(Locale.ROOT)) && !STOP.contains(w)) {
          classes.computeIfAbsent(w, x -> new TreeSet<>()).add(WORD);
          if (!w.endsWith("s")) {
            classes.computeIfAbsent(w + "s", x -> new TreeSet<>()).add(WORD);
          }
        }
      }
    }
  }

  private static void addWords(Object list, String cls, Map<String, TreeSet<String>> classes) {
    if (!(list instanceof List<?> items)) {
      return;
    }
    for (Object o : items) {
      if (o instanceof List<?> nested) {
        addWords(nested, cls, classes);
      } else if (o instanceof String s && !s.contains("#{")) {
        for (String w : s.split("[\\s\\-'’.,()]+")) {
          if (w.length() >= 2 && w.codePoints().allMatch(Character::isLetter)
              && !STOP.contains(w.toLowerCase(Locale.ROOT))) {
            classes.computeIfAbsent(w.toLowerCase(Locale.ROOT), x -> new TreeSet<>()).add(cls);
          }
        }
      }
    }
  }

  /** Every YAML document of the Datafaker jar (or class folder) by its path there ("en/words.yml"), in name order. */
  private static Map<String, Object> yamlDocuments() {
    Path location;
    try {
      location = Path.of(Faker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException | SecurityException e) {
      throw new IllegalStateException("cannot locate the Datafaker lists on the class path", e);
    }
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(16 * 1024 * 1024);
    Yaml yaml = new Yaml(options);
    Map<String, Object> docs = new TreeMap<>();
    try {
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          for (Path p : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
            try (InputStream in = Files.newInputStream(p)) {
              docs.put(location.relativize(p).toString().replace('\\', '/'), yaml.load(in));
            }
          }
        }
      } else {
        try (ZipFile zip = new ZipFile(location.toFile())) {
          List<? extends ZipEntry> entries = zip.stream().filter(e -> e.getName().endsWith(".yml"))
              .sorted(java.util.Comparator.comparing(ZipEntry::getName)).toList();
          for (ZipEntry e : entries) {
            try (InputStream in = zip.getInputStream(e)) {
              docs.put(e.getName(), yaml.load(in));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Datafaker lists at " + location, e);
    }
    return docs;
  }
}
