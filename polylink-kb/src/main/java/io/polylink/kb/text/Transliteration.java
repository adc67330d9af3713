package io.polylink.kb.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Latin keys for names in other scripts, from ICU's transforms, so that a romanized mention ("Moskva") finds a name
 * written in its own script ("Москва").
 *
 * <p>ICU's rule-based transliterators cost tens of microseconds per name, which would dominate a KB build. Scripts
 * whose romanization is a character-by-character mapping in ICU (Cyrillic, Greek, Arabic, Hebrew, Armenian,
 * Georgian, Han, Hangul) are therefore romanized from a table: each code point goes through ICU once, and the result
 * is cached. Han syllables are joined without spaces ("北京" gives "beijing", as the name is written in Latin text).
 * Scripts whose romanization depends on context (Indic scripts, Thai, kana, ...) go through ICU word by word, with a
 * bounded cache. ICU transliterators are not thread-safe; each thread keeps its own.
 */
public final class Transliteration {

  private static final ThreadLocal<Transliterator> ANY_TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
  private static final ConcurrentHashMap<Integer, String> CHAR_TABLE = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, String> WORD_CACHE = new ConcurrentHashMap<>();
  private static final int WORD_CACHE_MAX = 100_000;

  private Transliteration() {}

  /**
   * The key of the romanized name, or null when the name has no letters outside the Latin script (its plain key
   * already covers it) or the romanization gives nothing new.
   */
  public static String latinKey(String name) {
    if (!hasNonLatinLetter(name)) {
      return null;
    }
    String key = TextNormalizer.key(romanize(name));
    return key.isEmpty() || key.equals(TextNormalizer.key(name)) ? null : key;
  }

  private static boolean hasNonLatinLetter(String name) {
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (cp > 0x24F && Character.isLetter(cp)) {
        int s = UScript.getScript(cp);
        if (s != UScript.LATIN && s != UScript.COMMON && s != UScript.INHERITED) {
          return true;
        }
      }
    }
    return false;
  }

  /** The name in Latin letters (ASCII where ICU's Latin-ASCII has a mapping). */
  static String romanize(String name) {
    StringBuilder out = new StringBuilder(name.length() * 2);
    int i = 0;
    int previousScript = UScript.INVALID_CODE;
    while (i < name.length()) {
      int cp = name.codePointAt(i);
      int script = UScript.getScript(cp);
      if (isTableScript(script)) {
        if (script == UScript.GREEK && i + 1 < name.length()) {
          String digraph = greekDigraph(name.charAt(i), name.charAt(i + 1));
          if (digraph != null) {
            out.append(digraph);
            i += 2;
            previousScript = script;
            continue;
          }
        }
        if (script == UScript.HAN && previousScript == UScript.HAN && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
          out.setLength(out.length() - 1);
        }
        out.append(CHAR_TABLE.computeIfAbsent(cp, Transliteration::romanizeCodePoint));
        i += Character.charCount(cp);
        previousScript = script;
      } else if (script == UScript.LATIN || script == UScript.COMMON || script == UScript.INHERITED) {
        out.appendCodePoint(cp);
        i += Character.charCount(cp);
        previousScript = script;
      } else {
        int end = i; // a run of one context-dependent script
        while (end < name.length()) {
          int c = name.codePointAt(end);
          int s = UScript.getScript(c);
          if (s != script && s != UScript.INHERITED) {
            break;
          }
          end += Character.charCount(c);
        }
        out.append(romanizeWord(name.substring(i, end)));
        i = end;
        previousScript = script;
      }
    }
    return out.toString();
  }

  private static boolean isTableScript(int script) {
    return script == UScript.CYRILLIC || script == UScript.GREEK || script == UScript.ARABIC || script == UScript.HEBREW
        || script == UScript.ARMENIAN || script == UScript.GEORGIAN || script == UScript.HAN || script == UScript.HANGUL;
  }

  /** Greek vowel pairs that romanize as one sound. */
  private static String greekDigraph(char a, char b) {
    char x = Character.toLowerCase(a);
    char y = Character.toLowerCase(b);
    if (y == 'υ' || y == 'ύ') {
      return switch (x) {
        case 'ο', 'ό' -> "ou";
        case 'α', 'ά' -> "av";
        case 'ε', 'έ' -> "ev";
        default -> null;
      };
    }
    return null;
  }

  private static String romanizeCodePoint(int cp) {
    String s = ANY_TO_LATIN.get().transliterate(new String(Character.toChars(cp)));
    // Han syllables come out with a trailing space; keep it so separate names stay apart, joined runs drop it above
    return UScript.getScript(cp) == UScript.HAN ? s.strip() + " " : s;
  }

  private static String romanizeWord(String word) {
    String cached = WORD_CACHE.get(word);
    if (cached != null) {
      return cached;
    }
    String latin = ANY_TO_LATIN.get().transliterate(word);
    if (WORD_CACHE.size() >= WORD_CACHE_MAX) {
      WORD_CACHE.clear(); // bounded memory; a rebuild of the cache is cheap compared with a build
    }
    WORD_CACHE.put(word, latin);
    return latin;
  }
}
