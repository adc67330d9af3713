package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * A person or organization that begins or ends with a street word ("Glyn St", "Via dei Fiorentini", "Elisabeth
 * Parks") and stands right after a house number or next to an address on its line is a street name; so is a name
 * after "the corner of X and".
 */
final class StreetNames implements NameRepair {

  private static final java.util.regex.Pattern SPACE_DOT_COMMA = java.util.regex.Pattern.compile("[\\s.,]+");
  private static final java.util.regex.Pattern AFTER_NUMBER = java.util.regex.Pattern.compile(
      "(?s).*\\d[\\p{L}]?[\\s,]+");

  /** "the corner of Dalbraut 99 and ": the name that follows is a street too. */
  private static final java.util.regex.Pattern CORNER = java.util.regex.Pattern.compile(
      "(?i)\\b(?:corner|intersection|junction|crossing)\\s+of\\s+\\S.*\\s(?:and|&)\\s+\\z");

  @Override
  public List<Detection> apply(TaggedText t, List<Detection> found) {
    String text = t.text();
    List<Detection> out = new ArrayList<>(found);
    for (int k = 0; k < out.size(); k++) {
      Detection d = out.get(k);
      if (!(d.type().equals(PiiTypes.PERSON) || d.type().equals(PiiTypes.ORGANIZATION))) {
        continue;
      }
      if (afterCorner(text, d.start())) {
        out.set(k, t.detection(PiiTypes.STREET_ADDRESS, d.start(), d.end(), NameTaggerRecognizer.ADDRESS_SCORE));
        continue;
      }
      String[] words = SPACE_DOT_COMMA.split(text.substring(d.start(), d.end()));
      if (words.length < 2 || !(street(t, words[0]) || street(t, words[words.length - 1]))) {
        continue;
      }
      boolean number = AFTER_NUMBER.matcher(text.substring(TaggedText.lineStart(text, d.start()), d.start()))
          .matches();
      boolean besideAddress = k > 0 && TaggedText.sameLineGap(text, out.get(k - 1).end(), d.start())
          && out.get(k - 1).type().equals(PiiTypes.STREET_ADDRESS)
          || k + 1 < out.size() && TaggedText.sameLineGap(text, d.end(), out.get(k + 1).start())
          && out.get(k + 1).type().equals(PiiTypes.STREET_ADDRESS);
      if (number || besideAddress) {
        out.set(k, t.detection(PiiTypes.STREET_ADDRESS, d.start(), d.end(), NameTaggerRecognizer.ADDRESS_SCORE));
      }
    }
    return out;
  }

  private static boolean street(TaggedText t, String word) {
    return t.model().gazetteerClass(word).contains(Gazetteer.STREET);
  }

  /** Whether "the corner of X and " (or an intersection, junction, crossing) ends right before {@code at}. */
  static boolean afterCorner(String text, int at) {
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1)) && text.charAt(end - 1) != '\n') {
      end--;
    }
    boolean and = end >= 4 && text.regionMatches(true, end - 4, " and", 0, 4)
        || end >= 1 && text.charAt(end - 1) == '&';
    if (!and) {
      return false; // the cheap test first: most names follow no "and"
    }
    int from = Math.max(TaggedText.lineStart(text, at), at - 160);
    return CORNER.matcher(text.substring(from, at)).find();
  }
}
