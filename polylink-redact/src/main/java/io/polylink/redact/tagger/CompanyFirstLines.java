package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * The company line that the tagger read as the first line of an address: in "Person / [job title] / Company /
 * 12 Street ...", an address whose first line has no digit, looks like a company's name and is followed by a line
 * that starts with a number or a postal form ("Hopstop" / "PSC 6477, Box 2981"), with a person on one of the two
 * lines above, is that company and the address below it.
 */
final class CompanyFirstLines implements NameRepair {

  @Override
  public List<Detection> apply(TaggedText t, List<Detection> found) {
    String text = t.text();
    List<Detection> out = null;
    SortedDetections index = null;
    for (int k = 0; k < found.size(); k++) {
      Detection a = found.get(k);
      int[] split = a.type().equals(PiiTypes.STREET_ADDRESS) ? companyFirstLine(text, a) : null;
      if (split != null) {
        index = index == null ? new SortedDetections(found) : index;
        if (!TaggedText.personOnLinesAbove(text, index, split[0])) {
          split = null;
        }
      }
      if (split != null && out == null) {
        out = new ArrayList<>(found.subList(0, k));
      }
      if (split != null) {
        out.add(t.detection(PiiTypes.ORGANIZATION, split[0], split[1], NameTaggerRecognizer.ADDRESS_SCORE));
        out.add(t.detection(PiiTypes.STREET_ADDRESS, split[2], a.end(), a.score()));
      } else if (out != null) {
        out.add(a);
      }
    }
    return out == null ? found : out;
  }

  /**
   * {company start, company end, address start} when the first line of address {@code a} is a company line above a
   * line that starts with a number or a postal form; null otherwise.
   */
  private static int[] companyFirstLine(String text, Detection a) {
    int firstEnd = text.indexOf('\n', a.start());
    if (firstEnd < 0 || firstEnd >= a.end()) {
      return null;
    }
    int[] company = TaggedText.lineContent(text, a.start(), firstEnd);
    if (company == null || text.substring(TaggedText.lineStart(text, a.start()), company[0]).chars()
        .anyMatch(Character::isLetterOrDigit) || !TaggedText.companyLike(text.substring(company[0], company[1]))
        || PostalForms.POSTAL.matcher(text).region(company[0], company[1]).lookingAt()) {
      return null; // "USNS Bergman" / "FPO AP 93757" is one address
    }
    int rest = firstEnd + 1;
    while (rest < a.end() && !Character.isLetterOrDigit(text.charAt(rest))) {
      rest++;
    }
    if (rest >= a.end() || !(Character.isDigit(text.charAt(rest))
        || PostalForms.POSTAL.matcher(text).region(rest, a.end()).lookingAt())) {
      return null;
    }
    return new int[] {company[0], company[1], rest};
  }
}
