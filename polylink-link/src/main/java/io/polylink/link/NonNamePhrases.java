package io.polylink.link;

import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Capitalized phrases that are no names although a dictionary of labels holds them: dates ("13 October 1753",
 * "January 1, 1870") and academic degrees ("Bachelor of Arts", "Master's degree", "Ph.D.", "MBA"). English writes
 * both capitalized; a KB of Wikidata labels has an entity for each month and each degree, so without this the spotter
 * links every date and every degree in a biography. NER conventions (CoNLL, ACE, OKE, HIPE) do not count either as a
 * named entity of a person, place or organization.
 */
final class NonNamePhrases {

  /** First words of a degree ("Bachelor of Science", "Master's degree", "Doctor of Philosophy"). */
  private static final Set<String> DEGREE_WORDS = Set.of("bachelor", "bachelors", "master", "masters", "doctor",
      "doctorate");

  /**
   * Degree abbreviations, letters only: written with periods ("B.A.", "M.D.", "Ph.D.") or, for the ones that are
   * no state or company code, without ("MBA", "PhD").
   */
  private static final Set<String> DOTTED_DEGREES = Set.of("ba", "ma", "bs", "ms", "bsc", "msc", "md", "jd", "phd",
      "llb", "llm", "lld", "mba", "dphil", "mphil", "bfa", "mfa", "edd", "dds", "bba");
  private static final Set<String> UNDOTTED_DEGREES = Set.of("mba", "phd", "bsc", "msc", "llb", "llm", "dphil",
      "mphil");

  /** Longest subject after "Bachelor of" ("fine arts", "Business Administration"), in tokens. */
  private static final int MAX_SUBJECT_TOKENS = 4;

  private NonNamePhrases() {}

