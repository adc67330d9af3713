package io.polylink.kb.starter;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.polylink.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Cities that CLDR names as time-zone exemplar locations ({@code Europe/Paris} is Paris, Париж, 巴黎). */
final class CityCollector {

  static String id(String zone) {
    return "tz:" + zone;
  }

  void collect(List<StarterLocale> locales, Map<String, Draft> out) {
    LocaleDisplayNames en = LocaleDisplayNames.getInstance(ULocale.ENGLISH, DisplayContext.NO_SUBSTITUTE);
    Map<String, Draft> drafts = new TreeMap<>();
    Map<String, String> fallbackNames = new TreeMap<>();
    for (String zone : new TreeSet<>(TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null))) {
      String fallback = fallbackName(zone);
      if (fallback == null) {
        continue;
      }
      Draft d = new Draft(id(zone), EntityType.LOCATION);
      String region = TimeZone.getRegion(zone);
      String country = region == null || region.length() != 2 ? null : en.regionDisplayName(region);
      d.description((country == null ? "city" : "city in " + country) + " (time zone " + zone + ")");
      if (country != null) {
        d.relate("P17", RegionCollector.id(region));
      }
      drafts.put(zone, d);
      fallbackNames.put(zone, fallback);
    }
    for (StarterLocale loc : locales) {
      TimeZoneNames names = TimeZoneNames.getInstance(loc.locale());
      Set<String> wanted = drafts.keySet();
      if (loc.regional()) {
        wanted = new TreeSet<>();
        for (String key : CldrTables.ownKeys(CldrTables.ZONE_BUNDLE, loc.locale(), "zoneStrings")) {
          wanted.add(key.replace(':', '/'));
        }
        wanted.retainAll(drafts.keySet());
      }
      for (String zone : wanted) {
        String name = names.getExemplarLocationName(zone);
        // Without data ICU derives the name from the zone id. CLDR omits a Latin-script locale's exemplar city when it
        // equals that derived name, so there it is the locale's name; elsewhere it is a stand-in, not a translation.
        if (name != null && (loc.latinScript() || !name.equals(fallbackNames.get(zone)))) {
          drafts.get(zone).names(loc, List.of(name));
        }
      }
    }
    drafts.values().forEach(d -> out.put(d.id(), d));
  }

  /** ICU's stand-in exemplar name: the last id segment with spaces for underscores; null for non-location ids. */
  static String fallbackName(String zone) {
    int slash = zone.lastIndexOf('/');
    if (slash < 0 || zone.startsWith("Etc/") || zone.startsWith("SystemV/")) {
      return null;
    }
    return zone.substring(slash + 1).replace('_', ' ');
  }
}
