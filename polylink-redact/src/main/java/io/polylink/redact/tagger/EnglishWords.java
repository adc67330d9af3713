package io.polylink.redact.tagger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;

/**
 * English word forms from LanguageTool's dictionary (the {@code org.languagetool:english-pos-dict} jar, LGPL-2.1; a
 * Morfologik automaton of about 260,000 forms, 0.6 MB): whether a capitalized word is an ordinary word that only
 * the sentence start capitalized ("Pedestrians", "Guilty") or may be a name ("Rose", "Brown", "Uber", which the
 * dictionary also lists capitalized, as proper nouns). Lookups walk the automaton; nothing is copied into the heap.
 * Thread-safe.
 */
public final class EnglishWords {

  /** Class-path location of the dictionary. */
  static final String RESOURCE = "org/languagetool/resource/en/english.dict";

  private static final class Holder {
    static final Dictionary DICTIONARY = read();
  }

  private static final ThreadLocal<DictionaryLookup> LOOKUP =
      ThreadLocal.withInitial(() -> new DictionaryLookup(Holder.DICTIONARY));

  private EnglishWords() {}

  private static Dictionary read() {
    URL url = EnglishWords.class.getClassLoader().getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException("the English dictionary " + RESOURCE
          + " is not on the class path (org.languagetool:english-pos-dict)");
    }
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the English dictionary " + url, e);
    }
  }

  /**
   * Whether the dictionary has {@code word} in lower case and never capitalized nor in capitals: an ordinary word
   * ("guilty", "pedestrians", "capitalized"), not "rose" (also "Rose"), not "Zoolander" (not listed at all).
   */
  public static boolean onlyLowerCase(String word) {
    if (word.length() < 2) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    DictionaryLookup lookup = LOOKUP.get();
    if (lookup.lookup(lower).isEmpty()) {
      return false;
    }
    String capitalized = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    return lookup.lookup(capitalized).isEmpty() && lookup.lookup(lower.toUpperCase(Locale.ROOT)).isEmpty();
  }
}
