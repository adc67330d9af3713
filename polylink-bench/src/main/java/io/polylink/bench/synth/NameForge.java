package io.polylink.bench.synth;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes pronounceable pseudo-names from syllables and renders them in eight scripts with per-language respelling, so
 * synthetic labels look like names and behave like real transliterations.
 */
final class NameForge {
  private static final String[] ONSETS = {"", "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
      "ch", "sh", "kh", "ts"};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u"};
  private static final String[] CODAS = {"", "n", "r", "l", "s"};
  private static final String[] ACUTE = {"á", "é", "í", "ó", "ú"};
  private static final String[] UMLAUT = {"ä", "ë", "ï", "ö", "ü"};

  private static final String[] CYR_ONSETS = {"", "б", "д", "ф", "г", "х", "к", "л", "м", "н", "п", "р", "с", "т", "в", "з",
      "ч", "ш", "х", "ц"};
  private static final String[] CYR_VOWELS = {"а", "е", "и", "о", "у"};
  private static final String[] CYR_CODAS = {"", "н", "р", "ль", "с"};
  private static final String[] GR_ONSETS = {"", "μπ", "ντ", "φ", "γκ", "χ", "κ", "λ", "μ", "ν", "π", "ρ", "σ", "τ", "β", "ζ",
      "τσ", "σ", "χ", "τσ"};
  private static final String[] GR_VOWELS = {"α", "ε", "ι", "ο", "ου"};
  private static final String[] GR_CODAS = {"", "ν", "ρ", "λ", "σ"};
  private static final String[] AR_ONSETS = {"ا", "ب", "د", "ف", "غ", "ه", "ك", "ل", "م", "ن", "ب", "ر", "س", "ت", "ف", "ز",
      "تش", "ش", "خ", "تس"};
  private static final String[] AR_VOWELS = {"ا", "ي", "ي", "و", "و"};
  private static final String[] AR_CODAS = {"", "ن", "ر", "ل", "س"};
  private static final String[] DEV_ONSETS = {"", "ब", "द", "फ", "ग", "ह", "क", "ल", "म", "न", "प", "र", "स", "त", "व", "ज़",
      "च", "श", "ख", "त्स"};
  private static final String[] DEV_SIGNS = {"", "े", "ि", "ो", "ु"};
  private static final String[] DEV_INDEPENDENT = {"अ", "ए", "इ", "ओ", "उ"};
  private static final String[] DEV_CODAS = {"", "ं", "र्", "ल्", "स्"};
  private static final String[] TH_ONSETS = {"อ", "บ", "ด", "ฟ", "ก", "ห", "ค", "ล", "ม", "น", "ป", "ร", "ส", "ท", "ว", "ซ",
      "ช", "ช", "ข", "ซ"};
  private static final String[] TH_CODAS = {"", "น", "ร", "ล", "ส"};
  /** Katakana and phonetic Han rows, indexed by {@link #ROW}, columns a e i o u. */
  private static final int[] ROW = {0, 9, 6, 8, 2, 8, 1, 12, 11, 7, 10, 12, 3, 5, 9, 4, 14, 13, 1, 15};
  private static final String[][] KANA = {
      {"ア", "エ", "イ", "オ", "ウ"}, {"カ", "ケ", "キ", "コ", "ク"}, {"ガ", "ゲ", "ギ", "ゴ", "グ"}, {"サ", "セ", "シ", "ソ", "ス"},
      {"ザ", "ゼ", "ジ", "ゾ", "ズ"}, {"タ", "テ", "チ", "ト", "ツ"}, {"ダ", "デ", "ジ", "ド", "ズ"}, {"ナ", "ネ", "ニ", "ノ", "ヌ"},
      {"ハ", "ヘ", "ヒ", "ホ", "フ"}, {"バ", "ベ", "ビ", "ボ", "ブ"}, {"パ", "ペ", "ピ", "ポ", "プ"}, {"マ", "メ", "ミ", "モ", "ム"},
      {"ラ", "レ", "リ", "ロ", "ル"}, {"シャ", "シェ", "シ", "ショ", "シュ"}, {"チャ", "チェ", "チ", "チョ", "チュ"},
      {"ツァ", "ツェ", "ツィ", "ツォ", "ツ"}};
  private static final String[] KANA_CODAS = {"", "ン", "ル", "ル", "ス"};
  private static final String[][] HAN_PHONETIC = {
      {"阿", "埃", "伊", "奥", "乌"}, {"卡", "克", "基", "科", "库"}, {"加", "格", "吉", "戈", "古"}, {"萨", "塞", "西", "索", "苏"},
      {"扎", "泽", "齐", "佐", "祖"}, {"塔", "特", "蒂", "托", "图"}, {"达", "德", "迪", "多", "杜"}, {"纳", "内", "尼", "诺", "努"},
      {"哈", "赫", "希", "霍", "胡"}, {"巴", "贝", "比", "博", "布"}, {"帕", "佩", "皮", "波", "普"}, {"马", "梅", "米", "莫", "穆"},
      {"拉", "雷", "里", "罗", "鲁"}, {"沙", "舍", "希", "肖", "舒"}, {"查", "切", "奇", "乔", "楚"}, {"察", "策", "奇", "措", "楚"}};
  private static final String[] HAN_CODAS = {"", "恩", "尔", "尔", "斯"};
  private static final String HAN_NAME_CHARS = "华东明国建伟军平志红玉兰英芳丽秀美霞春海林晓文涛宇浩杰鹏飞强磊勇超刚斌亮辉波宁静敏慧颖雪梅"
      + "琳婷燕萍洁倩雯佳欣怡晨阳光思雨嘉瑞安康乐永长金德成家兴福寿山川河江湖泉云天星月风雷龙凤鹤松竹菊荣昌盛泰和祥丰远达清正直诚信仁义礼智";
  private static final String HAN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
      + "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

