package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * An address written over several lines ("12 Elm St" / "Suite 5" / "Springfield, IL 62704" / "USA") is joined
 * into one span, taking in the place names, towns and postcode lines that follow its street line; it scores 0.8
 * when joined from several parts, 0.6 alone, and a span without two letters in a row (a bare number) is dropped.
 */
final class JoinedAddresses implements NameRepair {

  private static final int MAX_CONTINUATION_LINES = 4;
  private static final java.util.regex.Pattern TWO_LETTERS = java.util.regex.Pattern.compile("\\p{L}{2,}");

  @Override
  public List<Detection> apply(TaggedText t, List<Detection> found) {
    String text = t.text();
    List<Detection> out = new ArrayList<>();
    int i = 0;
    while (i < found.size()) {
      Detection d = found.get(i);
      if (!d.type().equals(PiiTypes.STREET_ADDRESS)) {
        out.add(d);
        i++;
        continue;
      }
      int start = d.start();
      int end = d.end();
      int parts = 1;
      int j = i + 1;
      int lines = 0;
      while (true) {
        while (j < found.size() && found.get(j).start() < end) {
          end = Math.max(end, found.get(j).end()); // swallowed by a continuation: part of the address
          j++;
        }
        // the rest of the current line, then whole short lines, as long as they hold only address material
        int next = j < found.size() ? found.get(j).start() : -1;
        String gap = next >= 0 ? text.substring(end, next) : null;
        if (gap != null && gap.chars().allMatch(c -> c == ' ' || c == ',' || c == '\n' || c == '>' || c == '\t')
            && gap.chars().filter(c -> c == '\n').count() <= 1
            && (found.get(j).type().equals(PiiTypes.STREET_ADDRESS) || found.get(j).type().equals(PiiTypes.LOCATION)
                || gap.indexOf('\n') < 0 && addressWord(text, found, j))) {
          end = found.get(j).end();
          parts++;
          j++;
          continue;
        }
        int lineEnd = TaggedText.lineEnd(text, end);
        String rest = text.substring(end, lineEnd);
        if (!rest.isBlank() && t.plainContinuation(rest)) {
          end = end + rest.stripTrailing().length();
          parts++;
          continue;
        }
        if (lineEnd >= text.length() || lines >= MAX_CONTINUATION_LINES) {
          break;
        }
        int nextLineEnd = TaggedText.lineEnd(text, lineEnd + 1);
        String nextLine = text.substring(lineEnd + 1, nextLineEnd);
        boolean detectedThere = j < found.size() && found.get(j).start() < nextLineEnd;
        if (!detectedThere && !t.plainContinuation(nextLine)) {
          break;
        }
        if (!detectedThere) {
          int lead = 0;
          while (lead < nextLine.length() && (nextLine.charAt(lead) == ' ' || nextLine.charAt(lead) == '>')) {
            lead++;
          }
          end = lineEnd + 1 + lead + nextLine.substring(lead).stripTrailing().length();
          parts++;
        } else {
          String before = text.substring(end, found.get(j).start());
          if (!before.chars().allMatch(c -> c == ' ' || c == ',' || c == '\n' || c == '>' || c == '\t')
              || !(found.get(j).type().equals(PiiTypes.STREET_ADDRESS) || found.get(j).type().equals(PiiTypes.LOCATION)
                  || townLine(t, found, j, nextLineEnd))) {
            break;
          }
          end = found.get(j).end();
          parts++;
          j++;
        }
        lines++;
      }
      // a sentence's period is no part of the address; "Ave." keeps its dot
      end = TaggedText.withoutTrailingPunctuation(text, start, end, PiiTypes.STREET_ADDRESS);
      if (TWO_LETTERS.matcher(text).region(start, end).find()) {
        out.add(t.detection(PiiTypes.STREET_ADDRESS, start, end,
            parts > 1 ? NameTaggerRecognizer.JOINED_ADDRESS_SCORE : NameTaggerRecognizer.ADDRESS_SCORE));
      }
      i = j;
    }
    return out;
  }

  /**
   * Whether detection {@code j}, a person or organization on the line of an address, is part of it: written in
   * capitals as postal towns are ("SAINT-PRIEST"), or followed on that line by more of the address ("Lyngveien" in
   * "8514 Lyngveien 46 Apt. 085", "SAINT-PRIEST France").
   */
  private static boolean addressWord(String text, List<Detection> found, int j) {
    Detection d = found.get(j);
    if (!(d.type().equals(PiiTypes.PERSON) || d.type().equals(PiiTypes.ORGANIZATION))) {
      return false;
    }
    String s = text.substring(d.start(), d.end());
    if (s.chars().noneMatch(Character::isLowerCase) && s.chars().filter(Character::isLetter).count() >= 3) {
      return true;
    }
    if (j + 1 < found.size() && TaggedText.sameLineGap(text, d.end(), found.get(j + 1).start())) {
      String type = found.get(j + 1).type();
      return type.equals(PiiTypes.STREET_ADDRESS) || type.equals(PiiTypes.LOCATION);
    }
    return false;
  }

  /**
   * Whether detection {@code j}, a person or organization, is a whole line of its own right after an address line
   * and is followed by a line that goes on with the address: a town the tagger took for a name ("Artilleros" between
   * a street and ", CO").
   */
  private static boolean townLine(TaggedText t, List<Detection> found, int j, int lineEnd) {
    String text = t.text();
    Detection d = found.get(j);
    if (d.end() > lineEnd || lineEnd >= text.length() || !text.substring(d.end(), lineEnd).isBlank()) {
      return false;
    }
    int afterEnd = TaggedText.lineEnd(text, lineEnd + 1);
    boolean detectedAfter = j + 1 < found.size() && found.get(j + 1).start() < afterEnd
        && (found.get(j + 1).type().equals(PiiTypes.STREET_ADDRESS)
            || found.get(j + 1).type().equals(PiiTypes.LOCATION));
    return detectedAfter || t.plainContinuation(text.substring(lineEnd + 1, afterEnd));
  }
}