  /** Marks the tokens of dates and degrees: a spot touching a marked token is dropped, an unknown name stops there. */
  static boolean[] mark(CharSequence text, List<Token> tokens, String language) {
    boolean[] marked = new boolean[tokens.size()];
    Set<String> calendar = CalendarWords.of(language);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.is(Token.CASED_SCRIPT) || t.is(Token.NUMERIC)) {
        continue;
      }
      if (calendar.contains(t.norm()) && date(text, tokens, i)) {
        marked[i] = true;
      } else if (t.is(Token.CAPITALIZED) && DEGREE_WORDS.contains(t.norm())) {
        int end = degreeEnd(text, tokens, i);
        for (int k = i; k < end; k++) {
          marked[k] = true;
        }
      } else if ((t.is(Token.ALL_UPPER) || t.is(Token.CAPITALIZED)) && UNDOTTED_DEGREES.contains(t.norm())
          && t.end() - t.start() == t.norm().length()) {
        marked[i] = true;
      } else if (t.is(Token.CAPITALIZED) || t.is(Token.ALL_UPPER)) {
        int end = dottedDegreeEnd(text, tokens, i);
        for (int k = i; k < end; k++) {
          marked[k] = true;
        }
      }
    }
    return marked;
  }

  /**
   * A month or weekday name next to a number in the same clause: "October 1753", "January 1, 1870", "on 22
   * October." A number before it only counts when no capitalized word follows ("the 1917 October Revolution").
   */
  private static boolean date(CharSequence text, List<Token> tokens, int i) {
    if (i + 1 < tokens.size() && tokens.get(i + 1).is(Token.NUMERIC)
        && !NameTokens.gapBreaks(text, tokens.get(i), tokens.get(i + 1))) {
      return true;
    }
    if (i == 0 || !tokens.get(i - 1).is(Token.NUMERIC)
        || NameTokens.gapBreaks(text, tokens.get(i - 1), tokens.get(i))) {
      return false;
    }
    return i + 1 == tokens.size() || NameTokens.gapBreaks(text, tokens.get(i), tokens.get(i + 1))
        || !(tokens.get(i + 1).is(Token.CAPITALIZED) || tokens.get(i + 1).is(Token.ALL_UPPER));
  }

  /**
   * End (exclusive) of a degree starting with a degree word at {@code i}, or {@code i} when it starts none:
   * "Bachelor's degree", "Master degree", "Bachelor of fine arts", "Doctor of Philosophy", not "Master of the Rolls".
   */
  private static int degreeEnd(CharSequence text, List<Token> tokens, int i) {
    int n = tokens.size();
    int j = i + 1;
    if (j < n && tokens.get(j).norm().equals("s") && tokens.get(j).start() == tokens.get(i).end() + 1
        && isApostrophe(text.charAt(tokens.get(i).end()))) {
      j++; // "Bachelor's"
      return j < n && tokens.get(j).norm().equals("degree") && !NameTokens.gapBreaks(text, tokens.get(j - 1),
          tokens.get(j)) ? j + 1 : j;
    }
    if (j >= n || NameTokens.gapBreaks(text, tokens.get(i), tokens.get(j))) {
      return i;
    }
    if (tokens.get(j).norm().equals("degree")) {
      return j + 1;
    }
    if (!tokens.get(j).norm().equals("of") || j + 1 >= n || tokens.get(j + 1).norm().equals("the")) {
      return i;
    }
    int end = j + 1;
    while (end < n && end - j - 1 < MAX_SUBJECT_TOKENS && tokens.get(end).is(Token.CASED_SCRIPT)
        && !tokens.get(end).is(Token.NUMERIC) && !NameTokens.gapBreaks(text, tokens.get(end - 1), tokens.get(end))
        && (end == j + 1 || !CommonWords.isCommon(tokens.get(end).norm(), "en"))) {
      end++;
    }
    return end > j + 1 ? end : i;
  }

  /**
   * End (exclusive) of a degree abbreviation with periods ("B.A.", "Ph.D.") starting at {@code i}, else {@code i}; not
   * before a capitalized word, where the letters are initials.
   */
  private static int dottedDegreeEnd(CharSequence text, List<Token> tokens, int i) {
    StringBuilder letters = new StringBuilder(tokens.get(i).norm());
    int j = i;
    while (j + 1 < tokens.size() && tokens.get(j + 1).start() == tokens.get(j).end() + 1
        && text.charAt(tokens.get(j).end()) == '.' && tokens.get(j + 1).norm().length() <= 2
        && tokens.get(j).norm().length() <= 2) {
      j++;
      letters.append(tokens.get(j).norm());
    }
    if (j == i || !DOTTED_DEGREES.contains(letters.toString())) {
      return i;
    }
    // initials before a name are no degree ("J.D. Salinger", "M.S. Swaminathan")
    boolean nameFollows = j + 1 < tokens.size() && !NameTokens.gapBreaks(text, tokens.get(j), tokens.get(j + 1))
        && (tokens.get(j + 1).is(Token.CAPITALIZED) || tokens.get(j + 1).is(Token.ALL_UPPER));
    return nameFollows ? i : j + 1;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /**
   * Names of weekdays and months (CLDR, through ICU) in languages that write them capitalized or put them at
   * sentence starts: capitalized words that are no names. Loaded on first use (~30 ms).
   */
  static final class CalendarWords {
    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl",
        "cs", "tr", "id", "ms", "ro", "hu"};
    private static final Map<String, Set<String>> BY_LANGUAGE = load();
    /** Every language's names together. */
    static final Set<String> SET = union();

    private CalendarWords() {}

    /** The names of {@code language} and of English (documents of any language quote English dates). */
    static Set<String> of(String language) {
      Set<String> own = BY_LANGUAGE.get(language == null ? "en" : language.split("-", 2)[0]);
      return own == null ? BY_LANGUAGE.get("en") : own;
    }

    private static Map<String, Set<String>> load() {
      Map<String, Set<String>> m = new HashMap<>();
      Set<String> english = names("en");
      for (String lang : LANGUAGES) {
        Set<String> words = new HashSet<>(names(lang));
        words.addAll(english);
        m.put(lang, Set.copyOf(words));
      }
      return Map.copyOf(m);
    }

    private static Set<String> names(String lang) {
      Set<String> words = new HashSet<>();
      com.ibm.icu.text.DateFormatSymbols symbols = new com.ibm.icu.text.DateFormatSymbols(
          new com.ibm.icu.util.ULocale(lang));
      for (String[] names : new String[][] {symbols.getWeekdays(), symbols.getMonths()}) {
        for (String w : names) {
          if (!w.isEmpty()) {
            words.add(TextNormalizer.key(w));
          }
        }
      }
      return words;
    }

    private static Set<String> union() {
      Set<String> all = new HashSet<>();
      BY_LANGUAGE.values().forEach(all::addAll);
      return Set.copyOf(all);
    }
  }
}
