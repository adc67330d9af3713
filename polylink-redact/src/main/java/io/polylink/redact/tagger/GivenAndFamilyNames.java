package io.polylink.redact.tagger;

import io.polylink.redact.PiiTypes;

/**
 * "Jane Doe", "Maria del Carmen Ruiz" read as a place: a listed given name, then a listed family name, and no listed
 * place among the words, is a person, whatever the tagger's reading of the words around it ("today, Jane Doe.").
 */
final class GivenAndFamilyNames implements SpanRepair {

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  @Override
  public Span apply(TaggedText t, Span s) {
    return s.type().equals(PiiTypes.LOCATION) && givenAndFamilyName(t, s.text(t)) ? s.typed(PiiTypes.PERSON) : s;
  }

  static boolean givenAndFamilyName(TaggedText t, String span) {
    String[] words = SPACES.split(span);
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (t.place(w)) {
        return false;
      }
    }
    return t.model().gazetteerClass(words[0]).contains("given")
        && t.model().gazetteerClass(words[words.length - 1]).contains("family");
  }
}
