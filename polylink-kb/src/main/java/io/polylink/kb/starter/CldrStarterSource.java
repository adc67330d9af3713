package io.polylink.kb.starter;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.VersionInfo;
import io.polylink.kb.source.EntitySource;
import io.polylink.kb.source.SourceStats;
import io.polylink.model.Entity;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A starter knowledge base built from the CLDR data inside ICU4J, so that Polylink links real names without any
 * download: countries, territories and macro-regions ({@code iso3166:DE}, {@code iso3166:150}), languages
 * ({@code iso639:de}), writing systems ({@code iso15924:Latn}), currencies ({@code iso4217:EUR}) and the cities that
 * name time zones ({@code tz:Europe/Paris}), each with its name in every CLDR locale.
 *
 * <p>Relations: city and currency {@code P17} country; region {@code P361} containing region; country {@code P38}
 * currency and {@code P37} official language; language {@code P17} countries and {@code P282} likely script.
 * Popularity is the number of distinct names CLDR gives the entity (how widely it is translated) plus
 * {@value RegionCollector#COUNTRY_BONUS} for countries and territories and {@value LanguageCollector#LOCALE_BONUS} for
 * languages that have their own CLDR locale. Output is sorted by id and identical from run to
 * run for one ICU version and reference date.
 */
public final class CldrStarterSource implements EntitySource {
  /** Entities named in fewer primary languages are CLDR placeholders rather than things people write about. */
  static final int MIN_LANGUAGES = 3;
  private static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2025, 1, 1);

  private final LocalDate referenceDate;

  /** A source whose "current currency" facts are as of 2025-01-01. */
  public CldrStarterSource() {
    this(DEFAULT_REFERENCE_DATE);
  }

  /**
   * A source whose "current currency" facts are as of {@code referenceDate}.
   *
   * @param referenceDate the day that decides which currencies are in use; not null
   */
  public CldrStarterSource(LocalDate referenceDate) {
    if (referenceDate == null) {
      throw new IllegalArgumentException("reference date must not be null");
    }
    this.referenceDate = referenceDate;
  }

  @Override
  public String name() {
    return "cldr-" + LocaleData.getCLDRVersion().getMajor() + " (icu4j " + VersionInfo.ICU_VERSION + ")";
  }

  /**
   * Builds every entity from ICU's data and hands them to {@code sink} sorted by id.
   *
   * @return {@code entities} emitted, {@code skipped} {@code few-names} for candidates named in fewer than
   *     {@value #MIN_LANGUAGES} languages, {@code lines} the candidates considered
   */
  @Override
  public SourceStats read(Consumer<Entity> sink) {
    List<StarterLocale> locales = StarterLocale.available();
    Map<String, Draft> drafts = new TreeMap<>();
    new RegionCollector().collect(locales, drafts);
    new LanguageCollector().collect(locales, drafts);
    new ScriptCollector().collect(locales, drafts);
    long referenceMillis = referenceDate.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    new CurrencyCollector(referenceMillis).collect(locales, drafts);
    new CityCollector().collect(locales, drafts);
    linkOfficialLanguages(drafts);

    Set<String> kept = new TreeSet<>();
    drafts.forEach((id, d) -> {
      if (d.namingLanguages() >= MIN_LANGUAGES) {
        kept.add(id);
      }
    });
    Map<String, List<String>> ancestors = new HashMap<>();
    locales.forEach(l -> ancestors.put(l.tag(), l.ancestors()));
    for (String id : kept) {
      sink.accept(drafts.get(id).toEntity(ancestors, kept::contains));
    }
    long dropped = drafts.size() - kept.size();
    return new SourceStats(kept.size(), Map.of("few-names", dropped), 0, drafts.size());
  }

  private static void linkOfficialLanguages(Map<String, Draft> drafts) {
    CldrTables.officialLanguages().forEach((territory, languages) -> {
      Draft country = drafts.get(RegionCollector.id(territory));
      for (String lang : languages) {
        Draft language = drafts.get(LanguageCollector.id(lang));
        if (country != null && language != null) {
          country.relate("P37", language.id());
          language.relate("P17", country.id());
        }
      }
    });
  }
}
