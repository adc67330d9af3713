package io.polylink.redact;

import io.polylink.link.lang.LanguageIdentifier;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language that selects recognizers when the caller gives none: firm evidence only, since a wrong guess switches
 * recognizers off. Function words decide for the languages the built-ins serve (a short English text full of foreign
 * names stays English: the n-gram identifier reads "Mr. Pavlović flew to ..." as Polish); the identifier decides only
 * when it is confident (other scripts). "" when undecided: then every recognizer runs.
 */
final class DocumentLanguage {

  private DocumentLanguage() {}

  /** Function words a language uses constantly and the others rarely. */
  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "is", "was", "with", "for", "that", "this", "his", "her", "at", "on",
          "from", "by", "are", "were", "has", "have", "my", "me", "you", "your", "it", "in", "an", "be", "which"),
      "fr", Set.of("le", "la", "les", "des", "du", "et", "est", "une", "un", "dans", "que", "qui", "pour", "par",
          "sur", "au", "aux", "ne", "pas", "il", "elle", "été", "avait", "ce", "cette", "son", "sa", "ses", "à"),
      "es", Set.of("el", "los", "las", "del", "y", "es", "una", "en", "que", "por", "para", "con", "se", "su", "sus",
          "al", "lo", "como", "fue", "ha", "está", "este", "esta", "no", "le"),
      "de", Set.of("der", "die", "das", "und", "ist", "ein", "eine", "nicht", "mit", "von", "zu", "den", "dem", "des",
          "sich", "auf", "für", "im", "wurde", "auch", "nach", "bei", "aus"),
      "it", Set.of("il", "di", "che", "è", "della", "delle", "degli", "per", "non", "con", "gli", "una", "sono",
          "nel", "nella", "alla", "dal", "dei", "anche", "stato"),
      "pt", Set.of("o", "os", "as", "do", "da", "dos", "das", "não", "um", "uma", "com", "em", "no", "na", "para",
          "foi", "é", "ao", "pelo", "pela", "seu", "sua"),
      "nl", Set.of("het", "een", "van", "is", "niet", "met", "op", "voor", "zijn", "dat", "die", "werd",
          "ook", "bij", "aan", "naar", "uit"),
      "pl", Set.of("i", "w", "na", "z", "się", "nie", "do", "że", "jest", "jak", "przez", "od", "oraz", "to", "dla",
          "po", "był", "była"),
      "sv", Set.of("och", "att", "det", "som", "en", "är", "på", "för", "med", "av", "inte", "den", "till", "har",
          "var", "om", "jag", "ett"));

  /** Hits a language needs to be firm; it also needs one and a half times the runner-up's. */
  private static final int MIN_HITS = 3;

  /** Confidence the n-gram identifier needs where function words cannot decide. */
  static final double IDENTIFIER_CONFIDENCE = 0.8;

  /** How much text is read. */
  private static final int MAX_CHARS = 3000;

  /** The primary code of {@code text}'s language when the evidence is firm, else "". */
  static String of(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String head = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    Map<String, int[]> hits = new java.util.TreeMap<>();
    FUNCTION_WORDS.keySet().forEach(k -> hits.put(k, new int[1]));
    int i = 0;
    int n = head.length();
    while (i < n) {
      while (i < n && !Character.isLetter(head.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && Character.isLetter(head.charAt(i))) {
        i++;
      }
      if (i > s && i - s <= 6) {
        String w = head.substring(s, i).toLowerCase(Locale.ROOT);
        for (var e : FUNCTION_WORDS.entrySet()) {
          if (e.getValue().contains(w)) {
            hits.get(e.getKey())[0]++;
          }
        }
      }
    }
    String best = "";
    int bestHits = 0;
    int second = 0;
    for (var e : hits.entrySet()) {
      int h = e.getValue()[0];
      if (h > bestHits) {
        second = bestHits;
        bestHits = h;
        best = e.getKey();
      } else if (h > second) {
        second = h;
      }
    }
    if (bestHits >= MIN_HITS && 2 * bestHits >= 3 * second) {
      return best;
    }
    var r = LanguageIdentifier.create().identify(head);
    if (!r.language().isUndetermined() && r.confidence() >= IDENTIFIER_CONFIDENCE) {
      String p = r.language().primary();
      // Latin-script languages the function words cover are decided by them alone
      return FUNCTION_WORDS.containsKey(p) ? "" : p;
    }
    return "";
  }
}
