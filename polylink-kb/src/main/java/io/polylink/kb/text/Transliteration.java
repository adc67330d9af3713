package io.polylink.kb.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Latin keys for names in other scripts, from ICU's transforms, so that a romanized mention ("Moskva") finds a name
 * written in its own script ("Москва").
 *
 * <p>ICU's rule-based transliterators cost tens of microseconds per name, which would dominate a KB build. Names are
 * therefore romanized from a table: each code point goes through ICU ({@code Any-Latin; Latin-ASCII}) once, and the
 * result is cached. Han syllables are joined without spaces ("北京" gives "beijing", as such names are written in
 * Latin text). Three context rules of ICU's transforms are kept, because without them the keys would be wrong, not
 * just rough: Indic consonants lose their inherent "a" before a vowel sign or virama ("दिल्ली" gives "dilli"),
 * Japanese small ya/yu/yo join the syllable before ("キョ" gives "kyo", a small tsu doubles the next consonant), and
 * Thai and Lao vowels written before their consonant are read after it. Other context rules (Greek diphthongs aside)
 * are not reproduced: these keys are a fallback for romanized mentions, not a transliteration service.
 */
public final class Transliteration {

  private static final ThreadLocal<Transliterator> ANY_TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
  /**
   * The romanization of each BMP code point, filled as code points are met; a plain array, as a boxed map was a
   * tenth of a KB build's romanization. Read without a lock: strings are safely published, and a reader that sees
   * no entry yet takes the lock.
   */
  private static final String[] BMP_TABLE = new String[0x10000];
  private static final ConcurrentHashMap<Integer, String> SUPPLEMENTARY_TABLE = new ConcurrentHashMap<>();

  private Transliteration() {}

  /**
   * The key of the romanized name, or null when the name has no letters outside the Latin script (its plain key
   * already covers it) or the romanization gives nothing new.
   */
  public static String latinKey(String name) {
    return hasNonLatinLetter(name) ? latinKey(name, TextNormalizer.key(name)) : null;
  }

  /** As {@link #latinKey(String)}, for a name whose key ({@link TextNormalizer#key}) is {@code nameKey}. */
  public static String latinKey(String name, String nameKey) {
    if (!hasNonLatinLetter(name)) {
      return null;
    }
    String key = TextNormalizer.key(romanize(name));
    return key.isEmpty() || key.equals(nameKey) ? null : key;
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
    int previousScript = UScript.INVALID_CODE;
    boolean doubleNext = false; // after a small tsu
    int i = 0;
    while (i < name.length()) {
      int cp = name.codePointAt(i);
      int n = Character.charCount(cp);
      int script = UScript.getScript(cp);
      if (script == UScript.LATIN || script == UScript.COMMON || (script == UScript.INHERITED && !isIndicSign(cp))) {
        out.appendCodePoint(cp);
        previousScript = script;
        i += n;
        continue;
      }
      if (script == UScript.GREEK && i + 1 < name.length()) {
        String digraph = greekDigraph(name.charAt(i), name.charAt(i + 1));
        if (digraph != null) {
          out.append(digraph);
          i += 2;
          previousScript = script;
          continue;
        }
      }
      if ((script == UScript.THAI || script == UScript.LAO) && isLeadingVowel(cp) && i + n < name.length()) {
        int next = name.codePointAt(i + n); // written before its consonant, pronounced after it
        out.append(table(next)).append(table(cp));
        i += n + Character.charCount(next);
        previousScript = script;
        continue;
      }
      if (isSmallY(cp) && out.length() > 0 && out.charAt(out.length() - 1) == 'i') {
        out.setLength(out.length() - 1); // キ + ョ: "ki" + "yo" -> "kyo"
        out.append('y').append(cp == 0x3083 || cp == 0x30E3 ? 'a' : cp == 0x3085 || cp == 0x30E5 ? 'u' : 'o');
        i += n;
        continue;
      }
      if (cp == 0x3063 || cp == 0x30C3) { // small tsu: doubles the next consonant
        doubleNext = true;
        i += n;
        continue;
      }
      if (cp == 0x30FC) { // prolonged sound mark
        i += n;
        continue;
      }
      if (script == UScript.HAN && previousScript == UScript.HAN && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
        out.setLength(out.length() - 1);
      }
      String latin = table(cp);
      if (isIndicSign(cp)) {
        // a vowel sign or virama replaces the inherent "a" of the consonant before it
        if (out.length() > 0 && out.charAt(out.length() - 1) == 'a' && previousScript != UScript.LATIN) {
          out.setLength(out.length() - 1);
        }
        if (Character.getType(cp) == Character.NON_SPACING_MARK && latin.isBlank()) {
          i += n;
          continue;
        }
      }
      if (doubleNext && !latin.isEmpty() && Character.isLetter(latin.charAt(0)) && "aeiou".indexOf(latin.charAt(0)) < 0) {
        out.append(latin.charAt(0));
      }
      doubleNext = false;
      out.append(latin);
      previousScript = script;
      i += n;
    }
    return out.toString();
  }

  private static String table(int cp) {
    if (cp >= BMP_TABLE.length) {
      return SUPPLEMENTARY_TABLE.computeIfAbsent(cp, Transliteration::romanizeCodePoint);
    }
    String s = BMP_TABLE[cp];
    if (s == null) {
      synchronized (BMP_TABLE) { // ICU is slow: one thread computes an entry, the others wait for it
        s = BMP_TABLE[cp];
        if (s == null) {
          s = romanizeCodePoint(cp);
          BMP_TABLE[cp] = s;
        }
      }
    }
    return s;
  }

  /** Dependent vowel signs and viramas of Brahmic scripts (marks that follow a consonant). */
  private static boolean isIndicSign(int cp) {
    int type = Character.getType(cp);
    if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) {
      return false;
    }
    int script = UScript.getScript(cp);
    return script == UScript.DEVANAGARI || script == UScript.BENGALI || script == UScript.GURMUKHI
        || script == UScript.GUJARATI || script == UScript.ORIYA || script == UScript.TAMIL || script == UScript.TELUGU
        || script == UScript.KANNADA || script == UScript.MALAYALAM || script == UScript.SINHALA;
  }

  private static boolean isSmallY(int cp) {
    return cp == 0x3083 || cp == 0x3085 || cp == 0x3087 || cp == 0x30E3 || cp == 0x30E5 || cp == 0x30E7;
  }

  private static boolean isLeadingVowel(int cp) {
    return (cp >= 0x0E40 && cp <= 0x0E44) || (cp >= 0x0EC0 && cp <= 0x0EC4);
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
}
