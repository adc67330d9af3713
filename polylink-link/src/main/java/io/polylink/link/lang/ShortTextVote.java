package io.polylink.link.lang;

import io.polylink.model.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides the language of a short text (one sentence) within a multi-language script: the character n-gram model
 * ({@link NgramLanguageModel}) ranks the languages, and the identifier's own evidence (stopwords weighted by rarity,
 * everyday and foreign letters) is added to its log-probabilities. On a sentence of a few words the stopwords alone
 * often tie ("in" is German, Dutch, English and Italian) and the n-grams alone are swayed by the names in it; summed
 * they are right far more often than either.
 *
 * <p>Each word speaks through one channel as far as it can. A function word (or {@link EventVerbs} form) speaks
 * through the stopword evidence, so its n-grams count at {@link #KNOWN_WORD_WEIGHT} only; otherwise "met", a
 * common Dutch word and a rarer English one, would count for Dutch twice. A name, a capitalized word that is no
 * function word, counts at {@link #NAME_WEIGHT}: "Angela Merkel", "Emmanuel Macron" and "Paris" are spelled the same
 * in a German, English or Dutch sentence, and their n-grams made a German sentence Dutch. Names are not left out
 * altogether: inflected or local forms ("Berlíně", "Tallinnas", "Napoli") do tell the language. And since a sentence
 * of a few words leaves much undecided, the languages' sizes enter as a prior ({@link #PRIOR_WEIGHT}).
 *
 * <p>Besides the identifier's profiles, the vote admits languages the n-gram model knows in the same script
 * ({@link #extras}: Croatian, Bosnian, Albanian, ...), which have no stopword profile and compete on n-grams and on the
 * letters the profiles' languages lack.
 */
final class ShortTextVote {

  /**
   * Weight of the n-gram model's log-probability against the evidence score (one rare stopword weighs about 3). The
   * model's probabilities are nearly flat on a short text, so its log-ratios are small and need this scale. Chosen on
   * the six-word prefixes of the identifier's test samples ({@code Samples}), not on the one-sentence set it is
   * measured on.
   */
  static final double NGRAM_WEIGHT = 25.0;

  /**
   * Weight of the n-grams of names, and of a sentence's capitalized first word when it is no function word (German
   * nouns count as names too; a German sentence keeps its function words). This and the two weights below were
   * chosen on {@code short-sentences-dev.tsv} (167 sentences, 28 languages, most with names), not on the set the
   * vote is measured on: dev accuracy .934 before, .970 after (.940 without the verb forms, .946 without the prior).
   */
  static final float NAME_WEIGHT = 0.3f;

  /** Weight of the n-grams of words that the stopword evidence already counts. */
  static final float KNOWN_WORD_WEIGHT = 0.5f;

  /**
   * Weight of the log of a language's speakers (millions) added to its vote. It decides what the words leave even:
   * "Angela Merkel met Barack Obama in Berlin." holds "met" (an English verb, a Dutch preposition) and "in".
   */
  static final double PRIOR_WEIGHT = 0.5;

  /**
   * Speakers in millions, first and second language together, rounded; rough figures from general reference works.
   * Only their logarithm enters, so a figure off by half moves a language by 0.35 (one stopword shared by a quarter
   * of the candidates weighs about 1.6). Languages not listed count as one million.
   */
  private static final Map<String, Double> SPEAKERS = Map.ofEntries(
      Map.entry("en", 1500.0), Map.entry("de", 135.0), Map.entry("fr", 310.0), Map.entry("es", 560.0),
      Map.entry("it", 68.0), Map.entry("pt", 265.0), Map.entry("nl", 25.0), Map.entry("sv", 13.0),
      Map.entry("da", 6.0), Map.entry("no", 5.0), Map.entry("fi", 5.8), Map.entry("pl", 41.0),
      Map.entry("cs", 11.0), Map.entry("sk", 5.2), Map.entry("sl", 2.5), Map.entry("hu", 13.0),
      Map.entry("ro", 25.0), Map.entry("tr", 90.0), Map.entry("ca", 10.0), Map.entry("eu", 0.9),
      Map.entry("gl", 2.4), Map.entry("ga", 1.9), Map.entry("id", 200.0), Map.entry("lv", 2.0),
      Map.entry("lt", 3.0), Map.entry("et", 1.2), Map.entry("sr-latn", 10.0), Map.entry("hr", 5.5),
      Map.entry("bs", 2.7), Map.entry("sq", 7.5), Map.entry("is", 0.4), Map.entry("af", 17.0),
      Map.entry("ms", 80.0), Map.entry("cy", 0.9), Map.entry("mt", 0.5), Map.entry("lb", 0.6),
      Map.entry("vi", 86.0), Map.entry("tl", 83.0), Map.entry("sw", 80.0), Map.entry("az", 24.0),
      Map.entry("uz", 44.0), Map.entry("ru", 255.0), Map.entry("uk", 40.0), Map.entry("be", 5.0),
      Map.entry("bg", 8.0), Map.entry("sr", 10.0), Map.entry("mk", 2.0), Map.entry("kk", 16.0),
      Map.entry("mn", 5.2), Map.entry("ky", 5.0), Map.entry("tg", 8.0), Map.entry("tt", 5.0),
      Map.entry("ar", 370.0), Map.entry("fa", 80.0), Map.entry("ur", 230.0), Map.entry("ckb", 6.0),
      Map.entry("he", 9.0), Map.entry("yi", 1.5), Map.entry("hi", 600.0), Map.entry("mr", 99.0),
      Map.entry("ne", 32.0), Map.entry("bn", 270.0), Map.entry("as", 15.0));

  /** Texts of at most this many code points count as short. */
  static final int MAX_CODE_POINTS = 300;

  /** A short text needs this many words before the vote speaks. */
  static final int MIN_WORDS = 3;

  /**
   * ... and this many letters in words that do not start with a capital: names say nothing of the sentence's
   * language, and one short function word ("in", "и") is shared by too many ("Angela Merkel in Paris" stays und).
   */
  static final int MIN_PLAIN_LETTERS = 4;

  private ShortTextVote() {}

  /** The prior term of a language's vote. */
  static double prior(String code) {
    return PRIOR_WEIGHT * Math.log(SPEAKERS.getOrDefault(code, 1.0));
  }

  /**
   * The weight of each char of a text for the n-gram model: {@link #KNOWN_WORD_WEIGHT} in words the stopword tables
   * hold, {@link #NAME_WEIGHT} in other words that start with a capital, 1 elsewhere.
   *
   * @param text the text as the n-gram model reads it
   * @param tables the stopword tables
   * @return one weight per char of {@code text}
   */
  static float[] letterWeights(CharSequence text, EvidenceTables tables) {
    float[] out = new float[text.length()];
    Arrays.fill(out, 1f);
    char[] token = new char[tables.maxWordLength() + 1];
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = Character.codePointAt(text, i);
      if (!TokenFold.isWordPart(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean capital = Character.isUpperCase(cp) || Character.isTitleCase(cp);
      int length = 0; // -1 once the word is longer than any stopword
      while (i < n) {
        int c = Character.codePointAt(text, i);
        if (!TokenFold.isWordPart(c)) {
          break;
        }
        int folded = TokenFold.fold(c);
        if (folded != TokenFold.DROP && length >= 0) {
          if (folded > Character.MAX_VALUE || length == token.length) {
            length = -1;
          } else {
            token[length++] = (char) folded;
          }
        }
        i += Character.charCount(c);
      }
      if (length > 0 && tables.word(token, length) != null) {
        Arrays.fill(out, start, i, KNOWN_WORD_WEIGHT);
      } else if (capital) {
        // A sentence's first word too: on one sentence it is as often a name ("Bonn liegt ...") as not.
        Arrays.fill(out, start, i, NAME_WEIGHT);
      }
    }
    return out;
  }

  /** Languages the n-gram model knows in a script group that have no profile there. */
  static List<String> extras(ScriptGroup group) {
    return switch (group) {
      case LATIN -> List.of("hr", "bs", "sq", "is", "af", "ms", "cy", "mt", "lb", "vi", "tl", "sw",
          "az", "uz");
      case CYRILLIC -> List.of("mn", "ky", "tg", "tt");
      default -> List.of();
    };
  }

  /**
   * Profile whose function words a language without a profile shares: Croatian and Bosnian are standard varieties of
   * Serbo-Croatian, whose Latin-letter function words the {@code sr-latn} profile lists ("je", "se", "u", "na", "da",
   * "koji", ...). Without it a Croatian sentence scores no function word at all and loses to any language that shares
   * one of them ("se" is Portuguese too).
   */
  static String sharesFunctionWordsWith(String code) {
    return switch (code) {
      case "hr", "bs" -> "sr-latn";
      default -> null;
    };
  }

  private static double sharedEvidence(String code, Language[] members, double[] evidence) {
    String profile = sharesFunctionWordsWith(code);
    if (profile == null) {
      return 0;
    }
    for (int k = 0; k < members.length; k++) {
      if (members[k].code().equals(profile)) {
        return evidence[k];
      }
    }
    return 0;
  }

  /**
   * The vote, or null when the n-gram model is not on the class path.
   *
   * @param model the n-gram model, null when absent
   * @param tables the stopword tables, to tell function words and names from other words
   * @param text the text
   * @param group the dominant script group
   * @param members the group's profile languages, in the order of {@code evidence}
   * @param evidence the identifier's score per member
   * @param share the dominant script's share of the letters
   */
  static LanguageIdentifier.Result decide(NgramLanguageModel model, EvidenceTables tables, CharSequence text,
      ScriptGroup group, Language[] members, double[] evidence, double share) {
    if (model == null) {
      return null;
    }
    Map<String, Double> logp = model.logProbabilities(text, normalized -> letterWeights(normalized, tables));
    if (logp.isEmpty()) {
      return null;
    }
    double floor = logp.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double top = logp.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    Map<Language, Double> score = new LinkedHashMap<>();
    for (int k = 0; k < members.length; k++) {
      double lp = logp.getOrDefault(members[k].code(), floor);
      score.put(members[k], NGRAM_WEIGHT * (lp - top) + evidence[k] + prior(members[k].code()));
    }
    for (String code : extras(group)) {
      Double lp = logp.get(code);
      if (lp != null) {
        score.putIfAbsent(Language.of(code),
            NGRAM_WEIGHT * (lp - top) + sharedEvidence(code, members, evidence) + prior(code));
      }
    }
    Language best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Language, Double> e : score.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    double norm = 0;
    for (double s : score.values()) {
      norm += Math.exp(s - bestScore);
    }
    List<LanguageIdentifier.Scored> alternatives = new ArrayList<>();
    for (Map.Entry<Language, Double> e : score.entrySet()) {
      double p = Math.exp(e.getValue() - bestScore) / norm;
      if (!e.getKey().equals(best) && p > 0) {
        alternatives.add(new LanguageIdentifier.Scored(e.getKey(), Math.min(1.0, share * p)));
      }
    }
    alternatives.sort(Comparator.comparingDouble(LanguageIdentifier.Scored::score).reversed());
    List<LanguageIdentifier.Scored> kept = alternatives.subList(0, Math.min(4, alternatives.size()));
    return LanguageIdentifier.Result.of(best, share / norm, kept);
  }
}
