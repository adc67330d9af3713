package io.polylink.link;

/**
 * The {@link DetectionScorer}'s scores, each for one shape of span, in [0, 1]; 0 rejects a span. Hand-set: a span
 * below {@link LinkerConfig#minDetectionScore} (0.3) is not reported, and a NIL span only from
 * {@link Selector#MIN_NIL_DETECTION} (0.75) on.
 *
 * @param noSpaceTwoChars a name of two code points in a script written without spaces (Chinese, Japanese, Thai)
 * @param noSpaceLonger a longer one
 * @param uncasedWord one word of a script without case (Arabic, Hebrew, Devanagari) of at least
 *     {@code minUncasedWordCodePoints}, not a common word
 * @param uncasedPhrase several words of a script without case
 * @param lowerCase every content word in lower case: a common word unless the KB writes the name exactly so
 * @param shortAcronym one all-capital word of at most {@code maxShortAcronymCodePoints} ("NATO", "BBC")
 * @param longAllCaps a longer all-capital word (a shouted word as often as a name)
 * @param sentenceInitialWord one capitalized word that opens a sentence, not a common word
 * @param capitalizedWord one capitalized word inside a sentence
 * @param description several words, the first in lower case ("capital of Portugal")
 * @param minCapitalizedShare share of capitalized content words from which a phrase reads as a name
 * @param capitalizedPhrase such a phrase
 * @param sentenceInitialPhrase such a phrase whose only capital is the sentence's ("Born in detroit")
 * @param partlyCapitalized a phrase with fewer capitalized content words
 * @param unknownPhrase a run of capitalized words the dictionary does not hold
 * @param unknownWord one such word with a romanized or fuzzy candidate
 * @param exactCasedName a lower-case span the KB writes exactly so ("iPhone", "eBay"), once ranked
 * @param labelInLanguage a lower-case one-word label in the document's language ("français" in French), once ranked
 * @param uncasedTextName a whole KB name in a window typed without any capital ("is tom hanks in big"), once ranked:
 *     at the linker's default threshold, below a cased name ({@link UncasedText})
 * @param minWordCodePoints shortest one-word name of a cased or spaceless script; shorter scores 0
 * @param minUncasedWordCodePoints shortest one-word name of a script without case
 * @param maxShortAcronymCodePoints longest all-capital word scored as {@code shortAcronym}
 */
record DetectionWeights(
    double noSpaceTwoChars,
    double noSpaceLonger,
    double uncasedWord,
    double uncasedPhrase,
    double lowerCase,
    double shortAcronym,
    double longAllCaps,
    double sentenceInitialWord,
    double capitalizedWord,
    double description,
    double minCapitalizedShare,
    double capitalizedPhrase,
    double sentenceInitialPhrase,
    double partlyCapitalized,
    double unknownPhrase,
    double unknownWord,
    double exactCasedName,
    double labelInLanguage,
    double uncasedTextName,
    int minWordCodePoints,
    int minUncasedWordCodePoints,
    int maxShortAcronymCodePoints) {

  /** The weights the shipped figures are measured with. */
  static final DetectionWeights DEFAULTS = new DetectionWeights(
      0.6, // noSpaceTwoChars
      0.8, // noSpaceLonger
      0.6, // uncasedWord
      0.8, // uncasedPhrase
      0.1, // lowerCase
      0.75, // shortAcronym
      0.6, // longAllCaps
      0.5, // sentenceInitialWord
      0.8, // capitalizedWord
      0.1, // description
      0.5, // minCapitalizedShare
      0.9, // capitalizedPhrase
      0.4, // sentenceInitialPhrase
      0.3, // partlyCapitalized
      0.8, // unknownPhrase
      0.6, // unknownWord
      0.6, // exactCasedName
      0.5, // labelInLanguage
      0.5, // uncasedTextName
      2, // minWordCodePoints
      3, // minUncasedWordCodePoints
      6); // maxShortAcronymCodePoints
}
