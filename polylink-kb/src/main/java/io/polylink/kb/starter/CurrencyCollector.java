package io.polylink.kb.starter;

import com.ibm.icu.text.CurrencyDisplayNames;
import com.ibm.icu.text.CurrencyMetaInfo;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import io.polylink.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * ISO 4217 currencies with their long and plural names (symbols such as {@code $} are not names and are left out),
 * linked to the territories that use or used them.
 */
final class CurrencyCollector {
  private final long referenceMillis;

  /** @param referenceMillis the instant that decides which currencies are current, fixed for determinism */
  CurrencyCollector(long referenceMillis) {
    this.referenceMillis = referenceMillis;
  }

  static String id(String code) {
    return "iso4217:" + code;
  }

  void collect(List<StarterLocale> locales, Map<String, Draft> out) {
    Map<String, Set<String>> current = new TreeMap<>();
    Map<String, Set<String>> ever = new TreeMap<>();
    CurrencyMetaInfo meta = CurrencyMetaInfo.getInstance();
    for (String territory : CldrTables.territories()) {
      for (CurrencyMetaInfo.CurrencyInfo ci : meta.currencyInfo(CurrencyMetaInfo.CurrencyFilter.onRegion(territory))) {
        if (!ci.isTender()) {
          continue;
        }
        ever.computeIfAbsent(ci.code, c -> new TreeSet<>()).add(territory);
        if (ci.from <= referenceMillis && referenceMillis < ci.to) {
          current.computeIfAbsent(ci.code, c -> new TreeSet<>()).add(territory);
          Draft country = out.get(RegionCollector.id(territory));
          if (country != null) {
            country.relate("P38", id(ci.code));
          }
        }
      }
    }
    LocaleDisplayNames en = LocaleDisplayNames.getInstance(ULocale.ENGLISH, DisplayContext.NO_SUBSTITUTE);
    Map<String, Draft> drafts = new TreeMap<>();
    Set<String> codes = new TreeSet<>();
    Currency.getAvailableCurrencies().forEach(c -> codes.add(c.getCurrencyCode()));
    for (String code : codes) {
      // X-codes are mostly metals, funds and test codes; keep the ones territories actually pay with (XAF, XOF, ...).
      if (code.startsWith("X") && !ever.containsKey(code)) {
        continue;
      }
      Draft d = new Draft(id(code), EntityType.CURRENCY);
      ever.getOrDefault(code, Set.of()).forEach(t -> d.relate("P17", RegionCollector.id(t)));
      d.description(describe(code, current.getOrDefault(code, Set.of()), ever.getOrDefault(code, Set.of()), en));
      drafts.put(code, d);
    }
    for (StarterLocale loc : locales) {
      CurrencyDisplayNames names = CurrencyDisplayNames.getInstance(loc.locale(), true);
      // Plural forms of regional locales repeat their parent's; skipping them keeps read() fast.
      List<String> plurals = loc.regional() ? List.of() : new ArrayList<>(new TreeSet<>(PluralRules.forLocale(loc.locale()).getKeywords()));
      Set<String> wanted = CldrTables.definedKeys(CldrTables.CURRENCY_BUNDLE, loc, "Currencies", "CurrencyPlurals");
      wanted.retainAll(drafts.keySet());
      for (String code : wanted) {
        List<String> forms = new ArrayList<>(1 + plurals.size());
        forms.add(Names.unlessCode(names.getName(code), code));
        for (String keyword : plurals) {
          forms.add(Names.unlessCode(names.getPluralName(code, keyword), code));
        }
        drafts.get(code).names(loc, forms);
      }
    }
    drafts.values().forEach(d -> out.put(d.id(), d));
  }

  private static String describe(String code, Set<String> current, Set<String> ever, LocaleDisplayNames en) {
    Set<String> users = current.isEmpty() ? ever : current;
    if (users.isEmpty()) {
      return "currency (ISO 4217 " + code + ")";
    }
    // The territory whose code prefixes the currency code (US for USD) is the one people think of first.
    List<String> ordered = new ArrayList<>();
    String home = code.substring(0, 2);
    if (users.contains(home)) {
      ordered.add(home);
    }
    users.stream().filter(t -> !t.equals(home)).forEach(ordered::add);
    List<String> shown = new ArrayList<>();
    for (String t : ordered.subList(0, Math.min(3, ordered.size()))) {
      String n = en.regionDisplayName(t);
      shown.add(n == null ? t : n);
    }
    String list = String.join(", ", shown) + (ordered.size() > 3 ? " and " + (ordered.size() - 3) + " more" : "");
    return (current.isEmpty() ? "former currency of " : "currency of ") + list + " (ISO 4217 " + code + ")";
  }
}
