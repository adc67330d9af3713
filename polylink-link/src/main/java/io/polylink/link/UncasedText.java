package io.polylink.link;

import io.polylink.kb.store.EntityRecord;

/**
 * Text written without capitals ("two tix for dune tmrw at the amc", "is tom hanks in big"): chat messages, voice
 * transcripts, search queries. There, lower case is no sign that a word is not a name, so a spot the linker would drop
 * for being all lower case is kept when it reads as a name of the KB: its whole key is a name of the entity, the
 * entity is no concept, and a one-word spot is neither a common word nor shorter than three letters.
 *
 * <p>Only a window without any upper-case letter qualifies; one capital anywhere, and case is evidence again, as in
 * edited text, which this leaves exactly as it was.
 */
final class UncasedText {
  private UncasedText() {}

  /** Shortest one-word name kept ("nyc" yes, "la" no: two letters are too often a word of another language). */
  static final int MIN_ONE_WORD = 3;

  /** True when text[from, to) has letters of a cased script and none of them is upper or title case. */
  static boolean isUncased(CharSequence text, int from, int to) {
    boolean cased = false;
    for (int i = from; i < to; ) {
      int cp = Character.codePointAt(text, i);
      if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
        return false;
      }
      cased |= Character.isLowerCase(cp);
      i += Character.charCount(cp);
    }
    return cased;
  }

  /** Whether an all-lower-case spot of uncased text reads as a name of {@code r}. */
  static boolean readsAsName(EntityRecord r, String key, String surface, int tokens, String language) {
    if (r.commonNoun()) {
      return false;
    }
    if (tokens == 1 && (surface.codePointCount(0, surface.length()) < MIN_ONE_WORD
        || CommonWords.isCommon(key, language))) {
      return false;
    }
    for (EntityRecord.Name n : r.names()) {
      if (n.key().equals(key)) {
        return true;
      }
    }
    return false;
  }
}
