package io.polylink.link.lang;

import io.polylink.model.Language;
import java.util.ArrayList;
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
   * @param text the text
   * @param group the dominant script group
   * @param members the group's profile languages, in the order of {@code evidence}
   * @param evidence the identifier's score per member
   * @param share the dominant script's share of the letters
   */
  static LanguageIdentifier.Result decide(NgramLanguageModel model, CharSequence text, ScriptGroup group,
      Language[] members, double[] evidence, double share) {
    if (model == null) {
      return null;
    }
    Map<String, Double> logp = model.logProbabilities(text);
    if (logp.isEmpty()) {
      return null;
    }
    double floor = logp.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double top = logp.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    Map<Language, Double> score = new LinkedHashMap<>();
    for (int k = 0; k < members.length; k++) {
      double lp = logp.getOrDefault(members[k].code(), floor);
      score.put(members[k], NGRAM_WEIGHT * (lp - top) + evidence[k]);
    }
    for (String code : extras(group)) {
      Double lp = logp.get(code);
      if (lp != null) {
        score.putIfAbsent(Language.of(code), NGRAM_WEIGHT * (lp - top) + sharedEvidence(code, members, evidence));
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
