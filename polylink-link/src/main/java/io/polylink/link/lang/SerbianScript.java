package io.polylink.link.lang;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Serbian Latin to Cyrillic transliteration, used to reuse Lucene's (Latin) Serbian stopword list for Cyrillic. */
final class SerbianScript {

  private static final Map<Character, Character> SINGLE = Map.ofEntries(
      Map.entry('a', 'а'), Map.entry('b', 'б'), Map.entry('c', 'ц'), Map.entry('č', 'ч'), Map.entry('ć', 'ћ'),
      Map.entry('d', 'д'), Map.entry('đ', 'ђ'), Map.entry('e', 'е'), Map.entry('f', 'ф'), Map.entry('g', 'г'),
      Map.entry('h', 'х'), Map.entry('i', 'и'), Map.entry('j', 'ј'), Map.entry('k', 'к'), Map.entry('l', 'л'),
      Map.entry('m', 'м'), Map.entry('n', 'н'), Map.entry('o', 'о'), Map.entry('p', 'п'), Map.entry('r', 'р'),
      Map.entry('s', 'с'), Map.entry('š', 'ш'), Map.entry('t', 'т'), Map.entry('u', 'у'), Map.entry('v', 'в'),
      Map.entry('z', 'з'), Map.entry('ž', 'ж'));

  private SerbianScript() {}

  /** Transliterates each word; words with letters outside the Serbian Latin alphabet are dropped. */
  static Set<String> toCyrillic(Set<String> latinWords) {
    Set<String> out = new LinkedHashSet<>();
    for (String word : latinWords) {
      String cyrillic = toCyrillic(word);
      if (cyrillic != null) {
        out.add(cyrillic);
      }
    }
    return out;
  }

  /** One word in Cyrillic, or null when it has a letter Serbian Latin does not use. */
  static String toCyrillic(String latin) {
    String w = latin.strip().toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
      // Digraphs are single letters in Cyrillic (ignoring the rare morpheme boundary such as "nadživeti").
      if (c == 'l' && next == 'j') {
        out.append('љ');
        i++;
      } else if (c == 'n' && next == 'j') {
        out.append('њ');
        i++;
      } else if (c == 'd' && next == 'ž') {
        out.append('џ');
        i++;
      } else {
        Character mapped = SINGLE.get(c);
        if (mapped == null) {
          return null;
        }
        out.append(mapped.charValue());
      }
    }
    return out.isEmpty() ? null : out.toString();
  }
}
