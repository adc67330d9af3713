package io.polylink.redact.recognize;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import io.polylink.redact.Recognizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persons named after a title or form of address, in the languages other than English that the built-ins serve
 * ("M. R. Ryssdal", "Mme Anne-Marie Andersson", "Sra. García López", "Herr Dr. Müller", "Pani Kowalska"): the title,
 * initials, capitalized words and name particles ("de", "van") after it. The title is part of the span: it says the
 * person's sex and, with a family name, often identifies them. A name whose title is a lawyer's ("Me", "Avv.") or
 * near a legal role word ("juge", "greffier", "abogado", "Richter") is a {@value #LEGAL_PROFESSIONAL}, which a policy
 * can keep or redact apart from other persons. English text has its own name detector and tagger.
 */
public final class CueNameRecognizer implements Recognizer {

  /** Judges, lawyers, registrars and agents of a court case. */
  public static final String LEGAL_PROFESSIONAL = PiiTypes.LEGAL_PROFESSIONAL;

  /** The languages its titles and role words are written for. */
  public static final Set<String> LANGUAGES = Set.of("fr", "es", "de", "it", "pt", "nl", "pl", "sv", "ca", "ru");

  private static final String TITLES = String.join("|",
      // fr
      "MM\\.", "M\\.", "Mmes", "Mme", "Mlles", "Mlle", "Me", "Maître", "Pr\\.", "Dr", "Dre",
      // es, pt, ca
      "Sres\\.", "Sras\\.", "Sr\\.", "Sra\\.", "Srta\\.", "D\\.ª", "Dña\\.", "Dª", "Don", "Doña", "Dona", "Dr\\.",
      "Dra\\.", "Excmo\\.", "Excma\\.", "Ilmo\\.", "Ilma\\.", "Letrado", "Letrada",
      // de
      "Herr", "Herrn", "Frau", "Hr\\.", "Fr\\.", "Prof\\.",
      // it
      "Sig\\.ra", "Sig\\.na", "Sig\\.", "Sigg\\.", "Dott\\.ssa", "Dott\\.", "Avv\\.", "On\\.",
      // nl
      "Dhr\\.", "Mevr\\.", "Mr\\.", "mr\\.",
      // pl
      "Pan", "Pani", "Panu", "Panem", "Panią", "Państwo", "dr",
      // sv
      "Fru", "Fröken",
      // ru
      "г-н", "г-жа", "Г-н", "Г-жа", "господин", "госпожа", "Господин", "Госпожа",
      // titles of any language in court reports
      "Sir", "Lord", "Lady", "Dame");

  private static final String NAME_WORD = "(?!(?:Sra?|Sres|Sras|Srta|Mmes?|Mlles?|MM|Dr|Dra|Herr|Frau|Don|Doña|Dona|Sir|Me|Pan|Pani)"
      + "(?![\\p{L}]))(?!\\p{Lu}\\.)\\p{Lu}[\\p{Ll}\\p{Lu}'’]*(?:-\\p{Lu}[\\p{Ll}\\p{Lu}'’]*)*";
  private static final String INITIAL = "\\p{Lu}\\.(?:-?\\p{Lu}\\.)*";
  private static final String PARTICLE = "(?:de|del|della|des|du|da|di|do|dos|das|van|von|der|den|ter|ten|la|le|af|zu)";
  private static final String AND = "(?:et|y|e|und|en|i|och|and|ou|o|oder)";
  /**
   * A name after its title: initials, particles and capitalized words, initials also between the words ("Steven O.
   * Omojudi"); or initials alone, as reports that withhold a name write it ("M. S.", "M. et Mme T.").
   */
  private static final String FULL_NAME = "(?:(?:(?:" + INITIAL + "|" + PARTICLE + ")\\s*)*" + NAME_WORD
      + "(?:\\s+(?:" + PARTICLE + "\\s+)*(?:" + INITIAL + "\\s*)*" + NAME_WORD + "){0,3}|" + INITIAL + "(?:\\s*"
      + INITIAL + ")*)";
  /**
   * Title (or two joined: "M. et Mme"), then (after a space, or glued to an initial) the name; after a plural title
   * ("MM.", "Mmes", "Sres.") further names joined by commas and "et"/"y"/"und".
   */
  private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}.])(?:(?:" + TITLES + ")\\s+(?:" + AND
      + "\\s+)?)?(" + TITLES + ")(?:\\s+|(?=" + INITIAL + "))(" + FULL_NAME + ")(?![\\p{L}\\p{N}])");
  private static final Set<String> PLURAL_TITLES = Set.of("mm.", "mmes", "mlles", "sres.", "sras.", "sigg.",
      "państwo");
  private static final Pattern NEXT_NAME = Pattern.compile("\\G(?:\\s*,\\s*|\\s+" + AND + "\\s+)(" + FULL_NAME
      + ")(?![\\p{L}\\p{N}])");
  private static final WordStarts TITLE_STARTS = WordStarts.ofAlternation(TITLES);
  private static final String ROLE_WORDS = "juge|greffier|greffière|avocat|avocate|"
      + "juez|jueza|magistrado|magistrada|abogado|abogada|letrado|letrada|Richter|Richterin|Rechtsanwalt|Rechtsanwältin|"
      + "giudice|avvocato|avvocata|juiz|juíza|advogado|advogada|rechter|advocaat|sędzia|adwokat|domare|advokat|судья|адвокат";
  private static final WordStarts ROLE_STARTS = WordStarts.ofAlternation(ROLE_WORDS);
  /** A role noun, then a name ("le juge Clarke", "el juez García"): the name alone is the span. */
  private static final Pattern ROLE_NAME = Pattern.compile("(?<![\\p{L}])(?:" + ROLE_WORDS + ")\\s+("
      + NAME_WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)*" + NAME_WORD + "){0,2})(?![\\p{L}\\p{N}])");

  private static final Set<String> LAWYER_TITLES = Set.of("me", "maître", "avv.", "letrado", "letrada");
  private static final Set<String> ROLES = Set.of("juge", "juges", "président", "présidente", "vice-président",
      "greffier", "greffière", "greffe", "avocat", "avocate", "avocats", "conseil", "conseils", "agent", "agente",
      "délégué", "déléguée", "juez", "jueza", "jueces", "presidente", "presidenta", "secretario", "secretaria",
      "abogado", "abogada", "abogados", "letrado", "letrada", "magistrado", "magistrada", "fiscal", "procurador",
      "procuradora", "richter", "richterin", "rechtsanwalt", "rechtsanwältin", "anwalt", "anwältin", "präsident",
      "präsidentin", "kanzler", "giudice", "giudici", "avvocato", "avvocata", "cancelliere", "advogado", "advogada",
      "juiz", "juíza", "juízes", "escrivão", "rechter", "rechters", "advocaat", "griffier", "sędzia", "sędziowie",
      "adwokat", "prokurator", "domare", "advokat", "ordförande", "notaire", "notario", "notar", "notaio", "судья",
      "адвокат", "прокурор", "секретарь", "председатель",
      // acting for a party ("représentée par", "representado por su agente"), counsel and advisers, a court's members
      "représenté", "représentée", "représentés", "représentées", "representado", "representada", "representados",
      "representadas", "vertreten", "rappresentato", "rappresentata", "reprezentowany", "reprezentowana", "företrädd",
      "vertegenwoordigd", "agents", "agentes", "juriste", "juristes", "conseiller", "conseillère", "conseillers",
      "asesor", "asesora", "consejero", "consejera", "jurista", "membres", "miembros", "представитель");
  /** Words a role may stand before without ending the look-back: articles, and list openers ("à savoir"). */
  private static final Set<String> SEE_THROUGH = Set.of("le", "la", "les", "l", "el", "los", "las", "der", "die",
      "il", "lo", "o", "a", "os", "as", "het", "à", "savoir", "saber", "namely", "nämlich", "cioè");
  /** Prepositions that make the name the complement of the noun before them. */
  private static final Set<String> OF = Set.of("de", "du", "des", "del", "of", "von", "di", "do", "da", "dos", "das",
      "van", "od");
  private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l", "el", "los", "las", "the", "der", "die",
      "das", "den", "dem", "il", "lo", "gli", "os", "as");
  private static final Set<String> PREPOSITIONS = Set.of("au", "aux", "à", "a", "al", "ao", "par", "pour", "avec",
      "chez", "sans", "para", "por", "con", "sin", "del", "du", "des", "de", "to", "for", "with", "by", "zum", "zur",
      "bei", "mit", "vom", "von", "per", "dal", "dem", "an");
  /** Separators of an enumeration whose names share a role: "M. B. Walsh, M. R. Macdonald et M. J. Casadevall". */
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|,?\\s+" + AND + ")\\s+");
  private static final Pattern TITLE_ONLY = Pattern.compile("(?:" + TITLES + "|Mrs?\\.?|Ms\\.?|Messrs\\.?)");
  private static final Pattern CONJUNCTION = Pattern.compile("\\s+" + AND + "\\s+");

  /**
   * True when {@code text} is a title or form of address alone ("M.", "Mme", "Sr.", "Herr", "Mr"): a span of no
   * name, such as the first half of "M. et Mme Robins".
   */
  public static boolean isTitleOnly(CharSequence text) {
    return TITLE_ONLY.matcher(text).matches();
  }

  /** True when {@code text} is a conjunction between spaces (" et ", " y ", " und ", " and "). */
  public static boolean isConjunction(CharSequence text) {
    return CONJUNCTION.matcher(text).matches();
  }

  @Override
  public String name() {
    return "cue-names";
  }

  @Override
  public Set<String> types() {
    return Set.of(PiiTypes.PERSON, LEGAL_PROFESSIONAL);
  }

  @Override
  public Set<String> languages() {
    return LANGUAGES;
  }

  @Override
  public void recognize(String text, String language, List<Detection> out) {
    int first = out.size();
    Matcher m = TITLE_STARTS.matcher(NAME, text);
    int from = 0;
    int lastEnd = -1;
    boolean lastLegal = false;
    while (TITLE_STARTS.next(m, text, from)) {
      String title = m.group(1).toLowerCase(Locale.ROOT);
      // a name listed right after a legal professional's shares the role: the members of a chamber, a party's counsel
      boolean listed = lastLegal && lastEnd >= 0 && lastEnd <= m.start()
          && LIST_SEPARATOR.matcher(text).region(lastEnd, m.start()).matches();
      boolean legal = listed || LAWYER_TITLES.contains(title) || roleNear(text, m.start(), m.end());
      String type = legal ? LEGAL_PROFESSIONAL : PiiTypes.PERSON;
      lastLegal = legal;
      out.add(new Detection(type, m.start(), m.end(2), 0.85, name()));
      from = Math.max(m.end(2), m.start() + 1);
      if (PLURAL_TITLES.contains(title)) {
        Matcher n = NEXT_NAME.matcher(text);
        n.region(from, text.length());
        n.useTransparentBounds(true);
        n.useAnchoringBounds(false);
        while (n.find()) {
          out.add(new Detection(type, n.start(1), n.end(1), 0.85, name()));
          from = n.end(1);
          n.region(from, text.length());
        }
      }
      lastEnd = from;
    }
    Matcher r = ROLE_STARTS.matcher(ROLE_NAME, text);
    int at = 0;
    while (ROLE_STARTS.next(r, text, at)) {
      out.add(new Detection(LEGAL_PROFESSIONAL, r.start(1), r.end(1), 0.8, name()));
      at = r.end();
    }
    sameRoleThroughout(text, out, first);
  }

  /**
   * A name typed {@value #LEGAL_PROFESSIONAL} once keeps the role wherever else the text names it, by the same family
   * name: "M. R. Ryssdal, président de la Cour" makes the later "M. Ryssdal a consulté" a legal professional too.
   */
  private static void sameRoleThroughout(String text, List<Detection> out, int first) {
    Set<String> legal = new HashSet<>();
    for (int i = first; i < out.size(); i++) {
      if (out.get(i).type().equals(LEGAL_PROFESSIONAL)) {
        legal.add(familyName(text, out.get(i)));
      }
    }
    legal.remove("");
    if (legal.isEmpty()) {
      return;
    }
    for (int i = first; i < out.size(); i++) {
      Detection d = out.get(i);
      if (d.type().equals(PiiTypes.PERSON) && legal.contains(familyName(text, d))) {
        out.set(i, new Detection(LEGAL_PROFESSIONAL, d.start(), d.end(), d.score(), d.recognizer()));
      }
    }
  }

  /** The last word of two letters or more in the span, lower-cased ("ryssdal"); "" when it has none. */
  private static String familyName(String text, Detection d) {
    int e = d.end();
    while (e > d.start()) {
      int s = e;
      while (s > d.start() && Character.isLetter(text.charAt(s - 1))) {
        s--;
      }
      if (e - s >= 2) {
        return text.substring(s, e).toLowerCase(Locale.ROOT);
      }
      e = s - 1;
    }
    return "";
  }

  /** True when the word before {@code at}, past articles, is a preposition ("au greffier", "a la jueza"). */
  private static boolean afterPreposition(String text, int at) {
    int i = at;
    for (int w = 0; w < 3; w++) {
      while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’')) {
        i--;
      }
      int e = i;
      while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
        i--;
      }
      if (i == e) {
        return false;
      }
      String word = text.substring(i, e).toLowerCase(Locale.ROOT);
      if (PREPOSITIONS.contains(word)) {
        return true;
      }
      if (!ARTICLES.contains(word)) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when a legal role word stands in the four words before [start, end) ("représentée par Me X", "le juge élu
   * M. X"), looking through an apposition's comma right before the name and the article after it ("su agente, la
   * Sra. X", "le président de la chambre, M. X") and through a list opener ("membres, à savoir M. X"), stopping at
   * any other comma or a sentence end; or in the seven words after a comma that follows it, across the commas of an
   * apposition ("M. X, juge élu", "Mme Y, directeur au ministère des Affaires étrangères, agent"), stopping at a
   * sentence end, a semicolon, a colon or a parenthesis.
   */
  static boolean roleNear(String text, int start, int end) {
    int i = start;
    boolean onlySeeThrough = true;
    boolean crossed = false;
    for (int w = 0; w < 4; ) {
      while (i > 0 && text.charAt(i - 1) == ' ') {
        i--;
      }
      if (i > 0 && text.charAt(i - 1) == ',' && onlySeeThrough && !crossed) {
        crossed = true;
        i--;
        continue;
      }
      int e = i;
      while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
        i--;
      }
      if (i == e) {
        break;
      }
      String word = text.substring(i, e).toLowerCase(Locale.ROOT);
      if (ROLES.contains(word)) {
        // across the comma only an apposition ("le président de la chambre, M. X"), not an opening phrase that ends
        // in a role ("dans sa lettre au greffier, M. X")
        return !crossed || !afterPreposition(text, i);
      }
      if (w == 0 && !crossed && OF.contains(word)) {
        break; // "l'avocat de M. X": X is the client, not the lawyer
      }
      if (i > 0 && (text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’')) {
        i--; // l'agent
      }
      if (SEE_THROUGH.contains(word)) {
        continue; // articles and list openers do not count as words
      }
      onlySeeThrough = false;
      w++;
    }
    int j = end;
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    if (j >= text.length() || text.charAt(j) != ',') {
      return false;
    }
    for (int w = 0; w < 7 && j < text.length(); ) {
      char c = text.charAt(j);
      if (c == ' ' || c == ',' || c == '\'' || c == '’') {
        j++;
        continue;
      }
      int s = j;
      while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
        j++;
      }
      if (j == s) {
        break; // a sentence end, semicolon, colon, parenthesis or digit
      }
      if (ROLES.contains(text.substring(s, j).toLowerCase(Locale.ROOT))) {
        return true;
      }
      w++;
    }
    return false;
  }
}
