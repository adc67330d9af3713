package io.polylink.bench.synth;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Word lists and description templates for the synthetic dump; {0} is a place name, {1} a year or occupation. */
final class Vocabulary {
  private Vocabulary() {}

  /** Common English words that also name things (films, bands, companies, towns): deliberate ambiguity. */
  static final List<String> NAME_WORDS = List.of("Harbor", "Summit", "Liberty", "Phoenix", "Mercury", "Apple", "Orion",
      "Atlas", "Horizon", "Eagle", "Victory", "Union", "Pioneer", "Genesis", "Nova", "Echo", "Legacy", "Frontier", "Unity",
      "Heritage", "Crown", "Royal", "Delta", "Alpha", "Spring", "River", "Silence", "Home", "Paradise", "Hope", "Fortune",
      "Century", "Guardian", "Independence", "Matrix", "Signal", "Anchor", "Compass", "Meridian", "Harmony", "Vertigo",
      "Avalanche", "Bishop", "Carnival", "Orchard", "Pilgrim", "Sterling", "Thunder", "Voyager", "Windmill");

  static final List<String> TITLE_ADJECTIVES = List.of("Silent", "Last", "Golden", "Broken", "Hidden", "Long", "Red",
      "Distant", "Burning", "Forgotten", "Little", "Dark", "Endless", "Bright", "Northern", "Quiet");
  static final List<String> TITLE_NOUNS = List.of("River", "Summer", "Road", "House", "Garden", "Winter", "Sea",
      "Mountain", "Night", "Promise", "Kingdom", "Station", "Letter", "Season", "Voice", "Harvest");

  static final List<String> ORG_SUFFIXES = List.of("Group", "Holdings", "Bank", "Motors", "Systems", "University",
      "Airlines", "Foundation", "Records", "Institute");

  /** Occupations: Wikidata class id, then the word per description language. */
  static final List<String> OCCUPATION_IDS = List.of("Q82955", "Q33999", "Q36180", "Q937857", "Q901", "Q639669");
  static final Map<Lang, List<String>> OCCUPATIONS = new EnumMap<>(Map.of(
      Lang.EN, List.of("politician", "actor", "writer", "footballer", "scientist", "musician"),
      Lang.DE, List.of("Politiker", "Schauspieler", "Schriftsteller", "Fußballspieler", "Wissenschaftler", "Musiker"),
      Lang.FR, List.of("personnalité politique", "acteur", "écrivain", "footballeur", "scientifique", "musicien"),
      Lang.ES, List.of("político", "actor", "escritor", "futbolista", "científico", "músico"),
      Lang.RU, List.of("политик", "актёр", "писатель", "футболист", "учёный", "музыкант"),
      Lang.ZH, List.of("政治人物", "演员", "作家", "足球运动员", "科学家", "音乐家"),
      Lang.JA, List.of("政治家", "俳優", "作家", "サッカー選手", "科学者", "音楽家"),
      Lang.AR, List.of("سياسي", "ممثل", "كاتب", "لاعب كرة قدم", "عالم", "موسيقي")));

  /** The languages that get generated descriptions. */
  static final List<Lang> DESCRIPTION_LANGS = List.of(Lang.EN, Lang.DE, Lang.FR, Lang.ES, Lang.RU, Lang.ZH, Lang.JA, Lang.AR);

