package io.polylink.bench.synth;

import io.polylink.bench.synth.Statement.Snak;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Builds synthetic Wikidata items, one per index, from an {@link EntityPlan}. Stateless apart from the site list. */
final class ItemFactory {
  private static final String[] LANGUAGE_IDS = {"Q1860", "Q188", "Q150", "Q1321", "Q7737", "Q7850", "Q5287", "Q13955"};
  private static final String[] CURRENCY_IDS = {"Q4917", "Q4916", "Q25224", "Q41044", "Q8146", "Q39099"};
  private static final String[] CONTINENT_IDS = {"Q46", "Q48", "Q15", "Q49", "Q18", "Q538"};
  private static final String[] GENRE_IDS = {"Q130232", "Q157443", "Q11399", "Q8261", "Q49084"};
  private static final String[] INDUSTRY_IDS = {"Q11661", "Q8148", "Q22687", "Q3968", "Q1368"};
  private static final String[] SPECIES_SUFFIXES = {"i", "ensis", "us", "a", "ae"};

  private final EntityPlan plan;
  private final List<String> sites = new ArrayList<>();
  private final List<String> siteLanguage = new ArrayList<>();

  ItemFactory(EntityPlan plan) {
    this.plan = plan;
    for (Lang l : Lang.values()) {
      addSite(l.code.replace('-', '_') + "wiki", l.code);
    }
    for (String w : Vocabulary.MORE_WIKIS) {
      addSite(w + "wiki", w);
    }
    for (Lang l : List.of(Lang.EN, Lang.DE, Lang.FR, Lang.ES, Lang.IT, Lang.RU, Lang.PL, Lang.PT)) {
      addSite(l.code + "wikiquote", l.code);
      addSite(l.code + "wikisource", l.code);
      addSite(l.code + "wikivoyage", l.code);
    }
    addSite("commonswiki", "en");
  }

  private void addSite(String site, String lang) {
    sites.add(site);
    siteLanguage.add(lang);
  }

  int siteCount() {
    return sites.size();
  }

  /** The item at {@code index}; the plan must say it is an item. */
  Item build(int index) {
    Kind kind = plan.kind(index);
    if (!kind.isItem()) {
      throw new IllegalArgumentException("entity " + index + " is a " + kind + ", not an item");
    }
    SplittableRandom r = plan.random(index);
    String id = plan.id(index);
    CoreName name = plan.name(index);
    int sitelinkCount = plan.sitelinks(index, sites.size());
    List<Lang> langs = labelLanguages(r, name.home(), sitelinkCount);

    Context c = new Context();
    c.country = kind == Kind.COUNTRY ? index : plan.randomCountry(r);
    c.place = kind == Kind.EVENT || kind == Kind.ORGANIZATION || kind == Kind.PERSON ? plan.randomOf(r, Kind.CITY) : -1;
    if (c.place < 0) {
      c.place = plan.randomRegion(r);
    }
    c.subtype = r.nextInt(3);
    c.occupation = r.nextInt(Vocabulary.OCCUPATION_IDS.size());
    c.year = switch (kind) {
      case PERSON -> 1900 + r.nextInt(106);
      case WORK -> 1950 + r.nextInt(75);
      case EVENT -> 1800 + r.nextInt(225);
      default -> 1850 + r.nextInt(171);
    };
    c.suffix = Vocabulary.pick(r, Vocabulary.ORG_SUFFIXES);
    c.withSuffix = r.nextInt(10) < (name.literal() == null ? 8 : 6);
    c.title = workTitle(r, name);
    c.epithet = SPECIES_SUFFIXES[r.nextInt(SPECIES_SUFFIXES.length)];

    Map<String, String> labels = new LinkedHashMap<>();
    for (Lang l : langs) {
      labels.put(l.code, label(kind, name, l, c));
    }
    Map<String, String> descriptions = descriptions(r, kind, langs, c);
    Map<String, List<String>> aliases = aliases(r, kind, name, labels, langs, c);
    List<Statement> statements = new Claims(id, r).build(kind, index, name, labels, c);
    Map<String, String> sitelinks = new LinkedHashMap<>();
    List<String> badged = new ArrayList<>();
    chooseSites(r, langs, sitelinkCount, labels, sitelinks, badged);
    long lastrevid = 2_000_000_000L + r.nextInt(300_000_000);
    long pageid = 100 + index * 3L + r.nextInt(3);
    String modified = String.format(Locale.ROOT, "2024-%02d-%02dT%02d:%02d:%02dZ", 1 + r.nextInt(12), 1 + r.nextInt(28),
        r.nextInt(24), r.nextInt(60), r.nextInt(60));
    return new Item(index, id, kind, labels, descriptions, aliases, statements, sitelinks, badged, lastrevid, pageid, modified);
  }

