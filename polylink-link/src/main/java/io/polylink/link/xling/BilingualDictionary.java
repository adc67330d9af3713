package io.polylink.link.xling;

import io.polylink.link.lang.Stemmers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Word pairs from bilingual dictionaries, looked up in both directions: a word's translations are the words it is
 * paired with, whichever side it is on, so one file serves queries into and out of English alike.
 *
 * <p>Reads three formats, chosen by the file:
 * <ul>
 *   <li>dictd, as Debian's {@code dict-freedict-*} packages install it: pass the {@code .index} file; the
 *       {@code .dict.dz} (dictzip, a gzip file) or {@code .dict} beside it holds the entries. An entry's first line is the
 *       headword (with an optional pronunciation); the translations are the rest, split at commas, semicolons and line
 *       ends, with numbering and bracketed notes removed, and pieces longer than three words (glosses) dropped;</li>
 *   <li>MUSE: one pair a line, {@code english @ foreign} (a line holding {@code " @ "});</li>
 *   <li>TSV: {@code word<TAB>word} a line.</li>
 * </ul>
 * Words are lower-cased ({@link Locale#ROOT}). Each word keeps at most {@link #MAX_TRANSLATIONS} partners, in file
 * order (MUSE and most lists put the common senses first).
 */
public final class BilingualDictionary {

  /** Longest translation kept from a dictd entry, in words; longer lines are glosses. */
  static final int MAX_TRANSLATION_WORDS = 3;

  /** Partners kept per word. */
  public static final int MAX_TRANSLATIONS = 12;

  private final Map<String, Set<String>> partners;
  private final List<String> sources;
  private final Map<String, Map<String, Set<String>>> byStem = new ConcurrentHashMap<>();

  private BilingualDictionary(Map<String, Set<String>> partners, List<String> sources) {
    this.partners = partners;
    this.sources = List.copyOf(sources);
  }

  /** An empty dictionary. */
  public static BilingualDictionary empty() {
    return new BilingualDictionary(Map.of(), List.of());
  }

  /**
   * Reads dictionaries and merges them.
   *
   * @param files dictd {@code .index} files, MUSE files, or TSV files
   * @return the merged dictionary
   * @throws IllegalArgumentException naming the file when one is missing or unreadable
   */
  public static BilingualDictionary read(Collection<Path> files) {
    Map<String, Set<String>> partners = new LinkedHashMap<>();
    List<String> sources = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new IllegalArgumentException("dictionary file not found: " + f);
      }
      try {
        String name = f.getFileName().toString();
        if (name.endsWith(".index")) {
          readDictd(f, partners);
        } else {
          readLines(f, partners);
        }
      } catch (IOException | UncheckedIOException e) {
        throw new IllegalArgumentException("cannot read dictionary " + f + ": " + e.getMessage(), e);
      }
      sources.add(f.getFileName().toString());
    }
    return new BilingualDictionary(partners, sources);
  }

  /** The files read, by name. */
  public List<String> sources() {
    return sources;
  }

  /** Number of distinct words. */
  public int size() {
    return partners.size();
  }

  /** Whether the dictionary holds no pairs. */
  public boolean isEmpty() {
    return partners.isEmpty();
  }

  /**
   * The partners of a word as written (lower-cased).
   *
   * @param word a word
   * @return its translations, possibly empty
   */
  public Set<String> translations(String word) {
    return partners.getOrDefault(word.toLowerCase(Locale.ROOT), Set.of());
  }

  /**
   * The partners of a word, found as written or, failing that, through its stem in {@code language}: an inflected
   * query word ("kierownika") meets the dictionary's lemma ("kierownik").
   *
   * @param word a word
   * @param language the word's language, for its stemmer
   * @return translations, possibly empty
   */
  public Set<String> translate(String word, String language) {
    Set<String> direct = translations(word);
    if (!direct.isEmpty()) {
      return direct;
    }
    List<String> stems = Stemmers.stems(word, language);
    if (stems.size() != 1) {
      return Set.of();
    }
    return stemIndex(language).getOrDefault(stems.get(0), Set.of());
  }

  private Map<String, Set<String>> stemIndex(String language) {
    return byStem.computeIfAbsent(language, lang -> {
      Map<String, Set<String>> out = new LinkedHashMap<>();
      for (Map.Entry<String, Set<String>> e : partners.entrySet()) {
        List<String> stems = Stemmers.stems(e.getKey(), lang);
        if (stems.size() == 1) {
          Set<String> into = out.computeIfAbsent(stems.get(0), k -> new LinkedHashSet<>());
          for (String p : e.getValue()) {
            if (into.size() < MAX_TRANSLATIONS) {
              into.add(p);
            }
          }
        }
      }
      return out;
    });
  }

  private static void readLines(Path f, Map<String, Set<String>> partners) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int at = line.indexOf(" @ ");
        String a;
        String b;
        if (at >= 0) {
          a = line.substring(0, at);
          b = line.substring(at + 3);
        } else {
          int tab = line.indexOf('\t');
          if (tab < 0) {
            continue;
          }
          a = line.substring(0, tab);
          int tab2 = line.indexOf('\t', tab + 1);
          b = tab2 < 0 ? line.substring(tab + 1) : line.substring(tab + 1, tab2);
        }
        pair(partners, a, b);
      }
    }
  }

  private static void readDictd(Path index, Map<String, Set<String>> partners) throws IOException {
    String base = index.getFileName().toString();
    base = base.substring(0, base.length() - ".index".length());
    Path dz = index.resolveSibling(base + ".dict.dz");
    Path plain = index.resolveSibling(base + ".dict");
    byte[] body;
    if (Files.isRegularFile(dz)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(dz))) {
        body = in.readAllBytes();
      }
    } else if (Files.isRegularFile(plain)) {
      body = Files.readAllBytes(plain);
    } else {
      throw new IOException("no " + dz.getFileName() + " or " + plain.getFileName() + " beside the index");
    }
    try (BufferedReader r = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        if (f.length < 3 || f[0].startsWith("00database")) {
          continue;
        }
        long off = base64(f[1]);
        long len = base64(f[2]);
        if (off < 0 || len < 0 || off + len > body.length) {
          continue;
        }
        String entry = new String(body, (int) off, (int) len, StandardCharsets.UTF_8);
        int nl = entry.indexOf('\n');
        if (nl < 0) {
          continue;
        }
        for (String bodyLine : entry.substring(nl + 1).split("\n")) {
          String cleanLine = bodyLine.replaceAll("\\([^)]*\\)|<[^>]*>|\\[[^]]*]|\\{[^}]*}", " ")
              .replaceAll("^\\s*\\d+\\.\\s*", "");
          for (String t : cleanLine.split("[,;]")) {
            String clean = t.strip();
            // A gloss in the source language (WikDict's third line: "osoba zajmująca się nauczaniem") is a
            // sentence, not a translation.
            if (!clean.isEmpty() && clean.split("\\s+").length <= MAX_TRANSLATION_WORDS) {
              pair(partners, f[0], clean);
            }
          }
        }
      }
    }
  }

  private static long base64(String s) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    long v = 0;
    for (int i = 0; i < s.length(); i++) {
      int d = alphabet.indexOf(s.charAt(i));
      if (d < 0) {
        return -1;
      }
      v = v * 64 + d;
    }
    return v;
  }

  private static void pair(Map<String, Set<String>> partners, String a, String b) {
    String x = a.strip().toLowerCase(Locale.ROOT);
    String y = b.strip().toLowerCase(Locale.ROOT);
    if (x.isEmpty() || y.isEmpty() || x.equals(y)) {
      return;
    }
    add(partners, x, y);
    add(partners, y, x);
  }

  private static void add(Map<String, Set<String>> partners, String word, String partner) {
    Set<String> s = partners.computeIfAbsent(word, k -> new LinkedHashSet<>());
    if (s.size() < MAX_TRANSLATIONS) {
      s.add(partner);
    }
  }
}
