package io.polylink.link.lang;

import io.polylink.model.Language;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Guesses the language of a text from what ships on the class path, with no model download: the dominant script
 * decides outright where one language owns it (Greek, Thai, Hangul, ...); Han is Japanese when kana are present in
 * quantity, Chinese otherwise; within Latin, Cyrillic, Arabic, Hebrew, Devanagari and Bengali script, stopwords
 * (Lucene's lists, weighted by how few candidates share them) and letters (CLDR exemplar sets: everyday letters
 * count for a language, letters foreign to it count against it) pick the language.
 *
 * <p>Instances are immutable and thread-safe. A call reads at most {@link #maxCodePoints()} code points, allocates a
 * few small arrays and never throws on any character sequence.
 *
 * <pre>{@code
 * LanguageIdentifier.Result r = LanguageIdentifier.create().identify("Der Hund schläft unter dem Tisch.");
 * r.language();   // de
 * }</pre>
 */
public final class LanguageIdentifier {

  /** How many code points of a text are read by default; enough for a firm decision on any real text. */
  public static final int DEFAULT_MAX_CODE_POINTS = 2000;

  /** Japanese when at least this share of the Han and kana letters are kana; Chinese quotes a few at most. */
  private static final double KANA_SHARE_FOR_JAPANESE = 0.08;

  /**
   * Latin script implies no language, so it needs this much score, and either a stopword or a lead of this much over
   * the runner-up.
   */
  private static final double MIN_LATIN_EVIDENCE = 2.0;

  /** Score at which the evidence amount reaches 1 - 1/e; one rare stopword weighs about 3. */
  private static final double EVIDENCE_SCALE = 4.0;

  /** Letters of a one-language script at which its confidence reaches 1 - 1/e. */
  private static final double LETTER_SCALE = 4.0;

  /** Confidence factor when a multi-language script falls back to its main language for lack of evidence. */
  private static final double FALLBACK_FACTOR = 0.3;

  private static final int MAX_ALTERNATIVES = 4;

  private static final ScriptGroup[] GROUPS = ScriptGroup.values();

  private final EvidenceTables tables;
  private final int maxCodePoints;
  private final Language[] languages;

  private LanguageIdentifier(EvidenceTables tables, int maxCodePoints) {
    if (maxCodePoints < 1) {
      throw new IllegalArgumentException("maxCodePoints must be positive, got " + maxCodePoints);
    }
    this.tables = tables;
    this.maxCodePoints = maxCodePoints;
    this.languages = tables.profiles().stream().map(Profile::language).toArray(Language[]::new);
  }

  /**
   * The shared default identifier, reading the first {@value #DEFAULT_MAX_CODE_POINTS} code points. Built once (tens
   * of milliseconds) on first use.
   *
   * @return the cached instance
   */
  public static LanguageIdentifier create() {
    return DefaultHolder.INSTANCE;
  }

  /**
   * An identifier that reads at most {@code maxCodePoints} code points of each text. It shares the compiled tables of
   * the default instance.
   *
   * @param maxCodePoints how much of a text to read, positive
   * @return a new identifier
   * @throws IllegalArgumentException if {@code maxCodePoints} is not positive
   */
  public static LanguageIdentifier create(int maxCodePoints) {
    return new LanguageIdentifier(DefaultHolder.INSTANCE.tables, maxCodePoints);
  }

  /** How many code points of a text are read at most. */
  public int maxCodePoints() {
    return maxCodePoints;
  }

  /**
   * Identifies the language of a text.
   *
   * @param text any characters, null and unpaired surrogates included
   * @return the language with a confidence in [0, 1], or {@link Language#UNDETERMINED} with confidence 0 when the
   *     text holds no evidence (empty, digits, a bare name in Latin letters, an unsupported script)
   */
  public Result identify(CharSequence text) {
    if (text == null || text.isEmpty()) {
      return Result.undetermined();
    }
    Scan scan = new Scan(tables);
    scan.run(text, maxCodePoints);
    return decide(scan, text);
  }

  private Result decide(Scan scan, CharSequence text) {
    int total = scan.otherLetters;
    ScriptGroup dominant = null;
    int dominantCount = 0;
    for (ScriptGroup g : GROUPS) {
      int c = scan.groupLetters[g.ordinal()];
      total += c;
      if (c > dominantCount) {
        dominant = g;
        dominantCount = c;
      }
    }
    if (dominant == null) {
      return Result.undetermined();
    }
    double share = (double) dominantCount / total;
    double letterAmount = 1.0 - Math.exp(-dominantCount / LETTER_SCALE);
    if (dominant == ScriptGroup.CJK) {
      boolean japanese = scan.kana >= KANA_SHARE_FOR_JAPANESE * dominantCount;
      return Result.of(Language.of(japanese ? "ja" : "zh"), share * letterAmount, List.of());
    }
    int[] ids = tables.members(dominant);
    if (ids.length == 0) {
      return Result.of(Language.of(dominant.defaultCode()), share * letterAmount, List.of());
    }
    return decideAmong(dominant, ids, scan, share, letterAmount, text);
  }

  private Result decideAmong(ScriptGroup group, int[] ids, Scan scan, double share, double letterAmount,
      CharSequence text) {
    double[] score = new double[ids.length];
    for (int k = 0; k < ids.length; k++) {
      score[k] = scan.wordScore[ids[k]];
    }
    for (int slot = 0; slot < scan.letterCounts.length; slot++) {
      int count = scan.letterCounts[slot];
      if (count == 0) {
        continue;
      }
      EvidenceTables.LetterEntry entry = tables.letterSlot(slot);
      if (tables.profiles().get(entry.profiles()[0]).group() != group) {
        continue;
      }
      // Entries list the group's members in the same order as ids.
      for (int k = 0; k < ids.length; k++) {
        score[k] += entry.weights()[k] * count;
      }
    }
    if (scan.isShortSentence()) {
      // Stopwords only: the n-gram model sees the letters already, and the languages without a profile have none.
      Language[] members = new Language[ids.length];
      double[] words = new double[ids.length];
      for (int k = 0; k < ids.length; k++) {
        members[k] = languages[ids[k]];
        words[k] = scan.wordScore[ids[k]];
      }
      Result voted = ShortTextVote.decide(NgramLanguageModel.shared(), tables, text, group, members, words, share);
      if (voted != null) {
        return voted;
      }
    }
    int best = 0;
    for (int k = 1; k < ids.length; k++) {
      if (score[k] > score[best]) {
        best = k;
      }
    }
    double second = 0;
    for (int k = 0; k < ids.length; k++) {
      if (k != best) {
        second = Math.max(second, score[k]);
      }
    }
    // Letters alone must single a language out; a name like "Jürgen Müller" fits a dozen equally well.
    boolean latinEvidence = score[best] >= MIN_LATIN_EVIDENCE
        && (scan.wordScore[ids[best]] > 0 || score[best] - second >= MIN_LATIN_EVIDENCE);
    boolean enough = score[best] > 0 && (group != ScriptGroup.LATIN || latinEvidence);
    if (!enough) {
      if (group.defaultCode() == null) {
        return Result.undetermined();
      }
      return Result.of(Language.of(group.defaultCode()), FALLBACK_FACTOR * share * letterAmount, List.of());
    }
    double sumSquares = 0;
    for (double s : score) {
      if (s > 0) {
        sumSquares += s * s;
      }
    }
    double amount = 1.0 - Math.exp(-score[best] / EVIDENCE_SCALE);
    double scale = share * amount / sumSquares;
    List<Scored> alternatives = new ArrayList<>();
    for (int k = 0; k < ids.length; k++) {
      if (k != best && score[k] > 0) {
        alternatives.add(new Scored(languages[ids[k]], clamp(scale * score[k] * score[k])));
      }
    }
    alternatives.sort(Comparator.comparingDouble(Scored::score).reversed());
    List<Scored> top = alternatives.subList(0, Math.min(MAX_ALTERNATIVES, alternatives.size()));
    return Result.of(languages[ids[best]], scale * score[best] * score[best], top);
  }

  private static double clamp(double v) {
    return Double.isNaN(v) ? 0.0 : Math.max(0.0, Math.min(1.0, v));
  }

  /** Per-call counters filled by one pass over the text. */
  private static final class Scan {
    final int[] groupLetters = new int[GROUPS.length];
    int otherLetters;
    int kana;
    final double[] wordScore;
    final int[] letterCounts;
    private final EvidenceTables tables;
    private final char[] token;
    private int tokenLength;
    private boolean tokenTooLong;
    private boolean inWord;
    private int codePoints;
    private int words;
    private int uncapitalizedLetters;
    private boolean wordUncapitalized;
    private boolean complete;

    Scan(EvidenceTables tables) {
      this.tables = tables;
      this.wordScore = new double[tables.profiles().size()];
      this.letterCounts = new int[tables.letterSlotCount()];
      this.token = new char[tables.maxWordLength() + 1];
    }

    /** Whether the text was short, wholly read, with enough words and enough letters in words not capitalized. */
    boolean isShortSentence() {
      return complete && codePoints <= ShortTextVote.MAX_CODE_POINTS && words >= ShortTextVote.MIN_WORDS
          && uncapitalizedLetters >= ShortTextVote.MIN_PLAIN_LETTERS;
    }

    void run(CharSequence text, int maxCodePoints) {
      int n = text.length();
      int i = 0;
      for (int seen = 0; i < n && seen < maxCodePoints; seen++) {
        codePoints++;
        // codePointAt returns an unpaired surrogate as itself: not a letter, so it just ends a word.
        int cp = Character.codePointAt(text, i);
        i += Character.charCount(cp);
        if (!TokenFold.isWordPart(cp)) {
          endToken();
          inWord = false;
          continue;
        }
        if (!inWord) {
          inWord = true;
          words++;
          wordUncapitalized = Character.isLowerCase(cp);
        }
        if (wordUncapitalized && Character.isLetter(cp)) {
          uncapitalizedLetters++;
        }
        // Below U+0250 word parts are all letters; combining marks start at U+0300.
        if (cp < 0x250 || Character.isLetter(cp)) {
          countLetter(cp);
        }
        int folded = TokenFold.fold(cp);
        if (folded == TokenFold.DROP || tokenTooLong) {
          continue;
        }
        if (folded > Character.MAX_VALUE || tokenLength == token.length) {
          tokenTooLong = true; // no stopword is this long or outside the BMP
        } else {
          token[tokenLength++] = (char) folded;
        }
      }
      complete = i >= n;
      endToken();
    }

    private void countLetter(int cp) {
      if (cp < 0x250) {
        // Below U+0250 every letter isWordPart accepts is Latin (or the lone micro sign, harmlessly counted so).
        groupLetters[ScriptGroup.LATIN.ordinal()]++;
        if (cp < 0x80) {
          return; // ASCII letters carry no per-language weight
        }
      } else {
        ScriptGroup g = ScriptGroup.of(UnicodeScript.of(cp));
        if (g == null) {
          otherLetters++;
          return;
        }
        groupLetters[g.ordinal()]++;
        if (g == ScriptGroup.CJK && (cp >= 0x3040 && cp <= 0x30FF || cp >= 0x31F0 && cp <= 0x31FF
            || cp >= 0xFF66 && cp <= 0xFF9D)) {
          kana++;
        }
      }
      EvidenceTables.LetterEntry entry = tables.letter(Character.toLowerCase(cp));
      if (entry != null) {
        letterCounts[entry.slot()]++;
      }
    }

    private void endToken() {
      if (tokenLength > 0 && !tokenTooLong) {
        EvidenceTables.WordEntry entry = tables.word(token, tokenLength);
        if (entry != null) {
          for (int p : entry.profiles()) {
            wordScore[p] += entry.weight();
          }
        }
      }
      tokenLength = 0;
      tokenTooLong = false;
    }
  }

  /**
   * A language with its share of the confidence.
   *
   * @param language the language
   * @param score in [0, 1]
   */
  public record Scored(Language language, double score) {
    public Scored {
      Objects.requireNonNull(language, "language");
      if (!(score >= 0.0 && score <= 1.0)) {
        throw new IllegalArgumentException("score must be in [0, 1], got " + score);
      }
    }
  }

  /**
   * The identified language.
   *
   * @param language the best guess, {@link Language#UNDETERMINED} when there is no evidence
   * @param confidence in [0, 1]; 0 exactly when undetermined. It grows with the amount of evidence and its margin
   *     over the runners-up and shrinks with the share of letters outside the dominant script
   * @param alternatives runners-up in the same script, best first, at most four, not including {@code language}
   */
  public record Result(Language language, double confidence, List<Scored> alternatives) {

    private static final Result UNDETERMINED = new Result(Language.UNDETERMINED, 0.0, List.of());

    public Result {
      Objects.requireNonNull(language, "language");
      if (!(confidence >= 0.0 && confidence <= 1.0)) {
        throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
      }
      if (language.isUndetermined() && confidence != 0.0) {
        throw new IllegalArgumentException("an undetermined result must have confidence 0, got " + confidence);
      }
      alternatives = List.copyOf(Objects.requireNonNull(alternatives, "alternatives"));
    }

    /** The result for a text without evidence. */
    public static Result undetermined() {
      return UNDETERMINED;
    }

    static Result of(Language language, double confidence, List<Scored> alternatives) {
      return new Result(language, clamp(confidence), alternatives);
    }

    /** Whether a language was identified. */
    public boolean isDetermined() {
      return !language.isUndetermined();
    }
  }

  private static final class DefaultHolder {
    static final LanguageIdentifier INSTANCE =
        new LanguageIdentifier(new EvidenceTables(Profiles.defaults()), DEFAULT_MAX_CODE_POINTS);
  }
}
