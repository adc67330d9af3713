package io.polylink.link;

/**
 * Every setting of the linker, with its default in one place.
 *
 * @param nilThreshold a mention whose best candidate scores below this is NIL (default 0.35)
 * @param minDetectionScore spots scoring below this are not reported at all (default 0.3)
 * @param maxCandidates candidates ranked per mention (default 24)
 * @param maxNameTokens longest name, in tokens, the spotter looks for (default 8)
 * @param windowChars window length in UTF-16 chars; documents stream through windows (default 8,192)
 * @param stateSize confident links kept as document state between windows (default 64)
 * @param reportNil report detected mentions without a KB entity, as NIL (default true)
 * @param detectUnknown report capitalized multi-word names absent from the KB as NIL mentions (default true)
 * @param coherence re-rank with the window's and the document state's confident links (default true)
 * @param keepCandidates candidates kept on each link for callers (default 5)
 * @param fuzzyUnknownNames look up every capitalized multi-word name absent from the dictionary within one or two
 *     edits of a KB name (default true): finds misspelled and OCR-damaged names, at 1 to 6 ms per distinct unknown
 *     name; when false, only names whose first word starts some KB name are (redaction, where text about people is
 *     full of unknown names and their types, not their misspellings, matter)
 * @param typeFilter with a type classifier ({@link Linker.Builder#typeClassifier}), drop the candidates whose type
 *     profile fits what the mention's context asks for less than this (soft F1 of profile and prediction, in [0, 1];
 *     candidates without relations are kept); 0 turns the filter off (default 0)
 */
public record LinkerConfig(
    double nilThreshold,
    double minDetectionScore,
    int maxCandidates,
    int maxNameTokens,
    int windowChars,
    int stateSize,
    boolean reportNil,
    boolean detectUnknown,
    boolean coherence,
    int keepCandidates,
    boolean fuzzyUnknownNames,
    double typeFilter) {

  public LinkerConfig {
    check(nilThreshold >= 0 && nilThreshold <= 1, "nilThreshold must be in [0,1], got " + nilThreshold);
    check(minDetectionScore >= 0 && minDetectionScore <= 1, "minDetectionScore must be in [0,1], got " + minDetectionScore);
    check(maxCandidates >= 1 && maxCandidates <= 1000, "maxCandidates must be in [1,1000], got " + maxCandidates);
    check(maxNameTokens >= 1 && maxNameTokens <= 32, "maxNameTokens must be in [1,32], got " + maxNameTokens);
    check(windowChars >= 256 && windowChars <= 1 << 22, "windowChars must be in [256, 4194304], got " + windowChars);
    check(stateSize >= 0 && stateSize <= 4096, "stateSize must be in [0,4096], got " + stateSize);
    check(typeFilter >= 0 && typeFilter <= 1, "typeFilter must be in [0,1], got " + typeFilter);
    check(keepCandidates >= 0 && keepCandidates <= maxCandidates, "keepCandidates must be in [0, maxCandidates], got " + keepCandidates);
  }

  /** The settings before the type filter, which this leaves off (source compatibility). */
  public LinkerConfig(double nilThreshold, double minDetectionScore, int maxCandidates, int maxNameTokens,
      int windowChars, int stateSize, boolean reportNil, boolean detectUnknown, boolean coherence, int keepCandidates,
      boolean fuzzyUnknownNames) {
    this(nilThreshold, minDetectionScore, maxCandidates, maxNameTokens, windowChars, stateSize, reportNil,
        detectUnknown, coherence, keepCandidates, fuzzyUnknownNames, 0);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** The defaults. */
  public static LinkerConfig defaults() {
    return new LinkerConfig(0.35, 0.3, 24, 8, 8192, 64, true, true, true, 5, true, 0);
  }

  public LinkerConfig withNilThreshold(double t) {
    return new LinkerConfig(t, minDetectionScore, maxCandidates, maxNameTokens, windowChars, stateSize, reportNil,
        detectUnknown, coherence, keepCandidates, fuzzyUnknownNames, typeFilter);
  }

  public LinkerConfig withReportNil(boolean on) {
    return new LinkerConfig(nilThreshold, minDetectionScore, maxCandidates, maxNameTokens, windowChars, stateSize, on,
        detectUnknown, coherence, keepCandidates, fuzzyUnknownNames, typeFilter);
  }

  public LinkerConfig withDetectUnknown(boolean on) {
    return new LinkerConfig(nilThreshold, minDetectionScore, maxCandidates, maxNameTokens, windowChars, stateSize,
        reportNil, on, coherence, keepCandidates, fuzzyUnknownNames, typeFilter);
  }

  public LinkerConfig withCoherence(boolean on) {
    return new LinkerConfig(nilThreshold, minDetectionScore, maxCandidates, maxNameTokens, windowChars, stateSize,
        reportNil, detectUnknown, on, keepCandidates, fuzzyUnknownNames, typeFilter);
  }

  public LinkerConfig withWindowChars(int chars) {
    return new LinkerConfig(nilThreshold, minDetectionScore, maxCandidates, maxNameTokens, chars, stateSize, reportNil,
        detectUnknown, coherence, keepCandidates, fuzzyUnknownNames, typeFilter);
  }

  public LinkerConfig withMinDetectionScore(double s) {
    return new LinkerConfig(nilThreshold, s, maxCandidates, maxNameTokens, windowChars, stateSize, reportNil,
        detectUnknown, coherence, keepCandidates, fuzzyUnknownNames, typeFilter);
  }

  public LinkerConfig withFuzzyUnknownNames(boolean on) {
    return new LinkerConfig(nilThreshold, minDetectionScore, maxCandidates, maxNameTokens, windowChars, stateSize,
        reportNil, detectUnknown, coherence, keepCandidates, on, typeFilter);
  }

  public LinkerConfig withTypeFilter(double threshold) {
    return new LinkerConfig(nilThreshold, minDetectionScore, maxCandidates, maxNameTokens, windowChars, stateSize,
        reportNil, detectUnknown, coherence, keepCandidates, fuzzyUnknownNames, threshold);
  }
}
