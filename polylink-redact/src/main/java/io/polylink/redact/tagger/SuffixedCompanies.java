package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import io.polylink.redact.recognize.MatchStarts;
import java.util.ArrayList;
import java.util.List;

/**
 * A company named by its legal form, in any case ("Galorath Incorporated", "stillwater supercomputing inc."): up
 * to four words before the form, not crossing a function word, punctuation or a line end; leading ordinary
 * English words go ("Contact Acme Inc." is "Acme Inc."), and one word must remain. It replaces a person or a
 * shorter company the tagger saw there.
 */
final class SuffixedCompanies implements NameRepair {

  /** Legal forms that end a company's name ("Inc.", "Incorporated", "GmbH", "S.A."), matched without case. */
  static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile(
      "(?i)(?<=[\\p{L}\\p{N}])[ \\t]+(?:inc\\.?|incorporated|llc|l\\.l\\.c\\.|llp|ltd\\.?|limited|corp\\.?|corporation"
          + "|plc|gmbh|s\\.a\\.|s\\.p\\.a\\.|sarl|b\\.v\\.|n\\.v\\.|pty\\.?[ \\t]+ltd\\.?|ltda\\.?|oyj?|a/s)"
          + "(?![\\p{L}\\p{N}])");

  /** Where a legal form's match may start: at the blank before it. */
  static final MatchStarts.Start LEGAL_FORM_START = (t, i) -> t.charAt(i) == ' ' || t.charAt(i) == '\t';

  /** A name word before a legal form: letters, digits, inner hyphens, apostrophes or an ampersand. */
  private static final java.util.regex.Pattern NAME_WORD = java.util.regex.Pattern.compile(
      "[\\p{L}\\p{N}][\\p{L}\\p{N}'’&-]*");

  @Override
  public List<Detection> apply(TaggedText t, List<Detection> found) {
    String text = t.text();
    java.util.regex.Matcher m = LEGAL_FORM.matcher(text);
    SortedDetections all = null;
    while (MatchStarts.find(m, text, LEGAL_FORM_START)) {
      List<int[]> words = new ArrayList<>();
      int at = m.start();
      while (words.size() < 4 && at > 0) {
        int e = at;
        int b = e;
        while (b > 0 && (Character.isLetterOrDigit(text.charAt(b - 1)) || "'’&-".indexOf(text.charAt(b - 1)) >= 0)) {
          b--;
        }
        if (b == e || !NAME_WORD.matcher(text.substring(b, e)).matches()
            || Gazetteer.STOP.contains(text.substring(b, e).toLowerCase(java.util.Locale.ROOT))
            || text.substring(b, e).chars().allMatch(Character::isDigit)) {
          break;
        }
        words.add(0, new int[] {b, e});
        if (b == 0 || text.charAt(b - 1) != ' ') {
          break;
        }
        at = b - 1;
      }
      while (!words.isEmpty() && EnglishWords.onlyLowerCase(text.substring(words.get(0)[0], words.get(0)[1]))) {
        words.remove(0);
      }
      if (words.isEmpty()) {
        continue;
      }
      int s = words.get(0)[0];
      int e = m.end();
      all = all == null ? new SortedDetections(found) : all;
      if (all.overlapping(s, e).stream().anyMatch(d -> d.type().equals(PiiTypes.ORGANIZATION) && d.start() <= s
          && e <= d.end())) {
        continue;
      }
      all.removeOverlapping(s, e, d -> d.type().equals(PiiTypes.PERSON) || d.type().equals(PiiTypes.ORGANIZATION));
      all.add(t.detection(PiiTypes.ORGANIZATION, s, e, NameTaggerRecognizer.OFFICE_SCORE));
    }
    return all == null ? found : all.result();
  }
}
