package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import io.polylink.redact.recognize.MatchStarts;
import java.util.List;

/**
 * A list of capitalized words joined by commas and a final "and" or "&" ("Barnett, Melton and Garcia", "Davis,
 * Reynolds and Williamson"), part of which the tagger read as an organization, names one firm (law and accounting
 * firms are named so); the parts it read as persons or places go into it. A list after words that announce people
 * ("our founders: Rudi, Jackson and Campos") is a list of persons, and a list of mostly listed place names
 * ("Madrid, Oslo and Hamburg") one of places: one detection each.
 */
final class CoordinatedFirms implements NameRepair {

  /** A capitalized word of such a list. */
  private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{M}'’-]+");

  /** Two to five capitalized words, comma-separated, the last after "and" or "&", on one line. */
  static final java.util.regex.Pattern COORDINATED = java.util.regex.Pattern.compile(
      "(?<![\\p{L}\\p{M}'’-])(?:\\p{Lu}[\\p{L}\\p{M}'’-]+,[ \t]+){1,4}\\p{Lu}[\\p{L}\\p{M}'’-]+,?[ \t]+(?:and|&)[ \t]+"
          + "\\p{Lu}[\\p{L}\\p{M}'’-]+(?![\\p{L}\\p{M}])");

  /** Where a list of capitalized words may start: at an upper-case letter. */
  static final MatchStarts.Start COORDINATED_START = (t, i) -> Character.isUpperCase(Character.codePointAt(t, i));

  @Override
  public List<Detection> apply(TaggedText t, List<Detection> found) {
    String text = t.text();
    if (text.indexOf(", ") < 0 || !(text.contains(" and ") || text.contains(" & "))) {
      return found; // the cheap test first: most texts hold no such list
    }
    java.util.regex.Matcher m = COORDINATED.matcher(text);
    SortedDetections all = null;
    while (MatchStarts.find(m, text, COORDINATED_START)) {
      all = all == null ? new SortedDetections(found) : all;
      List<Detection> parts = all.overlapping(m.start(), m.end());
      boolean people = io.polylink.redact.recognize.ContextWords.personContext(text, m.start());
      if (people || mostlyPlaces(t, m.group())) {
        String type = people ? PiiTypes.PERSON : PiiTypes.LOCATION;
        for (Detection d : parts) { // "founders: Ingrid, Bertrand and Osei", "Madrid, Oslo and Hamburg": one each
          if ((d.type().equals(PiiTypes.PERSON) || d.type().equals(PiiTypes.ORGANIZATION))
              && d.start() >= m.start() && d.end() <= m.end()) {
            all.removeOverlapping(d.start(), d.end(), x -> x == d);
            java.util.regex.Matcher w = LIST_ITEM.matcher(text).region(d.start(), d.end());
            while (w.find()) {
              all.add(t.detection(type, w.start(), w.end(), d.score()));
            }
          }
        }
        continue;
      }
      if (parts.stream().noneMatch(d -> d.type().equals(PiiTypes.ORGANIZATION))
          || parts.stream().anyMatch(d -> d.type().equals(PiiTypes.STREET_ADDRESS))) {
        continue;
      }
      int s = m.start();
      int e = m.end();
      double score = NameTaggerRecognizer.OFFICE_SCORE;
      for (Detection d : parts) {
        score = Math.max(score, d.score());
        s = Math.min(s, d.start());
        if (d.type().equals(PiiTypes.ORGANIZATION)) {
          e = Math.max(e, d.end()); // "Davis, Reynolds and Williamson Orchestra"
        }
      }
      all.removeOverlapping(s, e, d -> true);
      all.add(t.detection(PiiTypes.ORGANIZATION, s, e, score));
    }
    return all == null ? found : all.result();
  }

  /** Whether at least half the words of a list are listed place names ("Paris, London and Berlin"). */
  private static boolean mostlyPlaces(TaggedText t, String list) {
    java.util.regex.Matcher w = LIST_ITEM.matcher(list);
    int words = 0;
    int places = 0;
    while (w.find()) {
      words++;
      places += t.place(w.group()) ? 1 : 0;
    }
    return 2 * places >= words;
  }
}
