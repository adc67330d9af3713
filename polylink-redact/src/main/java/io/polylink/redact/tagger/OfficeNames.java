package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * Organizations named in "the X office" ("The Avalara office", "the Acme Corp. headquarters") that the tagger
 * missed; a place ("the London office") is left to the place recognizers.
 */
final class OfficeNames implements NameRepair {

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** A capitalized name between "the" and a noun such as "office". */
  private static final java.util.regex.Pattern OFFICE = java.util.regex.Pattern.compile(
      "\\b[Tt]he\\s+(\\p{Lu}[\\p{L}\\p{M}\\p{Nd}.'’&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}\\p{Nd}.'’&-]*){0,3})\\s+"
          + "(?:office|offices|headquarters|team|store|stores|branch|factory|website|staff|board)\\b");

  @Override
  public List<Detection> apply(TaggedText t, List<Detection> found) {
    List<Detection> out = new ArrayList<>(found);
    java.util.regex.Matcher m = OFFICE.matcher(t.text());
    while (m.find()) {
      int start = m.start(1);
      int end = m.end(1);
      boolean covered = false;
      for (Detection d : out) {
        covered |= d.start() < end && start < d.end();
      }
      boolean place = true;
      for (String w : SPACES.split(m.group(1))) {
        place &= t.place(w);
      }
      if (!covered && !place) {
        out.add(t.detection(PiiTypes.ORGANIZATION, start, end, NameTaggerRecognizer.OFFICE_SCORE));
      }
    }
    return out;
  }
}
