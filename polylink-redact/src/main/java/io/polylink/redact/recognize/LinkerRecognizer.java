package io.polylink.redact.recognize;

import io.polylink.link.Linker;
import io.polylink.model.Document;
import io.polylink.model.EntityType;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.model.TextOffsets;
import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import io.polylink.redact.Recognizer;
import java.util.List;

/**
 * Persons, locations and organizations from the linker's typed mentions: those linked to a KB entity, scored by the
 * link's confidence (0.6 to 1.0). NIL mentions are left to the name detector and the tagger: their type is only the
 * linker's guess from cue words.
 */
public final class LinkerRecognizer implements Recognizer {

  private final Linker linker;

  /** Uses {@code linker}'s typed mentions. */
  public LinkerRecognizer(Linker linker) {
    if (linker == null) {
      throw new IllegalArgumentException("linker recognizer needs a linker");
    }
    this.linker = linker;
  }

  @Override
  public java.util.Set<String> types() {
    return java.util.Set.of(PiiTypes.PERSON, PiiTypes.LOCATION, PiiTypes.ORGANIZATION);
  }

  @Override
  public String name() {
    return "linker";
  }

  @Override
  public void recognize(String text, String language, List<Detection> out) {
    Language lang = language == null || language.isEmpty() ? Language.UNDETERMINED : Language.of(language);
    LinkedDocument doc = linker.link(new Document("", text, lang));
    for (Link l : doc.links()) {
      String type = type(l.type());
      if (type == null || l.isNil()) {
        // a NIL mention's type is the linker's guess from cue words, not an entity's; the name detector and the
        // tagger judge unknown names better (with NIL guesses, presidio-synth PERSON precision fell 0.84 -> 0.76)
        continue;
      }
      int start = TextOffsets.toCharIndex(text, l.span().start());
      int end = TextOffsets.toCharIndex(text, l.span().end());
      double score = 0.6 + 0.4 * l.score();
      out.add(new Detection(type, start, end, Math.min(1, score), name()));
    }
  }

  static String type(EntityType t) {
    return switch (t) {
      case PERSON -> PiiTypes.PERSON;
      case LOCATION -> PiiTypes.LOCATION;
      case ORGANIZATION -> PiiTypes.ORGANIZATION;
      default -> null;
    };
  }
}