  /** Per-item choices shared by labels, descriptions, aliases and claims. */
  static final class Context {
    int country;
    int place;
    int subtype;
    int occupation;
    int year;
    String suffix;
    boolean withSuffix;
    String title;
    String epithet;
  }

  /** 3 to 12 languages: English mostly, a language of the name's own script, more for popular items. */
  private static List<Lang> labelLanguages(SplittableRandom r, Script home, int sitelinks) {
    int n = Math.min(12, 3 + r.nextInt(3) + (int) (Math.log(1 + sitelinks) / Math.log(2)));
    Set<Lang> set = new LinkedHashSet<>();
    if (r.nextInt(100) < 93) {
      set.add(Lang.EN);
    }
    List<Lang> own = Lang.writtenIn(home);
    set.add(own.get(r.nextInt(own.size())));
    Lang[] all = Lang.values();
    while (set.size() < n) {
      // Big Latin-script languages (the first ten) have labels far more often than the rest.
      set.add(r.nextBoolean() ? all[r.nextInt(10)] : all[r.nextInt(all.length)]);
    }
    return List.copyOf(set);
  }

  private String label(Kind kind, CoreName name, Lang l, Context c) {
    boolean latin = l.script == Script.LATIN;
    return switch (kind) {
      case ORGANIZATION -> {
        String base = NameForge.render(name, l);
        if (!c.withSuffix) {
          yield base;
        }
        yield latin ? base + " " + c.suffix : l == Lang.ZH ? base + "集团" : l == Lang.JA ? base + "グループ" : base;
      }
      case WORK -> latin ? c.title : NameForge.render(name, l);
      case EVENT -> {
        String place = NameForge.render(plan.name(c.place), l);
        String template = l == Lang.EN ? Vocabulary.EVENT_LABELS.get(c.subtype) : Vocabulary.EVENTS.get(c.subtype).get(l);
        yield template == null ? place + " " + c.year : Vocabulary.fill(template, place, Integer.toString(c.year));
      }
      case TAXON -> {
        if (!latin) {
          yield NameForge.render(name, l);
        }
        String[] words = NameForge.render(name, Lang.EN).split(" ");
        yield words[0] + " " + words[words.length - 1].toLowerCase(Locale.ROOT) + c.epithet;
      }
      default -> NameForge.render(name, l);
    };
  }

  private static String workTitle(SplittableRandom r, CoreName name) {
    if (name.literal() != null) {
      return name.literal();
    }
    String rendered = NameForge.render(name, Lang.EN);
    return switch (r.nextInt(3)) {
      case 0 -> "The " + Vocabulary.pick(r, Vocabulary.TITLE_ADJECTIVES) + " " + Vocabulary.pick(r, Vocabulary.TITLE_NOUNS);
      case 1 -> Vocabulary.pick(r, Vocabulary.TITLE_NOUNS) + " of " + rendered;
      default -> rendered;
    };
  }

  private Map<String, String> descriptions(SplittableRandom r, Kind kind, List<Lang> langs, Context c) {
    List<Lang> candidates = new ArrayList<>();
    for (Lang l : Vocabulary.DESCRIPTION_LANGS) {
      if (langs.contains(l)) {
        candidates.add(l);
      }
    }
    if (candidates.isEmpty()) {
      candidates.add(Lang.EN);
    }
    int n = Math.min(candidates.size(), 1 + r.nextInt(4));
    Map<String, String> out = new LinkedHashMap<>();
    for (Lang l : candidates.subList(0, n)) {
      String country = NameForge.render(plan.name(c.country), l);
      String year = Integer.toString(c.year);
      String d = switch (kind) {
        case PERSON -> Vocabulary.fill(Vocabulary.PERSON.get(l), country, Vocabulary.OCCUPATIONS.get(l).get(c.occupation));
        case CITY -> Vocabulary.fill(Vocabulary.CITY.get(l), country, "");
        case COUNTRY -> Vocabulary.COUNTRY.get(l);
        case REGION -> Vocabulary.fill(Vocabulary.REGION.get(l), country, "");
        case ORGANIZATION -> Vocabulary.fill(Vocabulary.ORGANIZATION.get(l), country, "");
        case WORK -> Vocabulary.fill(Vocabulary.WORKS.get(c.subtype).get(l), country, year);
        case EVENT -> Vocabulary.fill(Vocabulary.EVENTS.get(c.subtype).get(l), NameForge.render(plan.name(c.place), l), year);
        default -> Vocabulary.TAXON.get(l);
      };
      out.put(l.code, d);
    }
    return out;
  }

