package io.polylink.kb.starter;

import com.ibm.icu.util.Region;
import com.ibm.icu.util.UResourceBundle;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * CLDR tables that ICU4J ships but exposes only as resource bundles: the alternative ("short", "variant") display
 * names and the territory-language facts. The bundle paths are ICU's data layout, stable across releases since ICU 4.
 */
final class CldrTables {
  private static final String ICU_DATA = "com/ibm/icu/impl/data/icudata";
  static final String REGION_BUNDLE = ICU_DATA + "/region";
  static final String LANGUAGE_BUNDLE = ICU_DATA + "/lang";
  static final String ZONE_BUNDLE = ICU_DATA + "/zone";
  static final String CURRENCY_BUNDLE = ICU_DATA + "/curr";

  private CldrTables() {}

  /**
   * Code to name from one table of a locale's display-name bundle, e.g. {@code Countries%short} of {@code en} has
   * {@code GB=UK}. Empty when the locale and its parents lack the table.
   */
  static Map<String, String> table(String bundle, ULocale locale, String table) {
    Map<String, String> out = new TreeMap<>();
    try {
      UResourceBundle t = UResourceBundle.getBundleInstance(bundle, locale).get(table);
      for (int i = 0; i < t.getSize(); i++) {
        UResourceBundle item = t.get(i);
        if (item.getType() == UResourceBundle.STRING) {
          out.put(item.getKey(), item.getString());
        }
      }
    } catch (MissingResourceException e) {
      // The locale has no such table; the standard names still apply.
    }
    return out;
  }

  /**
   * The codes that a locale's own bundle defines in any of {@code tables}, not counting what it inherits. A regional
   * locale ({@code de-AT}) overrides a handful of its parent's names; asking ICU only about those keeps
   * {@link CldrStarterSource#read} fast, since the inherited names are its parent's labels anyway.
   */
  static Set<String> ownKeys(String bundle, ULocale locale, String... tables) {
    Set<String> out = new TreeSet<>();
    UResourceBundle b = UResourceBundle.getBundleInstance(bundle, locale);
    for (String table : tables) {
      try {
        UResourceBundle t = b.get(table);
        if (!t.getULocale().equals(locale)) {
          continue;
        }
        for (Enumeration<String> e = t.getKeys(); e.hasMoreElements(); ) {
          out.add(e.nextElement());
        }
      } catch (MissingResourceException e) {
        // Neither the locale nor its parents have the table.
      }
    }
    return out;
  }

  /**
   * The codes a locale can name from {@code tables}: for a regional locale only its own overrides (see
   * {@link #ownKeys}); for a language or language-script locale also every key of the locales it inherits from. Asking
   * ICU only about these skips its costly fallback search for the hundreds of codes a locale has no name for.
   */
  static Set<String> definedKeys(String bundle, StarterLocale loc, String... tables) {
    Set<String> keys = ownKeys(bundle, loc.locale(), tables);
    if (!loc.regional()) {
      for (String ancestor : loc.ancestors()) {
        keys.addAll(ownKeys(bundle, ULocale.forLanguageTag(ancestor), tables));
      }
    }
    return keys;
  }

  /** The keys of one table of the English bundle: every code CLDR has an English name for. */
  static Set<String> englishKeys(String bundle, String table) {
    Set<String> out = new TreeSet<>();
    UResourceBundle t = UResourceBundle.getBundleInstance(bundle, ULocale.ENGLISH).get(table);
    for (Enumeration<String> e = t.getKeys(); e.hasMoreElements(); ) {
      out.add(e.nextElement());
    }
    return out;
  }

  /** ISO 3166 two-letter territories (countries and dependent territories), sorted. */
  static List<String> territories() {
    List<String> out = new ArrayList<>();
    for (Region r : Region.getAvailable(Region.RegionType.TERRITORY)) {
      String code = r.toString();
      if (code.length() == 2) {
        out.add(code);
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * Territory to the languages that are official or de-facto official there (primary subtags, sorted), from CLDR's
   * {@code territoryInfo}.
   */
  static Map<String, Set<String>> officialLanguages() {
    Map<String, Set<String>> out = new TreeMap<>();
    UResourceBundle info = UResourceBundle.getBundleInstance(ICU_DATA, "supplementalData", UResourceBundle.class.getClassLoader())
        .get("territoryInfo");
    for (int i = 0; i < info.getSize(); i++) {
      UResourceBundle territory = info.get(i);
      if (territory.getType() != UResourceBundle.TABLE) {
        continue;
      }
      for (int j = 0; j < territory.getSize(); j++) {
        UResourceBundle lang = territory.get(j);
        if (lang.getType() != UResourceBundle.TABLE) {
          continue;
        }
        String status = stringOrEmpty(lang, "officialStatus");
        if (status.equals("official") || status.equals("de_facto_official")) {
          String primary = new ULocale(lang.getKey()).getLanguage();
          out.computeIfAbsent(territory.getKey(), k -> new TreeSet<>()).add(primary);
        }
      }
    }
    return out;
  }

  private static String stringOrEmpty(UResourceBundle table, String key) {
    for (int i = 0; i < table.getSize(); i++) {
      UResourceBundle item = table.get(i);
      if (key.equals(item.getKey()) && item.getType() == UResourceBundle.STRING) {
        return item.getString();
      }
    }
    return "";
  }
}
