package io.polylink.bench.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * The label languages of the synthetic dump: Wikidata language codes with their script, the Latin respelling they use
 * for foreign names, and the few languages that also get generated descriptions.
 */
enum Lang {
  EN("en", Script.LATIN), DE("de", Script.LATIN), FR("fr", Script.LATIN), ES("es", Script.LATIN),
  IT("it", Script.LATIN), PT("pt", Script.LATIN), NL("nl", Script.LATIN), PL("pl", Script.LATIN),
  SV("sv", Script.LATIN), CS("cs", Script.LATIN), TR("tr", Script.LATIN), VI("vi", Script.LATIN),
  ID("id", Script.LATIN), FI("fi", Script.LATIN), HU("hu", Script.LATIN), RO("ro", Script.LATIN),
  DA("da", Script.LATIN), CA("ca", Script.LATIN),
  RU("ru", Script.CYRILLIC), UK("uk", Script.CYRILLIC), BG("bg", Script.CYRILLIC), SR("sr", Script.CYRILLIC),
  EL("el", Script.GREEK),
  AR("ar", Script.ARABIC), FA("fa", Script.ARABIC),
  ZH("zh", Script.HAN),
  JA("ja", Script.KANA),
  TH("th", Script.THAI),
  HI("hi", Script.DEVANAGARI), MR("mr", Script.DEVANAGARI), NE("ne", Script.DEVANAGARI);

  final String code;
  final Script script;

  Lang(String code, Script script) {
    this.code = code;
    this.script = script;
  }

  /** The languages written in {@code script}; never empty. */
  static List<Lang> writtenIn(Script script) {
    List<Lang> out = new ArrayList<>();
    for (Lang l : values()) {
      if (l.script == script || (script == Script.HAN && l == JA)) {
        out.add(l);
      }
    }
    return out;
  }
}
