package io.polylink.redact.recognize;

import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import io.polylink.redact.Recognizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Names that no KB holds — most private persons — from case and context cues: a run of capitalized words (with
 * initials and particles such as "van", "de") that are not function words, scored up by a title before it ("Dr.",
 * "Sra."), by a cue word ("my name is", "dear", "says", "patient"), by name parts from a lexicon (the KB's person
 * names, when given), and down at the start of a sentence. A run ending in a company suffix ("Inc", "GmbH") is an
 * organization; a run after a place preposition ("in", "from") with no person cue is a location.
 */
public final class NameDetector implements Recognizer {

  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "mx",
      "sr", "sra", "srta", "don", "doña", "dona", "herr", "frau", "mme", "mlle", "m", "sig", "sigra", "dott", "dra");
  private static final Set<String> PERSON_CUES = Set.of("name", "named", "called", "dear", "hi", "hello", "hey",
      "says", "said", "by", "meet", "contact", "patient", "doctor", "thanks", "thank", "regards", "sincerely",
      "attn", "signed", "am", "under", "starring", "nombre", "llamo", "paciente", "apellidos", "médico", "medico",
      "heiße", "heisse", "appelle", "chiamo", "son", "daughter", "wife", "husband", "mother", "father", "brother",
      "sister", "player", "actor", "actress", "singer", "author", "director", "ceo", "president", "minister");
  private static final Set<String> PLACE_CUES = Set.of("in", "from", "to", "at", "near", "en", "de", "desde", "à",
      "aus", "nach", "city", "country", "visit", "visited", "moved");
  private static final Set<String> ORG_SUFFIXES = Set.of("inc", "ltd", "llc", "corp", "corporation", "company",
      "co", "group", "gmbh", "ag", "sa", "sl", "plc", "bank", "university", "hospital", "foundation", "association",
      "institute", "partners", "holdings", "labs", "technologies", "systems", "solutions", "ltda", "srl", "spa",
      "orchestra", "choir", "ensemble", "society", "club", "academy", "college", "museum", "agency", "industries",
      "ventures", "studios", "records", "consulting", "insurance");
  private static final Set<String> ABBREVIATED_SUFFIXES = Set.of("inc", "ltd", "corp", "co", "llc", "plc", "ltda");
  private static final Set<String> PARTICLES = Set.of("van", "von", "de", "del", "della", "der", "den", "da", "di",
      "du", "la", "le", "bin", "ibn", "al", "y", "dos", "das", "ter", "ten");
  /** Capitalized words that start lines and sentences but are not names. */
  private static final Set<String> NOT_NAMES = Set.of("i", "im", "ive", "id", "ill", "hi", "hello", "dear", "name",
      "date", "phone", "address", "email", "mr", "mrs", "ms", "dr", "my", "your", "yes", "no", "ok", "okay", "please",
      "thanks", "thank", "bot", "user", "patient", "what", "where", "when", "who", "why", "how", "can", "could",
      "would", "will", "is", "are", "do", "does", "did", "have", "has", "may", "maybe", "there", "here", "this",
      "that", "these", "those", "it", "its", "we", "they", "he", "she", "you", "our", "their", "his", "her", "the",
      "a", "an", "and", "or", "but", "so", "if", "not", "street", "st", "ave", "road", "apt", "suite", "card", "credit",
      "bank", "account", "iban", "fax", "office", "tel", "mobile", "home", "work", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
      "september", "october", "november", "december", "nombre", "apellidos", "fecha", "edad", "sexo", "domicilio",
      "médico", "medico", "informe", "paciente", "datos");

  /** Score of a capitalized run with no cue and no known name part when name lists are at hand: below 0.5. */
  static final double UNSUPPORTED = 0.45;

  private final Set<String> common;
  private final Set<String> nameParts;
  private final Function<String, String> lists;

  /**
   * @param nameParts normalized given and family names (from the KB's person entities or a user lexicon); may be
   *     empty
   */
  public NameDetector(Set<String> nameParts) {
    this(nameParts, null);
  }

  /**
   * @param nameParts normalized given and family names (from the KB's person entities or a user lexicon); may be
   *     empty
   * @param lists classes of a lower-cased word in outside name lists ("given", "family", "place", "word" for
   *     ordinary vocabulary, joined by '+'; "" when unknown), e.g.
   *     {@link io.polylink.redact.tagger.TaggerModel#gazetteerClass}; or null. With lists, a
   *     capitalized run that has neither a cue nor a listed name part scores {@value #UNSUPPORTED} — under the default
   *     threshold, since a capital letter alone is weak evidence — and a place guess needs a listed place word.
   */
  public NameDetector(Set<String> nameParts, Function<String, String> lists) {
    this.nameParts = Set.copyOf(nameParts);
    this.lists = lists;
    Set<String> c = new HashSet<>(NOT_NAMES);
    for (CharArraySet s : List.of(org.apache.lucene.analysis.en.EnglishAnalyzer.getDefaultStopSet(),
        org.apache.lucene.analysis.es.SpanishAnalyzer.getDefaultStopSet(),
        org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet(),
        org.apache.lucene.analysis.de.GermanAnalyzer.getDefaultStopSet(),
        org.apache.lucene.analysis.it.ItalianAnalyzer.getDefaultStopSet())) {
      for (Object o : s) {
        c.add(TextNormalizer.key(new String((char[]) o)));
      }
    }
    c.removeAll(PARTICLES);
    this.common = Set.copyOf(c);
  }

  @Override
  public java.util.Set<String> types() {
    return java.util.Set.of(PiiTypes.PERSON, PiiTypes.LOCATION, PiiTypes.ORGANIZATION);
  }

  @Override
  public String name() {
    return "names";
  }

  /** English: its function words, cue words and tagger were built from English text. */
  @Override
  public java.util.Set<String> languages() {
    return java.util.Set.of("en");
  }

  @Override
  public void recognize(String text, String language, List<Detection> out) {
    List<Token> tokens = TextNormalizer.tokenize(text);
    int i = 0;
    while (i < tokens.size()) {
      if (!nameWord(tokens.get(i), text)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && joinable(text, tokens.get(j - 1), tokens.get(j))) {
        Token t = tokens.get(j);
        if (nameWord(t, text) || initial(t, text)) {
          j++;
        } else if (PARTICLES.contains(t.norm()) && j + 1 < tokens.size() && nameWord(tokens.get(j + 1), text)
            && joinable(text, t, tokens.get(j + 1))) {
          j += 2;
        } else {
          break;
        }
      }
      emit(text, tokens, i, j, out);
      i = j;
    }
  }

  private void emit(String text, List<Token> tokens, int from, int to, List<Detection> out) {
    // "Call Jane Doe", "Thanks Maria": an ordinary word that only the sentence start capitalized opens no name
    while (lists != null && to - from > 1 && tokens.get(from).is(Token.SENTENCE_START)
        && lists.apply(text.substring(tokens.get(from).start(), tokens.get(from).end())).equals("word")) {
      from++;
    }
    Token first = tokens.get(from);
    Token last = tokens.get(to - 1);
    int end = last.end();
    if (to - 1 > from && initial(last, text) && end < text.length() && text.charAt(end) == '.') {
      end++; // "John D." keeps the initial's dot
    }
    List<String> before = ContextWords.wordsBefore(text, first.start(), 3);
    String prev = before.isEmpty() ? "" : TextNormalizer.key(before.get(0));
    if (ORG_SUFFIXES.contains(last.norm()) && to - from >= 2) {
      if (ABBREVIATED_SUFFIXES.contains(last.norm()) && end < text.length() && text.charAt(end) == '.') {
        end++; // "Conway Inc." keeps the abbreviation's dot
      }
      out.add(new Detection(PiiTypes.ORGANIZATION, first.start(), end, 0.85, name()));
      return;
    }
    int words = 0;
    boolean lexicon = false;
    boolean listedPlace = false;
    boolean vocabulary = lists != null;
    for (int k = from; k < to; k++) {
      if (!initial(tokens.get(k), text)) {
        words++;
      }
      lexicon |= nameParts.contains(tokens.get(k).norm());
      if (lists != null && !initial(tokens.get(k), text)) {
        String cls = lists.apply(text.substring(tokens.get(k).start(), tokens.get(k).end()));
        // "Power", "Rose": a name part that is also an ordinary word is no evidence of a person on its own
        lexicon |= (cls.contains("given") || cls.contains("family")) && !cls.contains("word");
        listedPlace |= cls.contains("place");
        vocabulary &= cls.equals("word");
      }
    }
    boolean title = TITLES.contains(prev) && prevGapIsTitle(text, first.start());
    if (vocabulary && !title && !lexicon && words > 0) {
      return; // "Website:", "Personal Info:", "Unfortunately,": only ordinary words, capitalized as labels or starts
    }
    double score = words >= 2 ? 0.6 : 0.5;
    boolean cue = false;
    for (String w : before) {
      cue |= PERSON_CUES.contains(TextNormalizer.key(w));
    }
    boolean dialogue = end < text.length() && text.charAt(end) == ':' && lineStart(text, first.start());
    if (title) {
      score += 0.35;
    } else if (cue || dialogue) {
      score += 0.25;
    }
    if (lexicon) {
      // a KB's person names are strong evidence; a word in the built-in lists is weaker, and must not outrank the
      // name tagger's reading of the context (0.85) on its own
      score += lists == null ? 0.3 : 0.2;
    }
    if (first.is(Token.SENTENCE_START) && words == 1 && !title && !cue) {
      score -= 0.2;
    }
    if (!title && !cue && !lexicon && PLACE_CUES.contains(prev)) {
      out.add(new Detection(PiiTypes.LOCATION, first.start(), end, lists == null || listedPlace ? 0.55 : UNSUPPORTED,
          name()));
      return;
    }
    if (lists != null && !title && !cue && !dialogue && !lexicon) {
      score = Math.min(score, UNSUPPORTED);
    }
    out.add(new Detection(PiiTypes.PERSON, first.start(), end, Math.max(0, Math.min(1, score)), name()));
  }

  private static boolean lineStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c) && c != '>' && c != '-' && c != '*') {
        return false;
      }
    }
    return true;
  }

  private static boolean prevGapIsTitle(String text, int start) {
    int i = start - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.');
  }

  private boolean nameWord(Token t, String text) {
    if (!t.is(Token.CAPITALIZED) || !t.is(Token.CASED_SCRIPT) || t.is(Token.HAS_DIGIT) || t.end() - t.start() < 2) {
      return false;
    }
    return !common.contains(t.norm()) && !TITLES.contains(t.norm());
  }

  private static boolean initial(Token t, String text) {
    return t.end() - t.start() == 1 && Character.isUpperCase(text.charAt(t.start()));
  }

  /** Two tokens belong to one name when only a space, a hyphen or an initial's dot and a space separate them. */
  private static boolean joinable(String text, Token a, Token b) {
    String gap = text.substring(a.end(), b.start());
    return gap.equals(" ") || gap.equals("-") || gap.equals("'") || gap.equals("’")
        || (gap.equals(". ") && a.end() - a.start() == 1);
  }

  /** Normalized name parts of a list of person names ("Ada Lovelace" gives "ada", "lovelace"). */
  public static Set<String> nameParts(Iterable<String> personNames) {
    Set<String> parts = new HashSet<>();
    for (String n : personNames) {
      for (Token t : TextNormalizer.tokenize(n)) {
        if (t.end() - t.start() > 1 && !t.is(Token.HAS_DIGIT)) {
          parts.add(t.norm().toLowerCase(Locale.ROOT));
        }
      }
    }
    return parts;
  }
}
