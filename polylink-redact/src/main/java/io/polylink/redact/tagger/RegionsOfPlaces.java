package io.polylink.redact.tagger;

import io.polylink.redact.PiiTypes;

/** "Southern Tunisia", "Greater London": a direction word before listed place names is a region, not a firm. */
final class RegionsOfPlaces implements SpanRepair {

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("north", "south", "east", "west",
      "northern", "southern", "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest",
      "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower", "greater", "inner", "outer");

  @Override
  public Span apply(TaggedText t, Span s) {
    return regionOfAPlace(t, s.text(t)) ? s.typed(PiiTypes.LOCATION) : s;
  }

  static boolean regionOfAPlace(TaggedText t, String span) {
    String[] words = SPACES.split(span);
    if (words.length < 2 || !DIRECTIONS.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (int i = 1; i < words.length; i++) {
      if (!t.place(words[i])) {
        return false;
      }
    }
    return true;
  }
}
