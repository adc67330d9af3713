package io.polylink.kb.wikipedia;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a web anchor text (a line of a crosswikis-style dictionary: anchor, English Wikipedia title,
 * p(title | anchor)) is a name of the page's entity, and in which language. Web anchors are noisy ("polls showed",
 * "see her Wikipedia entry", "http://en.wikipedia.org/wiki/..."): only what looks like a name passes.
 *
 * <p>The rules, in order (see {@link Reason}):
 * <ol>
 *   <li>boilerplate: URLs, "Wikipedia", "wiki", "click", "here", "article", ellipses, guillemets, unbalanced quotes
 *       or brackets, a leading or trailing comma/colon, no letter, longer than {@value #MAX_LENGTH} characters;
 *       words such as "article" are boilerplate only when the title lacks them;</li>
 *   <li>below {@code minProbability};</li>
 *   <li>a possessive ("Merkel's") when the title is none;</li>
 *   <li>the title itself (same words, any case): kept;</li>
 *   <li>the anchor in another script than the title (Cyrillic, Han, Arabic, ... for a Latin title): kept when at most
 *       {@value #MAX_FOREIGN_WORDS} words (or {@value #MAX_NO_SPACE_CHARS} characters for scripts without spaces)
 *       and p at least {@code minForeignProbability};</li>
 *   <li>initials: an anchor of 2 to 6 capitals, with or without dots ("U.S.", "NATO"), that spells the initials of
 *       the title's words (all, or the capitalized ones); kept;</li>
 *   <li>every word of the anchor is a word of the title ("Merkel", "Merkel, Angela"): kept;</li>
 *   <li>shared words plus at most one extra capitalized word that is no common function word ("Chancellor Merkel",
 *       "Dr. Angela Merkel"): kept;</li>
 *   <li>no shared word: kept only for at most two capitalized words with p at least {@code minForeignProbability}
 *       (a translation or nickname: "Deutschland", "Big Apple"); lower-case phrases are descriptions;</li>
 *   <li>anything else (extra lower-case words, several extra words): rejected.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class AnchorFilter {

  /** Longest anchor considered, in UTF-16 units. */
  public static final int MAX_LENGTH = 60;
  /** Most words of an anchor in another script than its title. */
  public static final int MAX_FOREIGN_WORDS = 4;
  /** Most characters of an anchor in a script written without spaces (Han, kana, Thai, ...). */
  public static final int MAX_NO_SPACE_CHARS = 16;

  /** Why an anchor was kept or rejected. */
  public enum Reason {
    TITLE(true), OTHER_SCRIPT(true), INITIALS(true), TITLE_WORDS(true), TITLE_WORDS_PLUS_ONE(true),
    CAPITALIZED_NAME(true),
    BOILERPLATE(false), MARKUP(false), MIXED_SCRIPT(false), ANOTHER_TITLE(false), MISSPELLING(false), POSSESSIVE(false), TOO_LONG(false), LOW_PROBABILITY(false), EXTRA_WORDS(false), DESCRIPTION(false),
    NO_LETTER(false),
    /** The title is a disambiguation page ("Wien (disambiguation)"): a list of meanings, no entity; its line is dropped. */
    DISAMBIGUATION_PAGE(false);

    private final boolean kept;

    Reason(boolean kept) {
      this.kept = kept;
    }

    /** True when an anchor with this reason is kept as a name. */
    public boolean kept() {
      return kept;
    }
  }

  /** Substrings (lower case) that mark an anchor as boilerplate wherever they occur. */
  private static final List<String> BOILERPLATE_PARTS = List.of("http", "www.", "://", "wikipedia", "wikimedia",
      "wiki/", "%20", "%2", ".html", ".htm", ".php", ".asp", "...", "\u2026", "\u00bb", "\u00ab", "\u2192", "|",
      "\u00c2", "\u00e2\u20ac", "&amp", "&quot", "encyclop", "[edit]", "\t",
      // "Wikipedia", "article", "English edition" in other scripts
      "\u7ef4\u57fa\u767e\u79d1", "\u7dad\u57fa\u767e\u79d1", "\u30a6\u30a3\u30ad\u30da\u30c7\u30a3\u30a2",
      "\uc704\ud0a4\ubc31\uacfc", "\uc704\ud0a4\ud53c\ub514\uc544", "\u0432\u0438\u043a\u0438\u043f\u0435\u0434\u0438",
      "\u0432\u0456\u043a\u0456\u043f\u0435\u0434\u0456", "\u0648\u064a\u0643\u064a\u0628\u064a\u062f\u064a\u0627",
      "\u0648\u06cc\u06a9\u06cc", "\u05d5\u05d9\u05e7\u05d9\u05e4\u05d3\u05d9\u05d4",
      "\u03b2\u03b9\u03ba\u03b9\u03c0\u03b1\u03af\u03b4\u03b5\u03b9\u03b1", "\u0e27\u0e34\u0e01\u0e34\u0e1e\u0e35\u0e40\u0e14\u0e35\u0e22",
      "\u82f1\u8a9e\u7248", "\u8a18\u4e8b", "\u3002", "\u3001");
  /** Words that mark boilerplate unless the title has them too. */
  private static final Set<String> BOILERPLATE_WORDS = Set.of("wiki", "click", "here", "article", "articles", "entry",
      "link", "links", "page", "pages", "website", "site", "homepage", "source", "sources", "see", "read", "more",
      "info", "information", "profile", "official", "biography", "bio", "en", "de", "fr", "es", "definition", "this",
      "that", "our", "my", "your", "his", "her", "their", "its", "wikipedii", "wikipédia", "según", "laut", "selon");
  /** Lower-case function words that may join title words ("Bank of America") but are no name by themselves. */
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "and", "or", "in", "on", "at",
      "to", "for", "by", "with", "from", "de", "la", "le", "les", "des", "du", "del", "der", "die", "das", "von", "van",
      "y", "e", "et", "und", "di", "da");

  private final double minProbability;
  private final double minForeignProbability;

  /**
   * @param minProbability smallest p(title | anchor) of any kept anchor
   * @param minForeignProbability smallest p of an anchor that shares no word with the title (another script, or a
   *     capitalized name without shared words)
   */
  public AnchorFilter(double minProbability, double minForeignProbability) {
    if (!(minProbability >= 0 && minProbability <= 1)) {
      throw new IllegalArgumentException("minProbability must be in [0,1], got " + minProbability);
    }
    if (!(minForeignProbability >= 0 && minForeignProbability <= 1)) {
      throw new IllegalArgumentException("minForeignProbability must be in [0,1], got " + minForeignProbability);
    }
    this.minProbability = minProbability;
    this.minForeignProbability = minForeignProbability;
  }

  /** The filter with the defaults: p at least 0.02, and 0.5 for anchors that share no word with the title. */
  public static AnchorFilter defaults() {
    return new AnchorFilter(0.02, 0.5);
  }

  /**
   * The verdict on one anchor.
   *
   * @param anchor the anchor text as written
   * @param label the title as a name: spaces, without its parenthesized qualifier (see {@link #labelOf})
   * @param p p(title | anchor), or a negative number when unknown (then the probability rules do not apply)
   */
  public Reason judge(String anchor, String label, double p) {
    Reason r = judgeWords(anchor, label, p);
    String a = anchor.strip();
    // quotes, arrows, a sentence's punctuation around a name the rules above would keep: the bare name shares its key
    // and is an anchor of its own, with its own p, which this one would overwrite ('"Berlin"' -> Berlin (album))
    return r.kept() && !cleanEdges(a) && !a.equals(label.strip()) ? Reason.MARKUP : r;
  }

  private Reason judgeWords(String anchor, String label, double p) {
    String a = anchor.strip();
    if (a.length() > MAX_LENGTH) {
      return Reason.TOO_LONG;
    }
    if (!hasLetter(a)) {
      return Reason.NO_LETTER;
    }
    String lower = a.toLowerCase(Locale.ROOT);
    List<String> titleWords = words(label);
    for (String part : BOILERPLATE_PARTS) {
      if (lower.contains(part) && !label.toLowerCase(Locale.ROOT).contains(part)) {
        return Reason.BOILERPLATE;
      }
    }
    if (!balanced(a) || startsOrEndsBadly(a)) {
      return Reason.BOILERPLATE;
    }
    List<String> anchorWords = words(a);
    for (String w : anchorWords) {
      if (BOILERPLATE_WORDS.contains(w) && !titleWords.contains(w)) {
        return Reason.BOILERPLATE;
      }
    }
    if (p >= 0 && p < minProbability) {
      return Reason.LOW_PROBABILITY;
    }
    char last = a.charAt(a.length() - 1);
    if ((last == '!' || last == '?') && label.indexOf(last) < 0) {
      return Reason.DESCRIPTION; // "RUSSIA!", "Elvis Rock?": an exclamation or question, not a name
    }
    if ((lower.endsWith("'s") || lower.endsWith("\u2019s") || lower.endsWith("s'"))
        && !label.toLowerCase(Locale.ROOT).endsWith(lower.substring(lower.length() - 2))) {
      return Reason.POSSESSIVE;
    }
    if (anchorWords.equals(titleWords)) {
      return Reason.TITLE;
    }
    Character.UnicodeScript anchorScript = dominantScript(a);
    Character.UnicodeScript titleScript = dominantScript(label);
    if (anchorScript != titleScript && anchorScript != Character.UnicodeScript.COMMON) {
      if (titleScript == Character.UnicodeScript.LATIN && hasScript(a, Character.UnicodeScript.LATIN)) {
        return Reason.MIXED_SCRIPT; // "Wikipedia英語版 - Big Band", "Характеристики Zimbra"
      }
      char end = a.charAt(a.length() - 1);
      if ((end == '.' || end == '!' || end == '?') && label.charAt(label.length() - 1) != end) {
        return Reason.DESCRIPTION; // a sentence, not a name
      }
      if (isBicameral(anchorScript) && !anyCapitalized(rawWords(a))) {
        return Reason.DESCRIPTION; // "узкий", "всю вселенную": names in Cyrillic or Greek are capitalized
      }
      boolean noSpaces = isNoSpaceScript(anchorScript);
      boolean shortEnough = noSpaces ? a.codePointCount(0, a.length()) <= MAX_NO_SPACE_CHARS
          : anchorWords.size() <= MAX_FOREIGN_WORDS;
      if (!shortEnough) {
        return Reason.TOO_LONG;
      }
      return p < 0 || p >= minForeignProbability ? Reason.OTHER_SCRIPT : Reason.LOW_PROBABILITY;
    }
    if (isInitials(a, label)) {
      return Reason.INITIALS;
    }
    int shared = 0;
    List<String> extra = new ArrayList<>();
    List<String> rawWords = rawWords(a);
    for (int i = 0; i < anchorWords.size(); i++) {
      String w = anchorWords.get(i);
      if (titleWords.contains(w)) {
        shared++;
      } else {
        extra.add(i < rawWords.size() ? rawWords.get(i) : w);
      }
    }
    if (shared > 0 && extra.isEmpty()) {
      return Reason.TITLE_WORDS;
    }
    if (shared > 0) {
      if (extra.size() == 1 && isCapitalized(extra.get(0))
          && !FUNCTION_WORDS.contains(extra.get(0).toLowerCase(Locale.ROOT))) {
        List<String> missing = new ArrayList<>(titleWords);
        missing.removeAll(anchorWords);
        if (nearAny(extra.get(0).toLowerCase(Locale.ROOT), missing)) {
          return Reason.MISSPELLING; // "Angela Markel", "Angelo Merkel"
        }
        return Reason.TITLE_WORDS_PLUS_ONE;
      }
      return Reason.EXTRA_WORDS;
    }
    boolean allCapitalized = !rawWords.isEmpty();
    for (String w : rawWords) {
      allCapitalized &= isCapitalized(w);
    }
    for (String w : anchorWords) {
      if (allCapitalized && nearAny(w, titleWords)) {
        return Reason.MISSPELLING; // "Anglea", "Chancellor Merkels"
      }
    }
    if (allCapitalized && rawWords.size() <= 2 && (p < 0 || p >= minForeignProbability)) {
      return Reason.CAPITALIZED_NAME;
    }
    return Reason.DESCRIPTION;
  }

  /** The name of a title: underscores as spaces, without a trailing parenthesized qualifier ("Tragedy (band)"). */
  public static String labelOf(String title) {
    String t = title.replace('_', ' ').strip();
    int open = t.lastIndexOf(" (");
    if (open > 0 && t.endsWith(")")) {
      t = t.substring(0, open).strip();
    }
    return t;
  }

  /** The parenthesized qualifier of a title ("band" for "Tragedy_(band)"), or "" when it has none. */
  public static String qualifierOf(String title) {
    String t = title.replace('_', ' ').strip();
    int open = t.lastIndexOf(" (");
    if (open > 0 && t.endsWith(")")) {
      return t.substring(open + 2, t.length() - 1).strip();
    }
    return "";
  }

  /**
   * The language of an anchor from its script: Cyrillic {@code ru}, Han {@code zh} (with kana {@code ja}), Hangul
   * {@code ko}, Arabic {@code ar}, Hebrew {@code he}, Greek {@code el}, Devanagari {@code hi}, Thai {@code th}, ...;
   * {@code latin} (the dictionary's language) for Latin script and anything without letters.
   */
  public static String languageOf(String anchor, String latin) {
    boolean kana = false;
    Character.UnicodeScript script = dominantScript(anchor);
    if (script == Character.UnicodeScript.HAN) {
      for (int i = 0; i < anchor.length(); ) {
        int cp = anchor.codePointAt(i);
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        kana |= s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
        i += Character.charCount(cp);
      }
    }
    return switch (script) {
      case CYRILLIC -> "ru";
      case HAN -> kana ? "ja" : "zh";
      case HIRAGANA, KATAKANA -> "ja";
      case HANGUL -> "ko";
      case ARABIC -> "ar";
      case HEBREW -> "he";
      case GREEK -> "el";
      case DEVANAGARI -> "hi";
      case BENGALI -> "bn";
      case TAMIL -> "ta";
      case TELUGU -> "te";
      case GUJARATI -> "gu";
      case GURMUKHI -> "pa";
      case KANNADA -> "kn";
      case MALAYALAM -> "ml";
      case SINHALA -> "si";
      case THAI -> "th";
      case LAO -> "lo";
      case KHMER -> "km";
      case MYANMAR -> "my";
      case GEORGIAN -> "ka";
      case ARMENIAN -> "hy";
      case ETHIOPIC -> "am";
      case TIBETAN -> "bo";
      case MONGOLIAN -> "mn";
      default -> latin;
    };
  }

  /** The script of most of the letters of {@code s}; COMMON when it has none. */
  static Character.UnicodeScript dominantScript(String s) {
    Character.UnicodeScript best = Character.UnicodeScript.COMMON;
    int bestCount = 0;
    Character.UnicodeScript current = null;
    int[] counts = new int[Character.UnicodeScript.values().length];
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      current = Character.UnicodeScript.of(cp);
      int c = ++counts[current.ordinal()];
      if (c > bestCount) {
        bestCount = c;
        best = current;
      }
    }
    return best;
  }

  private static boolean isBicameral(Character.UnicodeScript s) {
    return s == Character.UnicodeScript.CYRILLIC || s == Character.UnicodeScript.GREEK
        || s == Character.UnicodeScript.ARMENIAN;
  }

  private static boolean anyCapitalized(List<String> words) {
    for (String w : words) {
      if (isCapitalized(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasScript(String s, Character.UnicodeScript script) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == script) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * True when {@code w} is a slip of one of {@code words}: at most one edit (two for words of 8+ letters) away,
   * a swap of neighbours counting one, and not equal. Words under 4 letters are never slips.
   */
  static boolean nearAny(String w, List<String> words) {
    if (w.length() < 4) {
      return false;
    }
    for (String t : words) {
      int max = Math.max(w.length(), t.length()) >= 8 ? 2 : 1;
      if (t.length() >= 4 && !t.equals(w) && Math.abs(t.length() - w.length()) <= max && osa(w, t) <= max) {
        return true;
      }
    }
    return false;
  }

  /** A word without combining marks and with the Latin letters that do not decompose spelled plainly ("ł" as "l"). */
  static String fold(String w) {
    boolean ascii = true;
    for (int i = 0; i < w.length() && ascii; i++) {
      ascii = w.charAt(i) < 0x80;
    }
    if (ascii) {
      return w;
    }
    String d = java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      b.append(switch (c) {
        case '\u0142' -> 'l';
        case '\u00f8' -> 'o';
        case '\u0111' -> 'd';
        case '\u0131' -> 'i';
        case '\u00df' -> 's';
        default -> c;
      });
    }
    return b.toString();
  }

  /** Optimal string alignment distance (Levenshtein plus swaps of neighbours). */
  static int osa(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static boolean isNoSpaceScript(Character.UnicodeScript s) {
    return switch (s) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
      default -> false;
    };
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetter(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean balanced(String s) {
    int paren = 0;
    int bracket = 0;
    int quotes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '(' -> paren++;
        case ')' -> paren--;
        case '[' -> bracket++;
        case ']' -> bracket--;
        case '"', '\u201c', '\u201d' -> quotes++;
        default -> { }
      }
      if (paren < 0 || bracket < 0) {
        return false;
      }
    }
    return paren == 0 && bracket == 0 && quotes % 2 == 0;
  }

  /**
   * Whether an anchor starts with a letter or digit and ends with one, with a closing parenthesis it opened, or with
   * the period of an abbreviation ("U.S.", "Apple Inc.", "Jr."). Web anchors wrapped in quotes, arrows, exclamation marks
   * or a sentence's punctuation ('"Berlin"', '>Microsoft', 'Microsoft’', 'OBAMA!') share the key of the bare name,
   * whose own anchor has its own, truer p(title | name): kept, they would give other titles the bare name's key at
   * p = 1.0 ('"Berlin"' -> Berlin_(album)).
   */
  static boolean cleanEdges(String text) {
    if (text.isEmpty() || !Character.isLetterOrDigit(text.codePointAt(0))) {
      return false;
    }
    int last = text.codePointBefore(text.length());
    if (Character.isLetterOrDigit(last) || isMark(last)) {
      return true; // a vowel sign or other mark ends many a word in Indic and other scripts ("दिल्ली")
    }
    if (last == ')') {
      return text.indexOf('(') > 0;
    }
    if (last == '.') {
      String body = text.substring(0, text.length() - 1);
      String lastWord = body.substring(body.lastIndexOf(' ') + 1);
      return lastWord.indexOf('.') >= 0 || lastWord.length() <= 3 && !lastWord.isEmpty()
          && Character.isLetter(lastWord.codePointBefore(lastWord.length()));
    }
    return false;
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  private static boolean startsOrEndsBadly(String s) {
    char first = s.charAt(0);
    char last = s.charAt(s.length() - 1);
    return ",;:-/(".indexOf(first) >= 0 || ",;:-/(".indexOf(last) >= 0;
  }

  private static boolean isCapitalized(String w) {
    int cp = w.codePointAt(0);
    return Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp);
  }

  /** "U.S.", "NATO", "UN" for titles whose word initials (all words, or the capitalized ones) spell them. */
  private static boolean isInitials(String anchor, String label) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < anchor.length(); i++) {
      char c = anchor.charAt(i);
      if (c == '.' || c == ' ' || c == '&') {
        continue;
      }
      if (c < 'A' || c > 'Z') {
        return false;
      }
      letters.append(c);
    }
    if (letters.length() < 2 || letters.length() > 6) {
      return false;
    }
    StringBuilder all = new StringBuilder();
    StringBuilder capitalized = new StringBuilder();
    for (String w : rawWords(label)) {
      int cp = w.codePointAt(0);
      all.appendCodePoint(Character.toUpperCase(cp));
      if (Character.isUpperCase(cp)) {
        capitalized.appendCodePoint(cp);
      }
    }
    String l = letters.toString();
    return l.contentEquals(all) || l.contentEquals(capitalized);
  }

  /** The words of a text as written: runs of letters and digits (an apostrophe inside a word stays in it). */
  static List<String> rawWords(String s) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); ) {
      int cp = i < s.length() ? s.codePointAt(i) : ' ';
      boolean inWord = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
          || ((cp == '\'' || cp == '\u2019') && start >= 0 && i + 1 < s.length()
              && Character.isLetter(s.codePointAt(i + 1)));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      }
      i += i < s.length() ? Character.charCount(cp) : 1;
    }
    return out;
  }

  /** Lower-cased words without diacritics and without a possessive 's, for comparing an anchor with its title. */
  static List<String> words(String s) {
    List<String> raw = rawWords(s);
    List<String> out = new ArrayList<>(raw.size());
    for (String w : raw) {
      String l = fold(w.toLowerCase(Locale.ROOT));
      if (l.endsWith("'s") || l.endsWith("\u2019s")) {
        l = l.substring(0, l.length() - 2);
      }
      out.add(l);
    }
    return out;
  }
}
