package io.polylink.kb.starter;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import io.polylink.model.EntityType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** ISO 15924 writing systems that CLDR names. */
final class ScriptCollector {

  static String id(String code) {
    return "iso15924:" + code;
  }

  void collect(List<StarterLocale> locales, Map<String, Draft> out) {
    Map<String, Draft> drafts = new TreeMap<>();
    for (String code : CldrTables.englishKeys(CldrTables.LANGUAGE_BUNDLE, "Scripts")) {
      // Z*** are pseudo-scripts (common, inherited, unwritten, symbols); Q*** is private use.
      if (code.length() != 4 || code.charAt(0) == 'Z' || code.charAt(0) == 'Q'
          || UScript.getCodeFromName(code) == UScript.INVALID_CODE) {
        continue;
      }
      Draft d = new Draft(id(code), EntityType.OTHER);
      d.description("writing system (ISO 15924 " + code + ")");
      drafts.put(code, d);
    }
    for (StarterLocale loc : locales) {
      LocaleDisplayNames names = LocaleDisplayNames.getInstance(loc.locale(), DisplayContext.NO_SUBSTITUTE);
      Map<String, String> standAlone = CldrTables.table(CldrTables.LANGUAGE_BUNDLE, loc.locale(), "Scripts%stand-alone");
      Map<String, String> shortNames = CldrTables.table(CldrTables.LANGUAGE_BUNDLE, loc.locale(), "Scripts%short");
      Map<String, String> variants = CldrTables.table(CldrTables.LANGUAGE_BUNDLE, loc.locale(), "Scripts%variant");
      Set<String> wanted = CldrTables.definedKeys(CldrTables.LANGUAGE_BUNDLE, loc,
          "Scripts", "Scripts%stand-alone", "Scripts%short", "Scripts%variant");
      wanted.retainAll(drafts.keySet());
      for (String code : wanted) {
        drafts.get(code).names(loc, Arrays.asList(Names.unlessCode(names.scriptDisplayName(code), code),
            standAlone.get(code), shortNames.get(code), variants.get(code)));
      }
    }
    drafts.values().forEach(d -> out.put(d.id(), d));
  }
}
