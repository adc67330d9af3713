package io.polylink.link.lang;

import java.lang.Character.UnicodeScript;

/**
 * The writing systems the identifier tells apart. Each group either names one language outright (Greek, Thai, ...)
 * or holds several candidate languages that stopwords and letters must separate (Latin, Cyrillic, Arabic, ...).
 */
enum ScriptGroup {
  LATIN(null, UnicodeScript.LATIN),
  CYRILLIC("ru", UnicodeScript.CYRILLIC),
  ARABIC("ar", UnicodeScript.ARABIC),
  HEBREW("he", UnicodeScript.HEBREW),
  DEVANAGARI("hi", UnicodeScript.DEVANAGARI),
  BENGALI("bn", UnicodeScript.BENGALI),
  /** Han and kana together: kana share decides between Chinese and Japanese. */
  CJK("zh", UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
  HANGUL("ko", UnicodeScript.HANGUL),
  GREEK("el", UnicodeScript.GREEK),
  THAI("th", UnicodeScript.THAI),
  LAO("lo", UnicodeScript.LAO),
  KHMER("km", UnicodeScript.KHMER),
  MYANMAR("my", UnicodeScript.MYANMAR),
  GEORGIAN("ka", UnicodeScript.GEORGIAN),
  ARMENIAN("hy", UnicodeScript.ARMENIAN),
  TAMIL("ta", UnicodeScript.TAMIL),
  TELUGU("te", UnicodeScript.TELUGU),
  GUJARATI("gu", UnicodeScript.GUJARATI),
  KANNADA("kn", UnicodeScript.KANNADA),
  MALAYALAM("ml", UnicodeScript.MALAYALAM),
  GURMUKHI("pa", UnicodeScript.GURMUKHI),
  SINHALA("si", UnicodeScript.SINHALA),
  ETHIOPIC("am", UnicodeScript.ETHIOPIC),
  TIBETAN("bo", UnicodeScript.TIBETAN),
  ORIYA("or", UnicodeScript.ORIYA),
  THAANA("dv", UnicodeScript.THAANA);

  private static final ScriptGroup[] BY_SCRIPT = new ScriptGroup[UnicodeScript.values().length];

  static {
    for (ScriptGroup group : values()) {
      for (UnicodeScript script : group.scripts) {
        BY_SCRIPT[script.ordinal()] = group;
      }
    }
  }

  private final String defaultCode;
  private final UnicodeScript[] scripts;

  ScriptGroup(String defaultCode, UnicodeScript... scripts) {
    this.defaultCode = defaultCode;
    this.scripts = scripts;
  }

  /** The language the script implies when nothing else is known; null for Latin, which implies none. */
  String defaultCode() {
    return defaultCode;
  }

  /** The group of a script, or null when the identifier does not handle the script. */
  static ScriptGroup of(UnicodeScript script) {
    return BY_SCRIPT[script.ordinal()];
  }
}
