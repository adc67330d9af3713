package io.polylink.kb.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

/**
 * Latin keys for names in other scripts, through ICU's transforms ({@code Any-Latin; Latin-ASCII}), so that a
 * romanized mention ("Moskva") finds a name written in its own script ("Москва"). ICU transliterators are not
 * thread-safe; each thread keeps its own.
 */
public final class Transliteration {

  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private Transliteration() {}

  /**
   * The key of the romanized name, or null when the name has no letters outside the Latin script (its plain key
   * already covers it) or the romanization gives nothing new.
   */
  public static String latinKey(String name) {
    boolean other = false;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        int s = UScript.getScript(cp);
        if (s != UScript.LATIN && s != UScript.COMMON && s != UScript.INHERITED) {
          other = true;
          break;
        }
      }
    }
    if (!other) {
      return null;
    }
    String latin = TO_LATIN.get().transliterate(name);
    String key = TextNormalizer.key(latin);
    return key.isEmpty() || key.equals(TextNormalizer.key(name)) ? null : key;
  }
}
