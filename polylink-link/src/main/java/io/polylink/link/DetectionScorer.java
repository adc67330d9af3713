package io.polylink.link;

import io.polylink.kb.store.EntityRecord;
import io.polylink.kb.store.NameHit;
import io.polylink.kb.text.Token;
import io.polylink.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much a span looks like a name, in [0, 1], from its shape alone: case, length and function words
 * ({@link #shape}), for unknown names from whether a candidate was found ({@link #unknownName}), and two corrections
 * from the KB's spelling of the name ({@link #capitalOfSentenceOnly}, {@link #rescoreLowerCase}). The scores are the
 * named values of {@link DetectionWeights}.
 */
record DetectionScorer(String language, LinkerConfig config, DetectionWeights weights) {

  /**
   * The score of tokens[from, to) from case, length and function words; 0 rejects. Scripts without case rely on
   * length and function words only.
   */
  double shape(List<Token> tokens, int from, int to) {
    Token first = tokens.get(from);
    int count = to - from;
    boolean cased = false;
    int capitalized = 0;
    int contentTokens = 0;
    int codePoints = 0;
    boolean allNumeric = true;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      cased |= t.is(Token.CASED_SCRIPT);
      allNumeric &= t.is(Token.NUMERIC);
      codePoints += t.norm().codePointCount(0, t.norm().length());
      boolean function = CommonWords.isCommon(t.norm(), language);
      if (!function) {
        contentTokens++;
        if (t.is(Token.CAPITALIZED) || t.is(Token.ALL_UPPER)) {
          capitalized++;
        }
      }
    }
    if (allNumeric || contentTokens == 0) {
      return 0;
    }
    if (first.is(Token.NO_SPACE)) {
      return codePoints < weights.minWordCodePoints() ? 0
          : codePoints == weights.minWordCodePoints() ? weights.noSpaceTwoChars() : weights.noSpaceLonger();
    }
    if (!cased) { // Arabic, Hebrew, Devanagari, ...
      if (count == 1 && (codePoints < weights.minUncasedWordCodePoints() || CommonWords.isCommon(first.norm(), language))) {
        return 0;
      }
      return count == 1 ? weights.uncasedWord() : weights.uncasedPhrase();
    }
    if (capitalized == 0) {
      return weights.lowerCase(); // a common word unless the KB writes the name exactly so
    }
    if (count == 1) {
      if (codePoints < weights.minWordCodePoints()) {
        return 0;
      }
      if (first.is(Token.ALL_UPPER)) {
        return codePoints <= weights.maxShortAcronymCodePoints() ? weights.shortAcronym() : weights.longAllCaps();
      }
      if (NameTokens.sentenceStart(tokens, from)) {
        return CommonWords.isCommon(first.norm(), language) ? 0 : weights.sentenceInitialWord();
      }
      return weights.capitalizedWord();
    }
    if (!first.is(Token.CAPITALIZED) && !first.is(Token.ALL_UPPER)) {
      return weights.description(); // "capital of Portugal": a description, not a name, unless the KB writes it exactly so
    }
    double capShare = capitalized / (double) contentTokens;
    if (capShare >= weights.minCapitalizedShare()) {
      return NameTokens.sentenceStart(tokens, from) && capitalized == 1 && count > 1
          && !tokens.get(to - 1).is(Token.CAPITALIZED) ? weights.sentenceInitialPhrase() : weights.capitalizedPhrase();
    }
    return weights.partlyCapitalized();
  }

  /**
   * Articles and determiners of German: in a language that capitalizes every noun, a capitalized word after one ("der
   * Zeuge", "dem Bezirksgerichte", "einem bösen Zufall") is a noun, as "the witness" would be in English.
   */
  private static final Set<String> GERMAN_DETERMINERS = Set.of("der", "die", "das", "dem", "den", "des", "ein",
      "eine", "einem", "einen", "einer", "eines", "kein", "keine", "keinem", "keinen", "keiner", "keines", "dieser",
      "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenes", "jenem", "jenen", "jeder", "jede", "jedes",
      "jedem", "jeden", "welcher", "welche", "welches", "welchem", "welchen", "seine", "seinem", "seinen", "seiner",
      "seines", "ihre", "ihrem", "ihren", "ihrer", "ihres", "unsere", "unserem", "unseren", "unserer", "unseres");

  /**
   * Whether a one-word spot is a noun by its grammar, not a name: in a language that capitalizes every noun, it
   * follows an article or determiner, directly or after one lower-case inflected adjective ("der Zeuge", "einem bösen
   * Zufall"). Names rarely take one ("in Berlin", "Johann Brandl"); those that do are the KB's own labels in the
   * language ("die Schweiz"), which {@link WindowLinker} keeps.
   */
  boolean nounAfterArticle(List<Token> tokens, Spot s) {
    if (s.tokenCount() != 1 || s.firstToken == 0 || !LanguageRules.capitalizesNouns(language)) {
      return false;
    }
    Token before = tokens.get(s.firstToken - 1);
    if (GERMAN_DETERMINERS.contains(before.norm())) {
      return true;
    }
    if (s.firstToken < 2 || before.is(Token.CAPITALIZED) || before.is(Token.ALL_UPPER)) {
      return false;
    }
    String adjective = before.norm();
    return (adjective.endsWith("e") || adjective.endsWith("en") || adjective.endsWith("er")
        || adjective.endsWith("es") || adjective.endsWith("em"))
        && GERMAN_DETERMINERS.contains(tokens.get(s.firstToken - 2).norm());
  }

  /** Whether one of the hits has a label (not a web anchor) in the document's language written as the surface. */
  boolean labelInLanguage(List<NameHit> hits, String surface) {
    for (NameHit h : hits) {
      if (labelInLanguage(h.record(), surface, language)) {
        return true;
      }
    }
    return false;
  }

  /** The score of an unknown name (a run from {@link Spotter#unknownRuns}) and its candidates; 0 rejects. */
  double unknownName(Spot s, List<NameHit> hits) {
    return s.tokenCount() >= 2 ? weights.unknownPhrase() : (hits.isEmpty() ? 0 : weights.unknownWord());
  }

  /**
   * Whether a one-word spot is capitalized only because it opens the sentence ("Born in Detroit", "Previously,
   * ..."): the link statistics of its {@code candidates} know the word written in lower case.
   */
  boolean capitalOfSentenceOnly(List<Token> tokens, Spot s, CandidateRetriever candidates) {
    return s.tokenCount() == 1 && NameTokens.sentenceStart(tokens, s.firstToken)
        && tokens.get(s.firstToken).is(Token.CAPITALIZED)
        && writtenInLowerCase(candidates.retrieve(s.key), s.key, s.surface);
  }

  /**
   * Whether the link statistics know the word written in lower case ("born", "previously"): anchors of a common word
   * or a concept, so the capital of a sentence's first word is no sign of a name.
   */
  static boolean writtenInLowerCase(List<NameHit> hits, String key, String surface) {
    EntityRecord capitalized = null; // the entity the capitalized form's own anchor names ("Apple" -> Apple Inc.)
    double best = -1;
    for (NameHit h : hits) {
      for (EntityRecord.Name n : h.record().names()) {
        if (n.hasPrior() && !n.label() && n.text().equals(surface) && n.prior() > best) {
          best = n.prior();
          capitalized = h.record();
        }
      }
    }
    for (NameHit h : hits) {
      if (h.record() == capitalized) {
        continue; // "apple" -> Apple Inc. as well: the lower case is the same name
      }
      for (EntityRecord.Name n : h.record().names()) {
        if (n.hasPrior() && n.key().equals(key) && !n.text().isEmpty()
            && Character.isLowerCase(n.text().codePointAt(0))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Once ranked, raises the spots scored too low to report for being all-lowercase in a cased script when their best
   * entity shows they are names: names the KB writes exactly so ("iPhone", "eBay"), or a lower-case label in the
   * document's own language for a name-like entity ("français" in French), a currency's label in it whatever its case
   * ("the euro"); and, where the whole window is typed
   * without capitals ({@code uncased}), a whole KB name that reads as a name ({@link UncasedText}).
   */
  void rescoreLowerCase(List<Spot> spots, boolean uncased) {
    for (Spot s : spots) {
      if (s.best >= 0 && !s.unknown && s.detection < config.minDetectionScore()) {
        EntityRecord r = s.hits.get(s.best).record();
        if (exactCasedName(r, s.surface)) {
          s.detection = weights.exactCasedName();
        } else if (!r.commonNoun() && s.tokenCount() == 1 && !CommonWords.isCommon(s.key, language)
            && labelInLanguage(r, s.surface, language)) {
          s.detection = weights.labelInLanguage();
        } else if (r.type() == EntityType.CURRENCY && currencyLabelInLanguage(r, s.surface, language)) {
          s.detection = weights.labelInLanguage(); // "the euro", "el peso argentino": currencies are written so
        } else if (uncased && UncasedText.readsAsName(r, s.key, s.surface, s.tokenCount(), language)) {
          s.detection = weights.uncasedTextName(); // text typed without capitals: case says nothing
        }
      }
    }
  }

  /**
   * Whether the surface is the currency's label in the document's language (a determined one), case aside: CLDR
   * writes "Euro" and "US Dollar" in English where running text writes "the euro", and most languages write their
   * currencies in lower case ("el peso argentino"), so the case of a currency's name says nothing.
   */
  private static boolean currencyLabelInLanguage(EntityRecord r, String surface, String language) {
    return !LanguageRules.undetermined(language) && labelInLanguage(r, surface, language, true);
  }

  private static boolean labelInLanguage(EntityRecord r, String surface, String language) {
    return labelInLanguage(r, surface, language, false);
  }

  /** Whether a label of {@code r} in {@code language} (any, when undetermined) is written {@code surface}. */
  private static boolean labelInLanguage(EntityRecord r, String surface, String language, boolean ignoreCase) {
    boolean any = LanguageRules.undetermined(language);
    for (EntityRecord.Name n : r.names()) {
      if (n.label() && (any || n.language().equals(language))
          && (ignoreCase ? n.text().equalsIgnoreCase(surface) : n.text().equals(surface))) {
        return true;
      }
    }
    return false;
  }

  private static boolean exactCasedName(EntityRecord r, String surface) {
    for (EntityRecord.Name n : r.names()) {
      if (n.hasPrior() && !n.label()) {
        continue; // a web anchor ("in Italy", "the polls") says nothing of how the name is written
      }
      if (n.text().equals(surface) && !n.text().equals(n.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
