package io.polylink.discover;

import io.polylink.kb.text.Token;
import io.polylink.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * A coarse type for a mention of an unknown entity, from cue words: an organization word in the name ("AG",
 * "Bank", "Verein"), a title before it ("Herr", "Dr.", "M.", "fru"), a locative preposition before it ("in", "nach",
 * "à", "till"). Null when no cue speaks. Cues are normalized like name keys (lower case, accents folded).
 */
final class TypeGuess {

  private static final Set<String> ORG_WORDS = Set.of("ag", "gmbh", "sa", "inc", "ltd", "co", "cie", "company",
      "corporation", "bank", "banque", "gesellschaft", "verein", "partei", "parti", "societe", "compagnie", "union",
      "bund", "oy", "ab", "aktiebolag", "yhtio", "osakeyhtio", "zeitung", "journal", "gazette", "regierung",
      "ministerium", "universitat", "universite", "university", "kommission", "commission", "comite", "komitee",
      "fabrik", "werke", "bahn", "railway", "club", "klubb", "seura", "yhdistys", "forening", "forbund", "liitto",
      "conseil", "bundesrat", "grossrat", "kantonsrat", "parlament", "senat", "senate", "council", "department",
      "academy", "akademie", "academie", "institut", "institute", "association", "verband", "genossenschaft");
  private static final Set<String> PERSON_TITLES = Set.of("herr", "herrn", "frau", "fraulein", "dr", "prof",
      "professor", "mr", "mrs", "miss", "sir", "lord", "lady", "monsieur", "madame", "mme", "mlle", "mm", "general",
      "oberst", "hauptmann", "major", "kapitan", "konig", "kaiser", "graf", "furst", "baron", "pfarrer", "pastor",
      "prasident", "president", "minister", "ministre", "herra", "rouva", "neiti", "tohtori", "professori", "fru",
      "froken", "doktor", "kyrkoherde", "colonel", "captain", "capitaine", "abbe", "marechal", "senator", "consul",
      "direktor", "directeur", "redaktor", "kaufmann", "hr", "st", "sankt");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "nach", "im", "bei", "zu", "a", "au", "aux",
      "en", "vers", "i", "till", "fran", "pa", "at", "to", "from", "near", "pres", "nahe", "ins");
  private static final Set<String> PLACE_WORDS = Set.of("strasse", "gasse", "platz", "see", "berg", "tal", "river",
      "mount", "lake", "rue", "place", "avenue", "boulevard", "street", "road", "katu", "gatan", "kanton", "canton",
      "county", "province", "provinz", "kreis", "departement");

  private TypeGuess() {}

  /** The guess for the mention covering tokens [from, to) of {@code tokens}, or null. */
  static EntityType of(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).norm();
      if (ORG_WORDS.contains(w)) {
        return EntityType.ORGANIZATION;
      }
    }
    for (int i = from; i < to; i++) {
      if (PLACE_WORDS.contains(tokens.get(i).norm())) {
        return EntityType.LOCATION;
      }
    }
    if (from > 0) {
      String before = tokens.get(from - 1).norm();
      if (PERSON_TITLES.contains(before) || (before.equals("m") && from > 1 && isCapitalized(tokens.get(from)))) {
        return EntityType.PERSON;
      }
      if (PLACE_PREPOSITIONS.contains(before)) {
        return EntityType.LOCATION;
      }
    }
    return null;
  }

  private static boolean isCapitalized(Token t) {
    return t.is(Token.CAPITALIZED) || t.is(Token.ALL_UPPER);
  }
}