  private Map<String, List<String>> aliases(SplittableRandom r, Kind kind, CoreName name, Map<String, String> labels,
      List<Lang> langs, Context c) {
    int n = r.nextInt(10) < 4 ? 0 : 1 + r.nextInt(4);
    if (n == 0) {
      return Map.of();
    }
    String en = NameForge.render(name, Lang.EN);
    String[] words = en.split(" ");
    List<String> candidates = new ArrayList<>();
    switch (kind) {
      case PERSON -> {
        if (words.length > 1) {
          candidates.add(words[0].charAt(0) + ". " + String.join(" ", List.of(words).subList(1, words.length)));
          candidates.add(words[words.length - 1] + " " + words[0]);
        }
        candidates.add(NameForge.render(name, Lang.DE));
        int other = plan.randomOf(r, Kind.PERSON);
        if (other >= 0 && words.length > 1) {
          // A middle name borrowed from another person's given name.
          String middle = NameForge.render(plan.name(other), Lang.EN).split(" ")[0];
          candidates.add(words[0] + " " + middle + " " + words[words.length - 1]);
        }
      }
      case ORGANIZATION -> {
        String label = labels.getOrDefault("en", en);
        String acronym = NameForge.acronym(List.of(label.split(" ")));
        if (acronym != null) {
          candidates.add(acronym);
        }
        candidates.add(en);
        candidates.add(en + " Inc.");
        candidates.add(en + " Ltd.");
      }
      case WORK -> {
        candidates.add(c.title.startsWith("The ") ? c.title.substring(4) : c.title + ": A Story");
        candidates.add(en);
      }
      case EVENT -> {
        String place = NameForge.render(plan.name(c.place), Lang.EN);
        candidates.add(place + " " + c.year);
        candidates.add(c.year + " " + place + " disaster");
      }
      case TAXON -> {
        candidates.add(en + " beetle");
        candidates.add(Vocabulary.pick(r, Vocabulary.TITLE_ADJECTIVES) + " " + words[0].toLowerCase(Locale.ROOT) + " moth");
      }
      default -> {
        candidates.add(NameForge.render(name, Lang.FR));
        candidates.add(NameForge.render(name, Lang.PL));
        candidates.add(kind == Kind.COUNTRY ? "Republic of " + en : kind == Kind.CITY ? "City of " + en : en + " Province");
        candidates.add(NameForge.render(plan.name(plan.randomRegion(r)), Lang.EN));
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    String aliasLang = langs.contains(Lang.EN) ? "en" : langs.get(0).code;
    Set<String> seen = new LinkedHashSet<>(labels.values());
    for (String cand : candidates) {
      if (out.getOrDefault(aliasLang, List.of()).size() >= n) {
        break;
      }
      if (seen.add(cand)) {
        out.computeIfAbsent(aliasLang, k -> new ArrayList<>()).add(cand);
      }
    }
    // A person's surname alone in some label language, as Wikidata has for many names ("Толстой" for Лев Толстой).
    Lang other = langs.get(r.nextInt(langs.size()));
    String native0 = labels.get(other.code);
    if (kind == Kind.PERSON && native0 != null && r.nextInt(3) == 0 && native0.indexOf(' ') > 0) {
      String shortForm = native0.substring(native0.lastIndexOf(' ') + 1);
      if (seen.add(shortForm)) {
        out.computeIfAbsent(other.code, k -> new ArrayList<>()).add(shortForm);
      }
    }
    return out;
  }

  private void chooseSites(SplittableRandom r, List<Lang> langs, int count, Map<String, String> labels,
      Map<String, String> out, List<String> badged) {
    if (count == 0) {
      return;
    }
    int[] order = new int[sites.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    int filled = 0;
    // Wikipedias in the label languages come first: an article usually exists where a label does.
    for (Lang l : langs) {
      int site = l.ordinal();
      swap(order, filled, indexOf(order, site, filled));
      filled++;
    }
    for (int i = filled; i < count && i < order.length; i++) {
      swap(order, i, i + r.nextInt(order.length - i));
    }
    String fallback = labels.getOrDefault("en", labels.values().iterator().next());
    for (int i = 0; i < count && i < order.length; i++) {
      String site = sites.get(order[i]);
      String title = labels.getOrDefault(siteLanguage.get(order[i]), fallback);
      if (site.equals("commonswiki")) {
        title = "Category:" + fallback;
      }
      out.put(site, title);
      if (count > 50 && r.nextInt(12) == 0) {
        badged.add(site);
      }
    }
  }

  private static int indexOf(int[] a, int v, int from) {
    for (int i = from; i < a.length; i++) {
      if (a[i] == v) {
        return i;
      }
    }
    throw new IllegalStateException("site " + v + " not found");
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /** The statements of one item. */
  private final class Claims {
    private final String id;
    private final SplittableRandom r;
    private final List<Statement> out = new ArrayList<>();

    Claims(String id, SplittableRandom r) {
      this.id = id;
      this.r = r;
    }

    List<Statement> build(Kind kind, int index, CoreName name, Map<String, String> labels, Context c) {
      String country = plan.id(c.country);
      switch (kind) {
        case PERSON -> {
          item("P31", "Q5");
          item("P21", r.nextInt(2) == 0 ? "Q6581097" : "Q6581072");
          item("P27", country);
          item("P106", Vocabulary.OCCUPATION_IDS.get(c.occupation));
          time("P569", c.year, 11);
          if (r.nextInt(10) < 4) {
            time("P570", c.year + 30 + r.nextInt(60), 11);
          }
          if (c.place >= 0 && plan.kind(c.place) == Kind.CITY) {
            item("P19", plan.id(c.place));
          }
          maybeRelated("P26", Kind.PERSON, 20);
          if (r.nextInt(20) == 0) {
            add("P22", "somevalue", null, "wikibase-item");
          }
          if (r.nextInt(10) < 3) {
            text("P18", labels.values().iterator().next() + ".jpg", "commonsMedia");
          }
          if (r.nextInt(2) == 0) {
            text("P214", Long.toString(10_000_000L + r.nextInt(900_000_000)), "external-id");
          }
        }
        case CITY, REGION -> {
          item("P31", kind == Kind.CITY ? "Q515" : "Q10864048");
          item("P17", country);
          if (kind == Kind.CITY) {
            item("P131", plan.id(plan.randomRegion(r)));
          } else {
            maybeRelated("P36", Kind.CITY, 50);
          }
          population(kind == Kind.CITY ? 5_000_000 : 20_000_000);
          coordinate();
          if (r.nextInt(10) < 4) {
            Map.Entry<String, String> first = labels.entrySet().iterator().next();
            add("P1448", "value", new Value.Monolingual(first.getValue(), first.getKey()), "monolingualtext");
          }
          if (r.nextInt(10) < 2) {
            add("P2044", "value", new Value.Quantity("+" + r.nextInt(3000), "http://www.wikidata.org/entity/Q11573"), "quantity");
          }
        }
        case COUNTRY -> {
          item("P31", "Q6256");
          item("P31", "Q3624078");
          maybeRelated("P36", Kind.CITY, 100);
          item("P37", LANGUAGE_IDS[r.nextInt(LANGUAGE_IDS.length)]);
          item("P38", CURRENCY_IDS[r.nextInt(CURRENCY_IDS.length)]);
          item("P30", CONTINENT_IDS[r.nextInt(CONTINENT_IDS.length)]);
          population(300_000_000);
          coordinate();
          text("P297", iso2(index), "external-id");
        }
        case ORGANIZATION -> {
          item("P31", r.nextInt(3) == 0 ? "Q43229" : "Q4830453");
          item("P17", country);
          if (c.place >= 0 && plan.kind(c.place) == Kind.CITY) {
            item("P159", plan.id(c.place));
          }
          time("P571", c.year, 9);
          maybeRelated("P112", Kind.PERSON, 40);
          if (r.nextInt(2) == 0) {
            item("P452", INDUSTRY_IDS[r.nextInt(INDUSTRY_IDS.length)]);
          }
          if (r.nextInt(2) == 0) {
            text("P856", "https://www." + asciiSlug(NameForge.render(name, Lang.EN)) + ".example", "url");
          }
        }
        case WORK -> {
          item("P31", Vocabulary.WORK_IDS.get(c.subtype));
          time("P577", c.year, r.nextBoolean() ? 11 : 9);
          item("P495", country);
          maybeRelated(c.subtype == 0 ? "P57" : c.subtype == 1 ? "P50" : "P175", Kind.PERSON, 85);
          add("P1476", "value", new Value.Monolingual(labels.getOrDefault("en", c.title), "en"), "monolingualtext");
          if (r.nextInt(10) < 3) {
            item("P136", GENRE_IDS[r.nextInt(GENRE_IDS.length)]);
          }
        }
        case EVENT -> {
          item("P31", Vocabulary.EVENT_IDS.get(c.subtype));
          time("P585", c.year, r.nextBoolean() ? 11 : 9);
          item("P276", plan.id(c.place));
          item("P17", country);
          if (c.subtype == 0) {
            add("P2527", "value", new Value.Quantity("+" + (4 + r.nextInt(5)) + "." + r.nextInt(10), "1"), "quantity");
          }
        }
        default -> {
          item("P31", "Q16521");
          item("P105", "Q7432");
          maybeRelated("P171", Kind.TAXON, 90);
          text("P225", labels.getOrDefault("en", labels.values().iterator().next()), "string");
        }
      }
      return out;
    }

    private void maybeRelated(String property, Kind kind, int percent) {
      if (r.nextInt(100) < percent) {
        int j = plan.randomOf(r, kind);
        if (j >= 0) {
          item(property, plan.id(j));
        }
      }
    }

    private void item(String property, String target) {
      add(property, "value", new Value.ItemRef(target), "wikibase-item");
    }

    private void time(String property, int year, int precision) {
      String date = precision >= 11
          ? String.format(Locale.ROOT, "+%04d-%02d-%02dT00:00:00Z", year, 1 + r.nextInt(12), 1 + r.nextInt(28))
          : String.format(Locale.ROOT, "+%04d-00-00T00:00:00Z", year);
      add(property, "value", new Value.Time(date, precision), "time");
    }

    private void text(String property, String text, String datatype) {
      add(property, "value", new Value.Text(text, datatype), datatype);
    }

    private void population(int max) {
      Value.Quantity q = new Value.Quantity("+" + (1000 + r.nextInt(max)), "1");
      List<Snak> qualifiers = List.of(new Snak("P585",
          new Value.Time(String.format(Locale.ROOT, "+%04d-00-00T00:00:00Z", 2000 + r.nextInt(24)), 9)));
      out.add(new Statement("P1082", "value", q, "quantity", "preferred", guid(), qualifiers, references(true)));
    }

    private void coordinate() {
      double lat = Math.round((-60 + 130 * r.nextDouble()) * 10_000) / 10_000.0;
      double lon = Math.round((-180 + 360 * r.nextDouble()) * 10_000) / 10_000.0;
      add("P625", "value", new Value.Coordinate(lat, lon), "globe-coordinate");
    }

    private void add(String property, String snaktype, Value value, String datatype) {
      String rank = r.nextInt(50) == 0 ? "deprecated" : r.nextInt(25) == 0 ? "preferred" : "normal";
      List<Snak> qualifiers = List.of();
      if (r.nextInt(10) == 0) {
        qualifiers = List.of(new Snak("P580",
            new Value.Time(String.format(Locale.ROOT, "+%04d-00-00T00:00:00Z", 1950 + r.nextInt(70)), 9)));
      }
      out.add(new Statement(property, snaktype, value, datatype, rank, guid(), qualifiers, references(false)));
    }

    private List<List<Snak>> references(boolean always) {
      int p = r.nextInt(10);
      if (!always && p >= 3) {
        return List.of();
      }
      if (p % 2 == 0) {
        return List.of(List.of(new Snak("P143", new Value.ItemRef("Q328"))));
      }
      return List.of(List.of(new Snak("P248", new Value.ItemRef("Q36578")),
          new Snak("P813", new Value.Time(String.format(Locale.ROOT, "+2023-%02d-%02dT00:00:00Z", 1 + r.nextInt(12),
              1 + r.nextInt(28)), 11))));
    }

    private String guid() {
      long a = r.nextLong();
      long b = r.nextLong();
      String hex = String.format(Locale.ROOT, "%016X%016X", a, b);
      return id + "$" + hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
          + hex.substring(16, 20) + "-" + hex.substring(20, 32);
    }
  }

  private static String iso2(int index) {
    return "" + (char) ('A' + index / 26 % 26) + (char) ('A' + index % 26);
  }

  private static String asciiSlug(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toLowerCase(Locale.ROOT).toCharArray()) {
      if (ch >= 'a' && ch <= 'z') {
        sb.append(ch);
      }
    }
    return sb.isEmpty() ? "site" : sb.toString();
  }
}
