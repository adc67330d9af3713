package io.polylink.redact.tagger;

import io.polylink.redact.PiiTypes;

/**
 * An empty span, a lone letter ("E" of "E-mail"), a lone function word ("It"), a form of address alone ("Sir"), an
 * identifier's label ("IBAN"), the first half of a contraction ("Don" of "Don't") or a run of more digits than
 * letters (an identifier) names nobody and is dropped.
 */
final class NotNames implements SpanRepair {

  /** Forms of address that name nobody when they stand alone. */
  private static final java.util.Set<String> HONORIFICS = java.util.Set.of("sir", "madam", "madame", "miss", "mister",
      "mr", "mrs", "ms", "mx", "dr", "doctor", "ma'am", "sire", "lady", "lord", "señor", "señora", "monsieur", "herr",
      "frau");

  /** Labels of identifiers ("IBAN DE89 ...", "SSN: ..."): a word the tagger takes for a name when it stands alone. */
  private static final java.util.Set<String> IDENTIFIER_LABELS = java.util.Set.of("iban", "bic", "swift", "ssn",
      "nino", "nif", "nie", "dni", "vat", "pin", "cvv", "cvc", "tel", "fax", "email", "e-mail", "url", "ip", "dob",
      "mrn", "id", "passport", "ein", "tin", "itin");

  @Override
  public Span apply(TaggedText t, Span s) {
    return s.end() <= s.start() || notAName(t.text(), s.start(), s.end(), s.tagged()) ? null : s;
  }

  static boolean notAName(String text, int start, int end, String type) {
    if (type.equals(PiiTypes.STREET_ADDRESS)) {
      return false;
    }
    String lower = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    if (end - start == 1 || Gazetteer.STOP.contains(lower)) {
      return true; // "It", "The" alone
    }
    if (HONORIFICS.contains(lower)) {
      return true; // "Excuse me, Sir": a form of address without a name
    }
    String span = text.substring(start, end);
    int space = span.indexOf(' ');
    String first = space < 0 ? span : span.substring(0, space);
    if (IDENTIFIER_LABELS.contains(first.toLowerCase(java.util.Locale.ROOT))
        && (space < 0 || first.equals(first.toUpperCase(java.util.Locale.ROOT)))) {
      return true; // "IBAN DE89 3704 ...": the label of the number that follows, alone or with its start
    }
    if (span.chars().filter(Character::isDigit).count() > span.chars().filter(Character::isLetter).count()) {
      return true; // an identifier ("U62928788557186"), not a name
    }
    return text.startsWith("'t", end) || text.startsWith("’t", end);
  }
}
