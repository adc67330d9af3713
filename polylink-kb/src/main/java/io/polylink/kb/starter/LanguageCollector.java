package io.polylink.kb.starter;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import io.polylink.model.EntityType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** ISO 639 languages that CLDR names, with their likely script and region. */
final class LanguageCollector {
  private static final Pattern PLAIN_CODE = Pattern.compile("[a-z]{2,3}");
  /** Special-purpose codes (undetermined, no content, multiple, missing) and the private-use block. */
  private static final Pattern NOT_A_LANGUAGE = Pattern.compile("und|zxx|mul|mis|root|q[a-t][a-z]");

  /**
   * Languages that have their own CLDR locale are the ones people write in and about; this keeps "Arabic" the language
   * above "Arabic" the script.
   */
  static final long LOCALE_BONUS = 100;

  static String id(String code) {
    return "iso639:" + code;
  }

  void collect(List<StarterLocale> locales, Map<String, Draft> out) {
    Set<String> codes = new TreeSet<>();
    codes.addAll(List.of(ULocale.getISOLanguages()));
    codes.addAll(CldrTables.englishKeys(CldrTables.LANGUAGE_BUNDLE, "Languages"));
    Set<String> withLocale = new TreeSet<>();
    locales.forEach(l -> withLocale.add(l.locale().getLanguage()));
    codes.addAll(withLocale);
    // Deprecated codes (iw, mo) name the same language as their replacement; keep only canonical ones.
    codes.removeIf(c -> !PLAIN_CODE.matcher(c).matches() || NOT_A_LANGUAGE.matcher(c).matches()
        || !ULocale.createCanonical(c).getLanguage().equals(c));
    Map<String, Draft> drafts = new TreeMap<>();
    for (String code : codes) {
      Draft d = new Draft(id(code), EntityType.LANGUAGE);
      d.description("language (ISO 639 " + code + ")");
      if (withLocale.contains(code)) {
        d.bonus(LOCALE_BONUS);
      }
      ULocale likely = ULocale.addLikelySubtags(new ULocale(code));
      if (!likely.getScript().isEmpty()) {
        d.relate("P282", ScriptCollector.id(likely.getScript()));
      }
      if (likely.getCountry().length() == 2) {
        d.relate("P17", RegionCollector.id(likely.getCountry()));
      }
      drafts.put(code, d);
    }
    for (StarterLocale loc : locales) {
      LocaleDisplayNames names = LocaleDisplayNames.getInstance(loc.locale(), DisplayContext.NO_SUBSTITUTE);
      Map<String, String> shortNames = CldrTables.table(CldrTables.LANGUAGE_BUNDLE, loc.locale(), "Languages%short");
      Map<String, String> variants = CldrTables.table(CldrTables.LANGUAGE_BUNDLE, loc.locale(), "Languages%variant");
      Set<String> wanted = CldrTables.definedKeys(CldrTables.LANGUAGE_BUNDLE, loc, "Languages", "Languages%short", "Languages%variant");
      wanted.retainAll(drafts.keySet());
      for (String code : wanted) {
        drafts.get(code).names(loc,
            Arrays.asList(Names.unlessCode(names.languageDisplayName(code), code), shortNames.get(code), variants.get(code)));
      }
    }
    drafts.values().forEach(d -> out.put(d.id(), d));
  }
}
