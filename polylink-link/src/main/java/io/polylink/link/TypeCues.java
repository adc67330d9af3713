package io.polylink.link;

import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import io.polylink.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A coarse type for a mention of an entity the KB lacks, from its shape and the words around it: an organization word
 * in the name ("AG", "Inc", "University", "Verein"), a place word ("Strasse", "Lake"), a title before it or first in
 * it ("Herr", "Dr.", "M.", "fru"), a given name first in a name of several words ("Emmanuel Macron"), a reporting verb after it
 * ("... said", "..., who"), a locative preposition before it ("in", "nach", "à", "till"). Null when no cue speaks.
 * Cues are normalized like name keys (lower case, accents folded). Used by the linker for its NIL mentions and by
 * discovery for their clusters.
 */
public final class TypeCues {

  /**
   * A guess and how strongly its cue speaks for it, in (0, 1): cues inside the name (an organization or place word,
   * a given name) speak more than the words around it.
   */
  public record Guess(EntityType type, double strength) {
    public Guess {
      if (type == null || !(strength > 0 && strength < 1)) {
        throw new IllegalArgumentException("a guess needs a type and a strength in (0, 1), got " + type + " " + strength);
      }
    }
  }

  private static final Set<String> ORG_WORDS = Set.of("ag", "gmbh", "sa", "inc", "ltd", "co", "cie", "company",
      "corporation", "bank", "banque", "gesellschaft", "verein", "partei", "parti", "societe", "compagnie", "union",
      "bund", "oy", "ab", "aktiebolag", "yhtio", "osakeyhtio", "zeitung", "journal", "gazette", "regierung",
      "ministerium", "universitat", "universite", "university", "kommission", "commission", "comite", "komitee",
      "fabrik", "werke", "bahn", "railway", "club", "klubb", "seura", "yhdistys", "forening", "forbund", "liitto",
      "conseil", "bundesrat", "grossrat", "kantonsrat", "parlament", "senat", "senate", "council", "department",
      "academy", "akademie", "academie", "institut", "institute", "association", "verband", "genossenschaft",
      "corp", "llc", "plc", "incorporated", "limited", "kg", "ohg", "se", "nv", "bv", "srl", "spa", "sarl",
      "group", "holding", "holdings", "foundation", "stiftung", "fondation", "college", "school", "schule",
      "hochschule", "universidad", "universita", "ministry", "agency", "committee", "party", "airlines", "airways",
      "motors", "technologies", "systems", "labs", "laboratories");
  private static final Set<String> PERSON_TITLES = Set.of("herr", "herrn", "frau", "fraulein", "dr", "prof",
      "professor", "mr", "mrs", "ms", "miss", "sir", "lord", "lady", "monsieur", "madame", "mme", "mlle", "mm",
      "general", "oberst", "hauptmann", "major", "kapitan", "konig", "kaiser", "graf", "furst", "baron", "pfarrer",
      "pastor", "prasident", "president", "minister", "ministre", "herra", "rouva", "neiti", "tohtori", "professori",
      "fru", "froken", "doktor", "kyrkoherde", "colonel", "captain", "capitaine", "abbe", "marechal", "senator",
      "consul", "direktor", "directeur", "redaktor", "kaufmann", "hr", "st", "sankt", "kanzler", "kanzlerin",
      "bundeskanzler", "bundeskanzlerin", "prasidentin", "ministerin", "chancellor", "premier", "governor");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "nach", "im", "bei", "zu", "a", "au", "aux",
      "en", "vers", "i", "till", "fran", "pa", "at", "to", "from", "near", "pres", "nahe", "ins");
  private static final Set<String> PLACE_WORDS = Set.of("strasse", "gasse", "platz", "see", "berg", "tal", "river",
      "mount", "lake", "rue", "place", "avenue", "boulevard", "street", "road", "katu", "gatan", "kanton", "canton",
      "county", "province", "provinz", "kreis", "departement");
  /** Verbs of saying right after a person's name ("Macron said", "sagte Merkel" is not caught: too loose). */
  private static final Set<String> SAID = Set.of("said", "says", "told", "added", "explained", "stated", "wrote",
      "who", "whose", "sagte", "sagt", "erklarte", "betonte", "meinte", "schrieb", "dijo", "afirmo", "declaro",
      "disse", "dichiaro", "sade", "sanoi");
  /** Auxiliaries between a name and a participle of saying ("Macron a déclaré", "Merkel hat gesagt"). */
  private static final Set<String> AUXILIARIES = Set.of("has", "had", "hat", "hatte", "a", "ha", "har", "on");
  private static final Set<String> SAID_PARTICIPLES = Set.of("said", "told", "stated", "gesagt", "erklart",
      "betont", "declare", "dit", "affirme", "detto", "dichiarato", "sanonut");

  private TypeCues() {}

  /** The guess for the mention covering tokens [from, to) of {@code tokens}, or null when no cue speaks. */
  public static Guess guess(List<Token> tokens, int from, int to) {
    if (from < 0 || to > tokens.size() || from >= to) {
      throw new IllegalArgumentException("token range [" + from + ", " + to + ") is not inside the "
          + tokens.size() + " tokens");
    }
    for (int i = from; i < to; i++) {
      if (ORG_WORDS.contains(tokens.get(i).norm())) {
        return new Guess(EntityType.ORGANIZATION, 0.9);
      }
    }
    for (int i = from; i < to; i++) {
      if (PLACE_WORDS.contains(tokens.get(i).norm())) {
        return new Guess(EntityType.LOCATION, 0.85);
      }
    }
    if (from > 0) {
      String before = tokens.get(from - 1).norm();
      if (PERSON_TITLES.contains(before) || (before.equals("m") && from > 1 && isCapitalized(tokens.get(from)))) {
        return new Guess(EntityType.PERSON, 0.85);
      }
    }
    String first = tokens.get(from).norm();
    if (to - from >= 2 && PERSON_TITLES.contains(first) && !first.equals("st") && !first.equals("sankt")) {
      return new Guess(EntityType.PERSON, 0.85); // the title inside the mention ("Dr. Quorvan Weberling"); a saint's
      // "St." more often names a place ("St. Gallen")
    }
    if (to - from >= 2 && isCapitalized(tokens.get(from)) && GivenNames.SET.contains(first)) {
      return new Guess(EntityType.PERSON, 0.8);
    }
    if (to < tokens.size()) {
      String after = tokens.get(to).norm();
      if (SAID.contains(after) || AUXILIARIES.contains(after) && to + 1 < tokens.size()
          && SAID_PARTICIPLES.contains(tokens.get(to + 1).norm())) {
        return new Guess(EntityType.PERSON, 0.7);
      }
    }
    if (from > 0 && PLACE_PREPOSITIONS.contains(tokens.get(from - 1).norm())) {
      return new Guess(EntityType.LOCATION, 0.6);
    }
    return null;
  }

  /** Whether {@code normalizedWord} is a given name of the list (Datafaker's, see the resource's header). */
  public static boolean isGivenName(String normalizedWord) {
    return GivenNames.SET.contains(normalizedWord);
  }

  private static boolean isCapitalized(Token t) {
    return t.is(Token.CAPITALIZED) || t.is(Token.ALL_UPPER);
  }

  /** The given names, normalized like name keys; English function words ("Will", "May") left out. Read on first use. */
  private static final class GivenNames {
    static final Set<String> SET = read("given-names.txt");

    private static Set<String> read(String resource) {
      Set<String> out = new HashSet<>(40_000);
      try (InputStream in = TypeCues.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("the given-name list " + resource + " is missing from the class path");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isEmpty() || line.startsWith("#")) {
            continue;
          }
          String key = TextNormalizer.key(line);
          if (!key.isEmpty() && key.indexOf(' ') < 0 && !CommonWords.isCommon(key, "en")) {
            out.add(key);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the given-name list " + resource, e);
      }
      return Set.copyOf(out);
    }
  }
}