  private NameForge() {}

  /** A fresh name: a person's given and family name, or one or two words for anything else. */
  static CoreName create(SplittableRandom r, Script home, boolean person) {
    boolean han = home == Script.HAN;
    int[][] words;
    if (person) {
      int[] given = word(r, home, han ? 1 + r.nextInt(2) : 2 + (r.nextInt(4) == 0 ? 1 : 0));
      int[] family = word(r, home, han ? 1 : 2 + r.nextInt(2));
      words = han ? new int[][] {family, given} : new int[][] {given, family};
    } else {
      int n = r.nextInt(10) < 7 ? 1 : 2;
      words = new int[n][];
      for (int i = 0; i < n; i++) {
        words[i] = word(r, home, han ? 2 : 2 + r.nextInt(2));
      }
    }
    return new CoreName(home, words, person, null);
  }

  /** A person name whose given name comes from {@code given}, the way common first names recur. */
  static CoreName withGivenName(CoreName fresh, CoreName given) {
    if (!fresh.person() || given.home() != fresh.home()) {
      return fresh;
    }
    int[][] w = fresh.words().clone();
    w[fresh.home() == Script.HAN ? 1 : 0] = given.words()[fresh.home() == Script.HAN ? 1 : 0];
    return new CoreName(fresh.home(), w, true, null);
  }

  private static int[] word(SplittableRandom r, Script home, int syllables) {
    int[] w = new int[syllables];
    for (int i = 0; i < syllables; i++) {
      int onset = i == 0 && r.nextInt(6) == 0 ? 0 : 1 + r.nextInt(ONSETS.length - 1);
      int vowel = r.nextInt(VOWELS.length);
      int coda = r.nextInt(3) == 0 ? 1 + r.nextInt(CODAS.length - 1) : 0;
      int mark = home == Script.LATIN && r.nextInt(8) == 0 ? 1 + r.nextInt(2) : 0;
      w[i] = ((onset * VOWELS.length + vowel) * CODAS.length + coda) * 3 + mark;
    }
    return w;
  }

