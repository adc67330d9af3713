package io.polylink.kb.starter;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import io.polylink.model.EntityType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Countries, territories and UN M49 macro-regions ({@code 150} Europe, {@code 419} Latin America) as locations. */
final class RegionCollector {
  /** Keeps a country above any city, language or currency that shares its name. */
  static final long COUNTRY_BONUS = 1000;

  static String id(String code) {
    return "iso3166:" + code;
  }

  void collect(List<StarterLocale> locales, Map<String, Draft> out) {
    Map<String, Region> regions = new TreeMap<>();
    for (String code : CldrTables.territories()) {
      regions.put(code, Region.getInstance(code));
    }
    for (Region.RegionType t : List.of(Region.RegionType.WORLD, Region.RegionType.CONTINENT,
        Region.RegionType.SUBCONTINENT, Region.RegionType.GROUPING)) {
      for (Region r : Region.getAvailable(t)) {
        // Non-numeric groupings (EU, EZ, UN) are organisations or monetary unions, not places.
        if (r.getNumericCode() > 0 && r.toString().chars().allMatch(Character::isDigit)) {
          regions.put(r.toString(), r);
        }
      }
    }
    LocaleDisplayNames en = LocaleDisplayNames.getInstance(ULocale.ENGLISH, DisplayContext.NO_SUBSTITUTE);
    Map<String, Draft> drafts = new TreeMap<>();
    regions.forEach((code, region) -> {
      Draft d = new Draft(id(code), EntityType.LOCATION);
      d.description(describe(code, region, en));
      if (region.getType() == Region.RegionType.TERRITORY) {
        d.bonus(COUNTRY_BONUS);
      }
      Region container = region.getContainingRegion();
      if (container != null) {
        d.relate("P361", id(container.toString()));
      }
      drafts.put(code, d);
    });
    for (StarterLocale loc : locales) {
      LocaleDisplayNames names = LocaleDisplayNames.getInstance(loc.locale(), DisplayContext.NO_SUBSTITUTE);
      Map<String, String> shortNames = CldrTables.table(CldrTables.REGION_BUNDLE, loc.locale(), "Countries%short");
      Map<String, String> variants = CldrTables.table(CldrTables.REGION_BUNDLE, loc.locale(), "Countries%variant");
      for (String code : codes(loc, drafts.keySet())) {
        drafts.get(code).names(loc,
            Arrays.asList(Names.unlessCode(names.regionDisplayName(code), code), shortNames.get(code), variants.get(code)));
      }
    }
    drafts.values().forEach(d -> out.put(d.id(), d));
  }

  private static Set<String> codes(StarterLocale loc, Set<String> all) {
    Set<String> keys = CldrTables.definedKeys(CldrTables.REGION_BUNDLE, loc, "Countries", "Countries%short", "Countries%variant");
    keys.retainAll(all);
    return keys;
  }

  private static String describe(String code, Region region, LocaleDisplayNames en) {
    return switch (region.getType()) {
      case TERRITORY -> "country or territory (ISO 3166 " + code + ")";
      case WORLD -> "the whole world (UN M49 " + code + ")";
      case CONTINENT -> "continent (UN M49 " + code + ")";
      case SUBCONTINENT -> {
        Region c = region.getContainingRegion();
        String in = c == null ? null : en.regionDisplayName(c.toString());
        yield (in == null ? "region" : "region of " + in) + " (UN M49 " + code + ")";
      }
      default -> "group of countries (UN M49 " + code + ")";
    };
  }
}
