package io.polylink.kb.starter;

import com.ibm.icu.util.ULocale;
import io.polylink.model.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One ICU locale whose names become labels, keyed by its lower-cased BCP 47 tag.
 *
 * @param locale the ICU locale
 * @param tag the label language, e.g. {@code de}, {@code zh-hant}, {@code sr-latn}, {@code de-ch}
 * @param ancestors tags of the available locales this one inherits from, nearest first ({@code zh-hant-hk} has
 *     {@code zh-hant}, {@code zh})
 * @param latinScript whether the locale's likely script is Latin
 */
record StarterLocale(ULocale locale, String tag, List<String> ancestors, boolean latinScript) {

  StarterLocale {
    if (locale == null || tag == null || tag.isEmpty()) {
      throw new IllegalArgumentException("starter locale needs a locale and a tag, got " + locale + " / '" + tag + "'");
    }
    ancestors = List.copyOf(ancestors);
  }

  /** The primary language subtag: {@code zh} for {@code zh-hant-hk}. */
  String primary() {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag : tag.substring(0, dash);
  }

  /** Whether the locale names a region ({@code de-ch}); such locales mostly repeat their parent's names. */
  boolean regional() {
    return !locale.getCountry().isEmpty();
  }

  /**
   * Every available ICU locale that can carry labels, sorted by tag. Locales with variants or keywords
   * ({@code en-US-POSIX}) and the root are left out: their names are copies of their parent's.
   */
  static List<StarterLocale> available() {
    Map<String, ULocale> byTag = new LinkedHashMap<>();
    List<ULocale> sorted = new ArrayList<>(List.of(ULocale.getAvailableLocales()));
    sorted.sort(Comparator.comparing(ULocale::toLanguageTag));
    for (ULocale l : sorted) {
      if (l.getLanguage().isEmpty() || !l.getVariant().isEmpty() || l.getKeywords() != null) {
        continue;
      }
      String tag = l.toLanguageTag().toLowerCase(Locale.ROOT);
      if (!validTag(tag)) {
        continue;
      }
      byTag.putIfAbsent(tag, l);
    }
    List<StarterLocale> out = new ArrayList<>(byTag.size());
    byTag.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.add(new StarterLocale(e.getValue(), e.getKey(), ancestors(e.getKey(), byTag), latin(e.getValue()))));
    return List.copyOf(out);
  }

  private static List<String> ancestors(String tag, Map<String, ULocale> available) {
    List<String> out = new ArrayList<>();
    String t = tag;
    for (int dash = t.lastIndexOf('-'); dash > 0; dash = t.lastIndexOf('-')) {
      t = t.substring(0, dash);
      if (available.containsKey(t)) {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean latin(ULocale l) {
    return "Latn".equals(ULocale.addLikelySubtags(l).getScript());
  }

  private static boolean validTag(String tag) {
    try {
      Language.of(tag);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