  /** The name as {@code lang} writes it. */
  static String render(CoreName name, Lang lang) {
    if (name.literal() != null && lang.script == Script.LATIN) {
      return name.literal();
    }
    StringBuilder sb = new StringBuilder(24);
    int[][] words = name.words();
    String sep = switch (lang.script) {
      case HAN -> name.home() == Script.HAN ? "" : "·";
      case KANA -> name.home() == Script.HAN ? "" : "・";
      default -> " ";
    };
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        sb.append(sep);
      }
      renderWord(sb, words[i], name, lang, i == 0);
    }
    return sb.toString();
  }

  private static void renderWord(StringBuilder sb, int[] word, CoreName name, Lang lang, boolean first) {
    int start = sb.length();
    for (int s = 0; s < word.length; s++) {
      int code = word[s];
      int mark = code % 3;
      int coda = code / 3 % CODAS.length;
      int vowel = code / 3 / CODAS.length % VOWELS.length;
      int onset = code / 3 / CODAS.length / VOWELS.length;
      switch (lang.script) {
        case LATIN -> {
          sb.append(latinOnset(onset, name.home(), lang));
          sb.append(mark == 1 ? ACUTE[vowel] : mark == 2 ? UMLAUT[vowel] : latinVowel(vowel, name.home(), lang));
          sb.append(CODAS[coda]);
        }
        case CYRILLIC -> sb.append(CYR_ONSETS[onset]).append(CYR_VOWELS[vowel]).append(CYR_CODAS[coda]);
        case GREEK -> sb.append(GR_ONSETS[onset]).append(GR_VOWELS[vowel]).append(GR_CODAS[coda]);
        case ARABIC -> sb.append(onset == 0 && s == 0 ? "أ" : AR_ONSETS[onset])
            .append(vowel == 0 && coda != 0 ? "" : AR_VOWELS[vowel]).append(AR_CODAS[coda]);
        case DEVANAGARI -> sb.append(onset == 0 ? DEV_INDEPENDENT[vowel] : DEV_ONSETS[onset] + DEV_SIGNS[vowel])
            .append(DEV_CODAS[coda]);
        case THAI -> {
          String c = TH_ONSETS[onset];
          switch (vowel) {
            case 0 -> sb.append(c).append('า');
            case 1 -> sb.append('เ').append(c);
            case 2 -> sb.append(c).append('ิ');
            case 3 -> sb.append('โ').append(c);
            default -> sb.append(c).append('ุ');
          }
          sb.append(TH_CODAS[coda]);
        }
        case HAN, KANA -> {
          if (name.home() == Script.HAN) {
            boolean surname = name.person() && first;
            String table = surname ? HAN_SURNAMES : HAN_NAME_CHARS;
            sb.append(table.charAt((code / 3) % table.length()));
          } else if (lang.script == Script.KANA) {
            sb.append(KANA[ROW[onset]][vowel]).append(KANA_CODAS[coda]);
          } else {
            sb.append(HAN_PHONETIC[ROW[onset]][vowel]).append(HAN_CODAS[coda]);
          }
        }
      }
    }
    if (lang.script == Script.GREEK && sb.length() > start && sb.charAt(sb.length() - 1) == 'σ') {
      sb.setCharAt(sb.length() - 1, 'ς');
    }
    if (sb.length() > start) {
      int cp = sb.codePointAt(start);
      int upper = Character.toUpperCase(cp);
      if (upper != cp && Character.charCount(upper) == Character.charCount(cp)) {
        sb.replace(start, start + Character.charCount(cp), new String(Character.toChars(upper)));
      }
    }
  }

  private static String latinOnset(int onset, Script home, Lang lang) {
    String o = ONSETS[onset];
    if (home == Script.LATIN || o.isEmpty()) {
      return o;
    }
    // Each language respells foreign sounds its own way, as with Чехов: Chekhov, Tschechow, Tchekhov, Czechow.
    return switch (lang) {
      case DE -> switch (o) { case "v" -> "w"; case "z" -> "s"; case "sh" -> "sch"; case "ch" -> "tsch"; case "ts" -> "z"; case "kh" -> "ch"; default -> o; };
      case FR -> switch (o) { case "sh" -> "ch"; case "ch" -> "tch"; default -> o; };
      case PL -> switch (o) { case "v" -> "w"; case "sh" -> "sz"; case "ch" -> "cz"; case "ts" -> "c"; case "kh" -> "ch"; default -> o; };
      case CS -> switch (o) { case "sh" -> "š"; case "ch" -> "č"; case "ts" -> "c"; case "kh" -> "ch"; default -> o; };
      case TR -> switch (o) { case "sh" -> "ş"; case "ch" -> "ç"; default -> o; };
      case NL, SV, DA -> switch (o) { case "sh" -> "sj"; case "ch" -> "tj"; default -> o; };
      case ES -> switch (o) { case "kh" -> "j"; case "z" -> "s"; default -> o; };
      default -> o;
    };
  }

  private static String latinVowel(int vowel, Script home, Lang lang) {
    if (home != Script.LATIN && vowel == 4 && (lang == Lang.FR || lang == Lang.NL)) {
      return lang == Lang.FR ? "ou" : "oe";
    }
    return VOWELS[vowel];
  }

  /** The English word with a capital first letter. */
  static String capitalize(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  /** Initials of a rendered multi-word Latin name ("Valdoria Kessen Group" to "VKG"); null for one word. */
  static String acronym(List<String> words) {
    if (words.size() < 2) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (!w.isEmpty()) {
        sb.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
      }
    }
    return sb.toString();
  }
}
