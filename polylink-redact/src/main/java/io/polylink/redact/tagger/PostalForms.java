package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import io.polylink.redact.recognize.MatchStarts;
import java.util.List;

/**
 * Address forms without a street name: post office boxes ("P.O. Box 149") and US military addresses ("USNS
 * Bergman", "PSC 4115, Box 7815", "FPO AP 93757"). A name the tagger saw inside one ("P.O." as a company) gives way.
 */
final class PostalForms implements NameRepair {

  static final java.util.regex.Pattern POSTAL = java.util.regex.Pattern.compile(
      "\\b(?:P\\.[ \\t]?O\\.|PO|Post[ \\t]+Office)[ \\t]*Box[ \\t]+\\d{1,6}\\b"
          + "|\\b(?:USNS|USNV|USS|USCGC)[ \\t]+\\p{Lu}\\p{L}+(?:[ \\t]+\\p{Lu}\\p{L}+)?"
          + "|\\b(?:PSC|CMR|Unit)[ \\t]+\\d{3,5},?[ \\t]+Box[ \\t]+\\d{1,5}\\b"
          + "|\\b(?:FPO|APO|DPO)[ \\t]+(?:AA|AE|AP)[ \\t]+\\d{5}\\b");

  /** Where a postal form may start: each begins with one of these letters ("P.O.", "USNS", "CMR", "FPO", ...). */
  static final MatchStarts.Start POSTAL_START = (t, i) -> "PUCFAD".indexOf(t.charAt(i)) >= 0;

  @Override
  public List<Detection> apply(TaggedText t, List<Detection> found) {
    String text = t.text();
    if (!text.contains("Box") && !text.contains("US") && !text.contains("PO ")) {
      return found; // every form holds one of these
    }
    java.util.regex.Matcher m = POSTAL.matcher(text);
    SortedDetections all = null;
    while (MatchStarts.find(m, text, POSTAL_START)) {
      all = all == null ? new SortedDetections(found) : all;
      all.removeOverlapping(m.start(), m.end(), d -> !d.type().equals(PiiTypes.STREET_ADDRESS));
      all.add(t.detection(PiiTypes.STREET_ADDRESS, m.start(), m.end(), NameTaggerRecognizer.ADDRESS_SCORE));
    }
    return all == null ? found : all.result();
  }
}
