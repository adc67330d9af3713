package io.polylink.redact.tagger;

import io.polylink.redact.PiiTypes;

/**
 * In English, a single word that the dictionary writes only in lower case, or that the lexicon knows only as
 * English vocabulary ("like Wisdom and Discipline", "Just posted a photo"), is capitalized for emphasis or by the
 * sentence start, not a name, unless a name list knows it or its context calls it a firm ("works at Adaptive").
 */
final class OrdinaryWords implements SpanRepair {

  @Override
  public Span apply(TaggedText t, Span s) {
    return t.english() && s.end() > s.start() && ordinaryWord(t, s.start(), s.end(), s.tagged()) ? null : s;
  }

  private static boolean ordinaryWord(TaggedText t, int start, int end, String type) {
    if (!(type.equals(PiiTypes.PERSON) || type.equals(PiiTypes.ORGANIZATION))) {
      return false;
    }
    String text = t.text();
    for (int i = start; i < end; i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    String word = text.substring(start, end);
    boolean vocabulary = EnglishWords.onlyLowerCase(word) || t.model().gazetteerClass(word).equals(Gazetteer.WORD);
    return vocabulary && !t.model().inGazetteer(word)
        && !io.polylink.redact.recognize.ContextWords.organizationContext(text, start, end);
  }
}
