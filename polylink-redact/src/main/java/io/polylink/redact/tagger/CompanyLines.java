package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import java.util.List;

/**
 * The company line of a postal block: in "Person / [job title] / Company / street address", the short line right
 * above an address that starts its line, below a line with a person, names the addressee's organization, whatever
 * its case ("Topcoder", "stillwater supercomputing inc.", "hubbard, fox and gillespie"), when nothing was found on
 * it, or only a one-word "person" that no name list knows. A line that reads as a job title ("Sewer pipe
 * cleaner") is left alone, and so is a second addressee.
 */
final class CompanyLines implements NameRepair {

  private static final java.util.regex.Pattern ONE_WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}'’-]+");

  @Override
  public List<Detection> apply(TaggedText t, List<Detection> found) {
    String text = t.text();
    SortedDetections all = null;
    for (Detection a : found) {
      if (!a.type().equals(PiiTypes.STREET_ADDRESS)) {
        continue;
      }
      int lineStart = TaggedText.lineStart(text, a.start());
      if (lineStart < 2 || text.substring(lineStart, a.start()).chars().anyMatch(Character::isLetterOrDigit)) {
        continue;
      }
      int[] company = TaggedText.lineContent(text, TaggedText.lineStart(text, lineStart - 1), lineStart - 1);
      if (company == null || !TaggedText.companyLike(text.substring(company[0], company[1]))) {
        continue;
      }
      all = all == null ? new SortedDetections(found) : all;
      String line = text.substring(company[0], company[1]);
      boolean oneUnlistedWord = ONE_WORD.matcher(line).matches() && !t.model().inGazetteer(line);
      if (all.overlapping(company[0], company[1]).stream()
          .anyMatch(d -> !(oneUnlistedWord && d.type().equals(PiiTypes.PERSON)))) {
        continue; // already found: a company, or a second addressee
      }
      if (TaggedText.personOnLinesAbove(text, all, company[0])) {
        all.removeOverlapping(company[0], company[1], d -> true);
        all.add(t.detection(PiiTypes.ORGANIZATION, company[0], company[1], NameTaggerRecognizer.ADDRESS_SCORE));
      }
    }
    return all == null ? found : all.result();
  }
}
