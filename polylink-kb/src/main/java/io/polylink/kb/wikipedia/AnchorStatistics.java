package io.polylink.kb.wikipedia;

import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Name priors from Wikipedia's own links: how often each anchor text (by its normalized dictionary key) links to each
 * page, after following redirects, giving p(page | name); and how often the name occurs in article text at all,
 * linked or not, giving its link probability (the share of its occurrences that editors linked). Built from a
 * MediaWiki XML export in two streaming passes.
 *
 * <pre>{@code
 * AnchorStatistics s = AnchorStatistics.build(Path.of("enwiki-latest-pages-articles.xml.bz2"), 8);
 * double p = s.probability("paris", "Paris");        // p(Paris | "paris")
 * double lp = s.linkProbability("paris");
 * }</pre>
 */
public final class AnchorStatistics {

  /** One target of a name: the page title and how many links with that name point to it. */
  public record Target(String title, long count) {}

  private final Map<String, Map<String, Long>> byName; // name key -> title -> count
  private final Map<String, Long> occurrences; // name key -> occurrences in article text (linked or not)
  private final Map<String, Long> inLinks; // title -> links pointing to it
  private final long pages;

  private AnchorStatistics(Map<String, Map<String, Long>> byName, Map<String, Long> occurrences,
      Map<String, Long> inLinks, long pages) {
    this.byName = byName;
    this.occurrences = occurrences;
    this.inLinks = inLinks;
    this.pages = pages;
  }

  /**
   * Reads {@code dump} twice: links and redirects, then name occurrences (names of at most {@code maxNameTokens}
   * tokens). Only articles (namespace 0) count.
   */
  public static AnchorStatistics build(Path dump, int maxNameTokens) throws IOException {
    if (maxNameTokens < 1) {
      throw new IllegalArgumentException("maxNameTokens must be >= 1, got " + maxNameTokens);
    }
    Map<String, String> redirects = new HashMap<>();
    Map<String, Map<String, Long>> raw = new HashMap<>();
    long[] articles = {0};
    WikipediaDump.read(dump, page -> {
      if (page.namespace() != 0) {
        return;
      }
      String title = WikiText.normalizeTitle(page.title());
      if (title == null) {
        return;
      }
      if (page.redirect() != null) {
        String to = WikiText.normalizeTitle(page.redirect());
        if (to != null) {
          redirects.put(title, to);
        }
        return;
      }
      articles[0]++;
      for (WikiText.Link l : WikiText.links(page.text())) {
        String key = TextNormalizer.key(l.anchor());
        if (!key.isEmpty()) {
          raw.computeIfAbsent(key, k -> new HashMap<>()).merge(l.target(), 1L, Long::sum);
        }
      }
    });
    Map<String, Map<String, Long>> byName = new HashMap<>();
    Map<String, Long> inLinks = new HashMap<>();
    for (Map.Entry<String, Map<String, Long>> e : raw.entrySet()) {
      Map<String, Long> resolved = new HashMap<>();
      for (Map.Entry<String, Long> t : e.getValue().entrySet()) {
        String target = resolve(t.getKey(), redirects);
        resolved.merge(target, t.getValue(), Long::sum);
        inLinks.merge(target, t.getValue(), Long::sum);
      }
      byName.put(e.getKey(), resolved);
    }
    // second pass: occurrences of every known name in the readable text, as whole token sequences
    Set<String> names = byName.keySet();
    Map<String, Long> occurrences = new HashMap<>();
    WikipediaDump.read(dump, page -> {
      if (page.namespace() != 0 || page.redirect() != null) {
        return;
      }
      String plain = WikiText.plain(page.text());
      List<Token> tokens = TextNormalizer.tokenize(plain);
      for (int i = 0; i < tokens.size(); i++) {
        for (int j = i + 1; j <= Math.min(tokens.size(), i + maxNameTokens); j++) {
          String key = TextNormalizer.join(tokens, i, j);
          if (names.contains(key)) {
            occurrences.merge(key, 1L, Long::sum);
          }
        }
      }
    });
    return new AnchorStatistics(byName, occurrences, inLinks, articles[0]);
  }

  /** Follows a chain of redirects (cycles stop where they close). */
  static String resolve(String title, Map<String, String> redirects) {
    String t = title;
    Set<String> seen = new HashSet<>();
    while (redirects.containsKey(t) && seen.add(t)) {
      t = redirects.get(t);
    }
    return t;
  }

  /** Articles read (redirects not counted). */
  public long pages() {
    return pages;
  }

  /** The distinct names (keys) seen as anchors. */
  public Set<String> names() {
    return Collections.unmodifiableSet(byName.keySet());
  }

  /** The targets of a name (normalized with {@link TextNormalizer#key}), most linked first, ties by title. */
  public List<Target> targets(String name) {
    Map<String, Long> m = byName.getOrDefault(TextNormalizer.key(name), Map.of());
    List<Target> out = new ArrayList<>();
    m.forEach((t, c) -> out.add(new Target(t, c)));
    out.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.title().compareTo(b.title()));
    return out;
  }

  /** How many links carry this name. */
  public long linkCount(String name) {
    return byName.getOrDefault(TextNormalizer.key(name), Map.of()).values().stream().mapToLong(Long::longValue).sum();
  }

  /** p(title | name): the share of the name's links that point to {@code title}; 0 when never linked. */
  public double probability(String name, String title) {
    Map<String, Long> m = byName.get(TextNormalizer.key(name));
    if (m == null) {
      return 0;
    }
    long total = m.values().stream().mapToLong(Long::longValue).sum();
    String t = WikiText.normalizeTitle(title);
    return total == 0 || t == null ? 0 : m.getOrDefault(t, 0L) / (double) total;
  }

  /**
   * The share of the name's occurrences in article text that are links, in [0, 1]; 0 for a name never linked.
   */
  public double linkProbability(String name) {
    String key = TextNormalizer.key(name);
    long linked = linkCount(key);
    long seen = occurrences.getOrDefault(key, 0L);
    return linked == 0 ? 0 : Math.min(1, linked / (double) Math.max(linked, seen));
  }

  /** Links pointing to a page (after redirects): a popularity. */
  public long inLinks(String title) {
    String t = WikiText.normalizeTitle(title);
    return t == null ? 0 : inLinks.getOrDefault(t, 0L);
  }

  /** Every linked page title with its in-link count, sorted by title. */
  public Map<String, Long> inLinks() {
    return Collections.unmodifiableMap(new TreeMap<>(inLinks));
  }

  /**
   * Writes {@code name<TAB>title<TAB>count<TAB>p(title|name)<TAB>linkProbability(name)}, one row per name and
   * target, names sorted, targets by count.
   */
  public void writeTsv(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String name : new TreeMap<>(byName).keySet()) {
        long total = linkCount(name);
        double lp = linkProbability(name);
        for (Target t : targets(name)) {
          w.write(String.format(Locale.ROOT, "%s\t%s\t%d\t%.6f\t%.6f%n", name, t.title(), t.count(),
              t.count() / (double) total, lp));
        }
      }
    }
  }
}
