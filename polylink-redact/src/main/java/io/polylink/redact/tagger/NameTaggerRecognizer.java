package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import io.polylink.redact.Recognizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Persons, locations, organizations and street addresses: one call of the {@link BuiltInNameModel}'s line-by-line
 * tagger, then the repairs it cannot make itself, in the order {@link NameRepairs} lists them: first those of each
 * detection alone ({@link SpanRepair}: prose, punctuation and ordinary words cut away, non-names dropped, names
 * retyped), then those over all of them ({@link NameRepair}: firms, post boxes and street names it missed, addresses
 * over several lines joined, company lines of postal blocks, lists of names). Addresses score below validated
 * patterns (a phone number or IP address next to an address keeps its own type): 0.6 for one line, 0.8 joined from
 * several parts; a bare number is no address.
 */
public final class NameTaggerRecognizer implements Recognizer {

  static final double ADDRESS_SCORE = 0.6;
  static final double JOINED_ADDRESS_SCORE = 0.8;

  /** Score of an organization found by a repair from its words ("the X office", a legal form). */
  static final double OFFICE_SCORE = 0.7;

  private final TaggerModel model;

  public NameTaggerRecognizer(TaggerModel model) {
    if (model == null) {
      throw new IllegalArgumentException("name tagger recognizer needs a model");
    }
    this.model = model;
  }

  /** The built-in model. */
  public static NameTaggerRecognizer builtIn() {
    return new NameTaggerRecognizer(BuiltInNameModel.get());
  }

  @Override
  public String name() {
    return "name-tagger";
  }

  /** English: its function words, cue words and tagger were built from English text. */
  @Override
  public java.util.Set<String> languages() {
    return java.util.Set.of("en");
  }

  @Override
  public java.util.Set<String> types() {
    return java.util.Set.of(PiiTypes.PERSON, PiiTypes.LOCATION, PiiTypes.ORGANIZATION, PiiTypes.STREET_ADDRESS);
  }

  @Override
  public void recognize(String text, String language, List<Detection> out) {
    TaggedText t = new TaggedText(text, language, model, name());
    List<Detection> found = new ArrayList<>();
    for (Detection d : model.tag(text)) {
      SpanRepair.Span s = new SpanRepair.Span(d.start(), d.end(), d.type(), d.type(), d.score());
      for (SpanRepair r : NameRepairs.SPANS) {
        s = r.apply(t, s);
        if (s == null) {
          break;
        }
      }
      if (s != null && s.end() > s.start()) {
        found.add(t.detection(s.type(), s.start(), s.end(), s.score()));
      }
    }
    for (NameRepair r : NameRepairs.LIST) {
      found = r.apply(t, found);
    }
    out.addAll(found);
  }
}
