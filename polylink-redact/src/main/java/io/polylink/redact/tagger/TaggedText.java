package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import java.util.regex.Pattern;

/**
 * A text the name tagger read, with what its repairs share: the language, the model's name lists, the recognizer's
 * name for new detections, and the line and word tests several repairs ask.
 */
record TaggedText(String text, String language, TaggerModel model, String source) {

  private static final Pattern SPACE_COMMA = Pattern.compile("[\\s,]+");
  private static final Pattern SPACE_COMMA_AMP = Pattern.compile("[\\s,&]+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");

  /** Lines of at most this many tokens after a street line may continue an address. */
  static final int MAX_CONTINUATION_TOKENS = 6;

  Detection detection(String type, int start, int end, double score) {
    return new Detection(type, start, end, score, source);
  }

  /** English text, or text of a language not given: where {@link EnglishWords} applies. */
  boolean english() {
    return language == null || language.isEmpty() || language.equals("en") || language.startsWith("en-");
  }

  boolean place(String word) {
    return model.gazetteerClass(word).contains("place");
  }

  static int lineStart(String text, int at) {
    return text.lastIndexOf('\n', at - 1) + 1;
  }

  static int lineEnd(String text, int from) {
    int n = text.indexOf('\n', from);
    return n < 0 ? text.length() : n;
  }

  static boolean sameLineGap(String text, int from, int to) {
    return from <= to && text.substring(from, to).chars().allMatch(c -> c == ' ' || c == ',' || c == '\t');
  }

  static boolean hasUpper(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The words of a line without leading bullets or quote marks and trailing punctuation, or null when none. */
  static int[] lineContent(String text, int from, int to) {
    while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1)) && text.charAt(to - 1) != '.') {
      to--;
    }
    return to > from ? new int[] {from, to} : null;
  }

  /** Endings of job titles ("cleaner", "director", "nurse"), when the last word is an ordinary English word. */
  private static final Pattern TITLE_END = Pattern.compile(
      "(?:er|or|ist|ian|ant|ent|ee|man|woman|person|nurse|officer|chef|clerk|aide|agent|secretary|assistant|head"
          + "|lead|partner|associate|executive|representative|therapist|surgeon|physician)\\z");

  /** One to five words, letters first, no digits, no sentence: a company name in any case, not a job title. */
  static boolean companyLike(String line) {
    if (line.length() > 60 || line.chars().anyMatch(Character::isDigit) || line.contains(":") || line.contains("@")
        || !Character.isLetter(line.charAt(0))) {
      return false;
    }
    String[] words = SPACE_COMMA_AMP.split(line);
    if (words.length > 5) {
      return false;
    }
    String last = NOT_LETTER.matcher(words[words.length - 1]).replaceAll("");
    return !(EnglishWords.onlyLowerCase(last) && TITLE_END.matcher(last.toLowerCase(java.util.Locale.ROOT)).find());
  }

  /** Whether a person (a detection given to {@code all}) stands within one of the two lines above that of {@code at}. */
  static boolean personOnLinesAbove(String text, SortedDetections all, int at) {
    int above = lineStart(text, at);
    for (int k = 0; k < 2 && above >= 2; k++) {
      int from = lineStart(text, above - 1);
      int to = above - 1;
      if (all.anyGiven(from, to, d -> d.type().equals(PiiTypes.PERSON) && d.start() >= from && d.end() <= to)) {
        return true;
      }
      above = from;
    }
    return false;
  }

  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("inc", "ltd", "corp", "co", "llc", "plc",
      "jr", "sr", "bros", "ltda", "gmbh", "st");
  private static final java.util.Set<String> STREET_ABBREVIATIONS = java.util.Set.of("ave", "av", "avda", "rd", "blvd",
      "dr", "ln", "ct", "pl", "sq", "hwy", "pkwy", "ter", "cres", "cir", "apt", "ste", "no", "nr", "fl", "bldg", "mt",
      "ft", "pt", "str", "ctra", "esq");

  /**
   * A final dot belongs to an initial ("J."), an abbreviation ("Inc.", "Jr.", "Ltd.") or, in an address, a street
   * abbreviation ("Elm Ave."); after anything else it ends the sentence ("... London NW1 6XE.").
   */
  static boolean keepsDot(String text, int start, int dot, String type) {
    int w = dot;
    while (w > start && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
    return word.length() == 1 || ABBREVIATIONS.contains(word)
        || type.equals(PiiTypes.STREET_ADDRESS) && STREET_ABBREVIATIONS.contains(word);
  }

  /** {@code end} moved back over trailing punctuation, keeping a dot that {@link #keepsDot} keeps. */
  static int withoutTrailingPunctuation(String text, int start, int end, String type) {
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))
        && !(text.charAt(end - 1) == '.' && keepsDot(text, start, end - 1, type))) {
      end--;
    }
    return end;
  }

  /**
   * A line (or rest of one) that continues an address: a few tokens, each a capitalized or upper-case word, a
   * number, a two-letter code or punctuation — "Springfield, IL 62704", "SWEDEN", "Apt. 4".
   */
  boolean plainContinuation(String line) {
    String s = line.strip();
    while (s.startsWith(">")) {
      s = s.substring(1).strip();
    }
    if (s.isEmpty()) {
      return false;
    }
    String[] tokens = SPACE_COMMA.split(s);
    if (tokens.length > MAX_CONTINUATION_TOKENS) {
      return false;
    }
    boolean digits = false;
    boolean upper = true;
    boolean place = false;
    for (String t : tokens) {
      if (t.isEmpty()) {
        continue;
      }
      if (t.chars().allMatch(c -> Character.isDigit(c) || c == '-')) {
        digits = true;
        continue;
      }
      if (t.length() == 1 && "().".contains(t)) {
        continue;
      }
      if (!Character.isUpperCase(t.codePointAt(0))) {
        return false;
      }
      upper &= t.chars().noneMatch(Character::isLowerCase);
      place |= place(t);
    }
    return digits || (tokens.length <= 3 && (upper || place));
  }
}
