package io.polylink.redact.tagger;

import io.polylink.redact.PiiTypes;

/**
 * In English, a name at a sentence start loses its leading ordinary words: capitals there say nothing, so a word
 * that the English dictionary writes only in lower case is no name ("Guilty", "Pedestrians"); it goes alone or
 * before a person ("Congratulations Maria Lopez"), not from inside a company ("Clean Power Finance").
 */
final class SentenceStartWords implements SpanRepair {

  @Override
  public Span apply(TaggedText t, Span s) {
    if (!t.english() || s.address() || !sentenceStart(t.text(), s.start())) {
      return s;
    }
    return s.at(withoutSentenceStartWords(t.text(), s.start(), s.end(), s.tagged()), s.end());
  }

  /** Whether only whitespace, opening quotes or brackets stand between {@code at} and a sentence or line start. */
  static boolean sentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && text.charAt(i) != '\n'
        && (Character.isWhitespace(text.charAt(i)) || "\"'“‘(«[*>-–—•".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:;\n".indexOf(text.charAt(i)) >= 0;
  }

  /** The start of the name once leading ordinary words are gone; {@code end} when nothing is left. */
  static int withoutSentenceStartWords(String text, int start, int end, String type) {
    int from = start;
    while (from < end) {
      int wordEnd = from;
      while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
        wordEnd++;
      }
      boolean last = wordEnd == end;
      if (wordEnd == from || (!last && (wordEnd >= end || text.charAt(wordEnd) != ' '))) {
        return from; // not a plain word followed by a space: "E-mail", "O'Brien", "Acme,"
      }
      if (!EnglishWords.onlyLowerCase(text.substring(from, wordEnd))) {
        return from;
      }
      if (last) {
        return end;
      }
      if (!type.equals(PiiTypes.PERSON)) {
        return from;
      }
      from = wordEnd + 1;
    }
    return from;
  }
}
