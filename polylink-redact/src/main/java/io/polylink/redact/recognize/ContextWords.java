package io.polylink.redact.recognize;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words before a detection that make it more or less likely to be what its type says: "tel." before a number raises
 * a phone, "born in" raises a year, "page" or "invoice" lowers a number. A positive word among the {@link #WINDOW}
 * words before the detection adds {@link #BOOST}; a negative one subtracts {@link #PENALTY}.
 */
public final class ContextWords {

  /** Words looked at before a detection. */
  public static final int WINDOW = 4;
  /** Score added by a positive context word (Presidio's context enhancer adds the same). */
  public static final double BOOST = 0.35;
  /** Score taken away by a negative context word. */
  public static final double PENALTY = 0.3;

  private final Map<String, Set<String>> positive;
  private final Map<String, Set<String>> negative;

  private ContextWords(Map<String, Set<String>> positive, Map<String, Set<String>> negative) {
    this.positive = Map.copyOf(positive);
    this.negative = Map.copyOf(negative);
  }

  /** The built-in English, Spanish, French, German and Italian context words. */
  public static ContextWords defaults() {
    Map<String, Set<String>> pos = new HashMap<>();
    pos.put(PiiTypes.PHONE_NUMBER, Set.of("phone", "tel", "telephone", "mobile", "cell", "call", "fax", "contact",
        "number", "teléfono", "telefono", "móvil", "movil", "tlf", "téléphone", "portable", "telefon", "handy",
        "cellulare", "whatsapp"));
    pos.put(PiiTypes.CREDIT_CARD, Set.of("card", "credit", "debit", "visa", "mastercard", "amex", "tarjeta",
        "carte", "karte", "kreditkarte", "carta"));
    pos.put(PiiTypes.US_SSN, Set.of("ssn", "social", "security", "ssns"));
    pos.put(PiiTypes.DE_TAX_ID, Set.of("steuer", "steuerid", "idnr", "steuernummer", "identifikationsnummer", "tin",
        "tax"));
    pos.put(PiiTypes.DATE_TIME, Set.of("born", "birth", "date", "dob", "year", "since", "in", "on", "until", "from",
        "fecha", "nacimiento", "año", "né", "née", "geboren", "datum", "nato", "nata", "data"));
    pos.put(PiiTypes.IBAN_CODE, Set.of("iban", "account", "bank", "cuenta", "compte", "konto"));
    pos.put(PiiTypes.NL_BSN, Set.of("bsn", "burgerservicenummer", "sofinummer", "sofi"));
    pos.put(PiiTypes.PT_NIF, Set.of("nif", "contribuinte", "fiscal"));
    pos.put(PiiTypes.PL_PESEL, Set.of("pesel"));
    pos.put(PiiTypes.BE_NATIONAL_NUMBER, Set.of("rijksregisternummer", "rijksregister", "registre", "national",
        "nationaal", "insz", "niss", "nationalregisternummer"));
    pos.put(PiiTypes.SE_PERSONNUMMER, Set.of("personnummer", "personnr", "samordningsnummer"));
    pos.put(PiiTypes.UK_NINO, Set.of("national", "insurance", "nino", "ni"));
    Map<String, Set<String>> neg = new HashMap<>();
    neg.put(PiiTypes.PHONE_NUMBER, Set.of("page", "invoice", "order", "isbn", "version", "ref"));
    neg.put(PiiTypes.DATE_TIME, Set.of("page", "pages", "room", "no", "number", "version", "chapter"));
    return new ContextWords(pos, neg);
  }

  /** The detection with its score raised or lowered by the words before it in {@code text}. */
  public Detection apply(String text, Detection d) {
    if (d.type().equals(PiiTypes.PERSON) && organizationContext(text, d.start(), d.end())) {
      d = new Detection(PiiTypes.ORGANIZATION, d.start(), d.end(), d.score(), d.recognizer());
    } else if (d.type().equals(PiiTypes.ORGANIZATION) && personContext(text, d.start())) {
      d = new Detection(PiiTypes.PERSON, d.start(), d.end(), d.score(), d.recognizer());
    }
    if ((d.type().equals(PiiTypes.PERSON) || d.type().equals(PiiTypes.ORGANIZATION))
        && placeContext(text, d.start())) {
      d = new Detection(PiiTypes.LOCATION, d.start(), d.end(), d.score(), d.recognizer());
    }
    Set<String> pos = positive.get(d.type());
    Set<String> neg = negative.get(d.type());
    if (pos == null && neg == null) {
      return d;
    }
    double score = d.score();
    boolean raised = false;
    boolean lowered = false;
    for (String w : wordsBefore(text, d.start(), WINDOW)) {
      if (!raised && pos != null && pos.contains(w)) {
        score += BOOST;
        raised = true;
      }
      if (!lowered && neg != null && neg.contains(w)) {
        score -= PENALTY;
        lowered = true;
      }
    }
    return score == d.score() ? d : d.withScore(score);
  }

  /** "... is a design agency", "... was the first bank": what follows names an organization. */
  private static final java.util.regex.Pattern ORG_AFTER = java.util.regex.Pattern.compile(
      "\\A\\s*,?\\s*(?:is|was|has been|became)\\s+(?:a|an|the|one of the)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
          + "(?:company|companies|agency|firm|start-?up|business|corporation|brand|bank|manufacturer|retailer|provider"
          + "|organi[sz]ation|non-?profit|charity|publisher|studio|consultancy|chain|platform|insurer|airline"
          + "|subsidiary|conglomerate|label|fund|employer|brainchild)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /** "works at ...", "CEO of ...", "a spokesperson for ...": what comes next is an employer or a firm. */
  private static final java.util.regex.Pattern ORG_BEFORE = java.util.regex.Pattern.compile(
      "(?:\\b(?:works?|worked|working|employed|job|internship)\\s+(?:at|for|by)"
          + "|\\b(?:ceo|cto|cfo|chairman|chairwoman|founder|co-?founder|shares|subsidiary|customer|customers|client"
          + "|headquarters|employees|staff)\\s+(?:of|at|in)"
          + "|\\b(?:spokesperson|spokesman|spokeswoman)\\s+for|\\bacquired\\s+by)\\s*\\z",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * Whether the words around a name say it is an organization ("works at Telenav", "Telenav is a design agency",
   * "the Telenav office"):
   * capitalized names of firms and of persons look alike, their context does not.
   */
  public static boolean organizationContext(String text, int start, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 80));
    if (ORG_AFTER.matcher(after).find()) {
      return true;
    }
    String last = lastWord(text, start);
    // the patterns before a name end in one of a few words: cheaper to look at that word than to run them
    boolean orgLast = ORG_LAST.contains(last);
    boolean theLast = last.equals("the");
    if (!orgLast && !theLast) {
      return false;
    }
    String before = text.substring(Math.max(0, start - 40), start);
    return orgLast && ORG_BEFORE.matcher(before).find()
        || theLast && THE.matcher(before).find() && OFFICE_AFTER.matcher(after).find();
  }

  /** {@link #organizationContext} by its patterns alone: the reference its shortcut must agree with (tests). */
  static boolean organizationContextByPatterns(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 40), start);
    String after = text.substring(end, Math.min(text.length(), end + 80));
    return ORG_BEFORE.matcher(before).find() || ORG_AFTER.matcher(after).find()
        || THE.matcher(before).find() && OFFICE_AFTER.matcher(after).find();
  }

  /** {@link #placeContext} by its pattern alone (tests). */
  static boolean placeContextByPattern(String text, int start) {
    return PLACE_BEFORE.matcher(text.substring(Math.max(0, start - 48), start)).find();
  }

  /** The words that {@link #ORG_BEFORE} and {@link #PLACE_BEFORE} end with. */
  private static final Set<String> ORG_LAST = Set.of("at", "for", "by", "of", "in");
  private static final Set<String> PLACE_LAST = Set.of("in", "from", "to", "into", "at", "of");

  /**
   * The letters right before {@code at} (after any whitespace), folded as the patterns' case-insensitive Unicode
   * matching folds chars; "" when there are none or more than six.
   */
  static String lastWord(String text, int at) {
    int e = at;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1)) && e - b <= 6) {
      b--;
    }
    if (b == e || e - b > 6) {
      return "";
    }
    StringBuilder sb = new StringBuilder(e - b);
    for (int i = b; i < e; i++) {
      sb.append(MatchStarts.fold(text.charAt(i)));
    }
    return sb.toString();
  }

  /**
   * "founded by ...", "our founders: ...", "directed by ...", "follow up with ...": what comes next are people, and
   * so are the later names of a list that follows ("founders: Rudi, Jackson and ...").
   */
  private static final java.util.regex.Pattern PERSON_BEFORE = java.util.regex.Pattern.compile(
      "\\b(?:founders?|co-?founders?|(?:founded|co-?founded|written|directed|invented|created|painted|composed"
          + "|narrated)\\s+by|starring"
          + "|(?:speak|spoke|speaking|talk|talked|talking|chat|chatted|meet|met|meeting|follow(?:ed)?\\s+up"
          + "|catch\\s+up|caught\\s+up|check\\s+in)\\s+(?:to|with))\\s*:?\\s*"
          + "(?-i:\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*)?\\s*,\\s*){0,4}\\z",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * Whether the words before a name say that people follow ("our 3 founders: Kónya, Becker and Vasquez"), also
   * for a later name of such a list ("Jackson" in "founders: Rudi, Jackson and Campos"): a list of family names
   * looks like a firm's name ("Garcia, Jones and Wilson"), the words before it do not.
   */
  public static boolean personContext(String text, int start) {
    return PERSON_BEFORE.matcher(text.substring(Math.max(0, start - 80), start)).find();
  }

  /** "born in ...", "originally from ...", "moved here from ...", "a trip to ...": what comes next is a place. */
  private static final java.util.regex.Pattern PLACE_BEFORE = java.util.regex.Pattern.compile(
      "(?:\\b(?:originally|born|raised|grew\\s+up|lives?|lived|living|resides?|resided|residing|located|situated"
          + "|based|settled|stationed|(?:e|im)migrated|moved|moving|relocated|relocating|hails?|hailing"
          + "|arrived|arriving|arrives|landed|travel(?:l)?ed|travel(?:l)?ing|flew|flying|drove|headed|heading)"
          + "(?:\\s+(?:here|there|back|away|over|out|all\\s+the\\s+way)){0,2}\\s+(?:in|from|to|into)"
          + "|\\b(?:arrived|arriving|arrives|landed|landing)\\s+at"
          + "|\\b(?:trip|journey|flight|flights|holiday|vacation|visit|visits|visiting|visited|tour)\\s+(?:to|in)"
          + "|\\b(?:citizen|citizens|native|natives|resident|residents|capital|outskirts|suburbs)\\s+of"
          + "|\\b(?:city|town|village|province|county|region|state|island|republic|kingdom)\\s+of)\\s*\\z",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * Whether the words before a name say it is a place ("originally from Marindia", "moved here from Greenland",
   * "born in Lendava"): an unknown town looks like a firm or a family name, the words before it do not.
   */
  public static boolean placeContext(String text, int start) {
    return PLACE_LAST.contains(lastWord(text, start))
        && PLACE_BEFORE.matcher(text.substring(Math.max(0, start - 48), start)).find();
  }

  /** "the X office": see {@link #organizationContext}. */
  private static final java.util.regex.Pattern THE = java.util.regex.Pattern.compile("\\b[Tt]he\\s+\\z");
  private static final java.util.regex.Pattern OFFICE_AFTER = java.util.regex.Pattern.compile(
      "\\A\\s+(?:office|offices|headquarters|team|store|stores|branch|factory|website|staff|board)\\b");

  /** Up to {@code n} lower-cased letter words before {@code at}, nearest first, not crossing a blank line. */
  static List<String> wordsBefore(String text, int at, int n) {
    java.util.ArrayList<String> words = new java.util.ArrayList<>(n);
    int i = at - 1;
    int floor = Math.max(0, at - 80);
    while (i >= floor && words.size() < n) {
      while (i >= floor && !Character.isLetter(text.charAt(i))) {
        if (text.charAt(i) == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
          return words;
        }
        i--;
      }
      int end = i + 1;
      while (i >= floor && Character.isLetter(text.charAt(i))) {
        i--;
      }
      if (end > i + 1) {
        words.add(text.substring(i + 1, end).toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }
}