  static final Map<Lang, String> PERSON = templates("{1} from {0}", "{1} aus {0}", "{1} de {0}", "{1} de {0}",
      "{1} ({0})", "{0}{1}", "{0}の{1}", "{1} من {0}");
  static final Map<Lang, String> CITY = templates("city in {0}", "Stadt in {0}", "ville de {0}", "ciudad de {0}",
      "город, {0}", "{0}城市", "{0}の都市", "مدينة في {0}");
  static final Map<Lang, String> COUNTRY = templates("sovereign state", "Staat", "État souverain", "estado soberano",
      "государство", "主权国家", "主権国家", "دولة ذات سيادة");
  static final Map<Lang, String> REGION = templates("region of {0}", "Region in {0}", "région de {0}", "región de {0}",
      "регион, {0}", "{0}地区", "{0}の地域", "منطقة في {0}");
  static final Map<Lang, String> ORGANIZATION = templates("company based in {0}", "Unternehmen aus {0}",
      "entreprise de {0}", "empresa de {0}", "компания, {0}", "{0}公司", "{0}の企業", "شركة من {0}");
  static final Map<Lang, String> TAXON = templates("species of insect", "Art der Insekten", "espèce d'insectes",
      "especie de insecto", "вид насекомых", "昆虫物种", "昆虫の種", "نوع من الحشرات");
  /** Work subtypes: film, novel, album. */
  static final List<String> WORK_IDS = List.of("Q11424", "Q8261", "Q482994");
  static final List<Map<Lang, String>> WORKS = List.of(
      templates("{1} film", "Film von {1}", "film sorti en {1}", "película de {1}", "фильм {1} года", "{1}年电影",
          "{1}年の映画", "فيلم أنتج عام {1}"),
      templates("{1} novel", "Roman von {1}", "roman publié en {1}", "novela de {1}", "роман {1} года", "{1}年小说",
          "{1}年の小説", "رواية نشرت عام {1}"),
      templates("{1} album", "Album von {1}", "album sorti en {1}", "álbum de {1}", "альбом {1} года", "{1}年专辑",
          "{1}年のアルバム", "ألبوم صدر عام {1}"));
  /** Event subtypes: earthquake, battle, festival; {0} the place, {1} the year. */
  static final List<String> EVENT_IDS = List.of("Q7944", "Q178561", "Q132241");
  static final List<Map<Lang, String>> EVENTS = List.of(
      templates("{1} earthquake in {0}", "Erdbeben in {0} ({1})", "séisme de {1} à {0}", "terremoto de {0} de {1}",
          "землетрясение ({0}, {1})", "{1}年{0}地震", "{1}年の{0}地震", "زلزال {0} {1}"),
      templates("battle near {0} in {1}", "Schlacht bei {0} ({1})", "bataille de {0} ({1})", "batalla de {0} ({1})",
          "битва при {0} ({1})", "{1}年{0}战役", "{1}年の{0}の戦い", "معركة {0} ({1})"),
      templates("festival in {0}", "Festival in {0}", "festival à {0}", "festival en {0}", "фестиваль ({0})",
          "{0}节", "{0}の祭り", "مهرجان في {0}"));
  /** English event labels; {0} the place, {1} the year. */
  static final List<String> EVENT_LABELS = List.of("{1} {0} earthquake", "Battle of {0}", "{0} Festival");

  /** Wikipedia language editions beyond the label languages, so that popular items reach hundreds of sitelinks. */
  static final List<String> MORE_WIKIS = List.of("af", "sq", "am", "hy", "az", "eu", "be", "bn", "bs", "br", "cy", "eo",
      "et", "fo", "gl", "ka", "gu", "ha", "he", "hr", "is", "ga", "jv", "kn", "kk", "km", "ko", "ku", "ky", "lo", "la", "lv",
      "lt", "lb", "mk", "mg", "ms", "ml", "mt", "mi", "mn", "my", "nn", "no", "oc", "or", "ps", "pa", "qu", "rm", "sa", "sco",
      "gd", "sh", "sd", "si", "sk", "sl", "so", "sw", "tl", "tg", "ta", "tt", "te", "bo", "tk", "ur", "ug", "uz", "wa", "yi",
      "yo", "zu", "ast", "an", "ba", "bar", "bcl", "ceb", "ce", "cv", "fy", "gan", "hak", "hif", "ia", "ie", "ilo", "io",
      "kab", "lmo", "nap", "nds", "new", "pms", "pnb", "sah", "scn", "szl", "vec", "vls", "war", "wuu", "yue", "ckb", "arz",
      "azb", "lld", "min", "su", "als", "ang", "frr", "gv", "kw", "li", "lij", "mzn", "nv", "os", "pam", "rue", "se");

  static String pick(SplittableRandom r, List<String> list) {
    return list.get(r.nextInt(list.size()));
  }

  static String fill(String template, String place, String second) {
    return template.replace("{0}", place).replace("{1}", second);
  }

  private static Map<Lang, String> templates(String en, String de, String fr, String es, String ru, String zh, String ja,
      String ar) {
    Map<Lang, String> m = new EnumMap<>(Lang.class);
    m.put(Lang.EN, en);
    m.put(Lang.DE, de);
    m.put(Lang.FR, fr);
    m.put(Lang.ES, es);
    m.put(Lang.RU, ru);
    m.put(Lang.ZH, zh);
    m.put(Lang.JA, ja);
    m.put(Lang.AR, ar);
    return m;
  }
}
