package io.polylink.link.lang;

import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import io.polylink.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The built-in candidate languages: stopwords from Lucene's analyzers (hand lists where Lucene has none) plus the
 * {@link EventVerbs} forms, letters from ICU's CLDR exemplar sets (with a few corrections noted inline).
 */
final class Profiles {

  private Profiles() {}

  /** All profiles, in tie-breaking order (earlier wins a tie). */
  static List<Profile> defaults() {
    List<Profile> out = new ArrayList<>();
    ScriptGroup latin = ScriptGroup.LATIN;
    out.add(profile("en", latin, "en", english(), ""));
    out.add(profile("de", latin, "de", lucene(GermanAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("fr", latin, "fr", lucene(FrenchAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("es", latin, "es", lucene(SpanishAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("it", latin, "it", lucene(ItalianAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("pt", latin, "pt",
        union(lucene(PortugueseAnalyzer.getDefaultStopSet()), HandStopwords.words(HandStopwords.PORTUGUESE_EXTRA)), ""));
    out.add(profile("nl", latin, "nl", lucene(DutchAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("sv", latin, "sv", lucene(SwedishAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("da", latin, "da",
        union(lucene(DanishAnalyzer.getDefaultStopSet()), HandStopwords.words(HandStopwords.DANISH_EXTRA)), ""));
    out.add(profile("no", latin, "nb",
        union(lucene(NorwegianAnalyzer.getDefaultStopSet()), HandStopwords.words(HandStopwords.NORWEGIAN_EXTRA)), ""));
    out.add(profile("fi", latin, "fi", lucene(FinnishAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("pl", latin, "pl", HandStopwords.words(HandStopwords.POLISH), ""));
    out.add(profile("cs", latin, "cs", lucene(CzechAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("sk", latin, "sk", HandStopwords.words(HandStopwords.SLOVAK), ""));
    out.add(profile("sl", latin, "sl", HandStopwords.words(HandStopwords.SLOVENE), ""));
    out.add(profile("hu", latin, "hu", lucene(HungarianAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("ro", latin, "ro", lucene(RomanianAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("tr", latin, "tr", lucene(TurkishAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("ca", latin, "ca", lucene(CatalanAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("eu", latin, "eu", lucene(BasqueAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("gl", latin, "gl", lucene(GalicianAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("ga", latin, "ga", lucene(IrishAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("id", latin, "id", lucene(IndonesianAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("lv", latin, "lv", lucene(LatvianAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("lt", latin, "lt", lucene(LithuanianAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("et", latin, "et", lucene(EstonianAnalyzer.getDefaultStopSet()), ""));
    // Lucene's Serbian list is in Latin letters and serves the whole Serbo-Croatian Latin orthography.
    out.add(profile("sr-latn", latin, "sr_Latn", serbian(), ""));

    ScriptGroup cyrillic = ScriptGroup.CYRILLIC;
    out.add(profile("ru", cyrillic, "ru", lucene(RussianAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("uk", cyrillic, "uk", HandStopwords.words(HandStopwords.UKRAINIAN), ""));
    out.add(profile("be", cyrillic, "be", HandStopwords.words(HandStopwords.BELARUSIAN), ""));
    out.add(profile("bg", cyrillic, "bg", lucene(BulgarianAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("sr", cyrillic, "sr", SerbianScript.toCyrillic(serbian()), ""));
    out.add(profile("mk", cyrillic, "mk", HandStopwords.words(HandStopwords.MACEDONIAN), ""));
    out.add(profile("kk", cyrillic, "kk", HandStopwords.words(HandStopwords.KAZAKH), ""));

    ScriptGroup arabic = ScriptGroup.ARABIC;
    out.add(profile("ar", arabic, "ar", lucene(ArabicAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("fa", arabic, "fa", lucene(PersianAnalyzer.getDefaultStopSet()), ""));
    // CLDR lists noon ghunna only as auxiliary for Urdu, yet it ends a great many Urdu words.
    out.add(profile("ur", arabic, "ur", HandStopwords.words(HandStopwords.URDU), "[\u06BA]"));
    out.add(profile("ckb", arabic, "ckb", lucene(SoraniAnalyzer.getDefaultStopSet()), ""));

    ScriptGroup hebrew = ScriptGroup.HEBREW;
    out.add(profile("he", hebrew, "he", HandStopwords.words(HandStopwords.HEBREW), ""));
    // CLDR spells the Yiddish ligatures as letter pairs and has pe only with a point; text uses the ligatures.
    out.add(profile("yi", hebrew, "yi", HandStopwords.words(HandStopwords.YIDDISH), "[\u05E4\u05F0-\u05F2]"));

    ScriptGroup devanagari = ScriptGroup.DEVANAGARI;
    out.add(profile("hi", devanagari, "hi", lucene(HindiAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("mr", devanagari, "mr", HandStopwords.words(HandStopwords.MARATHI), ""));
    out.add(profile("ne", devanagari, "ne", lucene(NepaliAnalyzer.getDefaultStopSet()), ""));

    ScriptGroup bengali = ScriptGroup.BENGALI;
    out.add(profile("bn", bengali, "bn", lucene(BengaliAnalyzer.getDefaultStopSet()), ""));
    out.add(profile("as", bengali, "as", Set.of(), ""));
    return List.copyOf(out);
  }

  private static Profile profile(String code, ScriptGroup group, String exemplarLocale, Set<String> stopwords,
      String extraMainLetters) {
    ULocale locale = new ULocale(exemplarLocale);
    UnicodeSet main = new UnicodeSet(LocaleData.getExemplarSet(locale, 0, LocaleData.ES_STANDARD));
    if (!extraMainLetters.isEmpty()) {
      main.addAll(new UnicodeSet(extraMainLetters));
    }
    UnicodeSet aux = LocaleData.getExemplarSet(locale, 0, LocaleData.ES_AUXILIARY);
    Set<String> all = new LinkedHashSet<>(stopwords);
    // Cyrillic Serbian reads the Serbo-Croatian verb forms transliterated, like the rest of its list.
    all.addAll(code.equals("sr") ? SerbianScript.toCyrillic(EventVerbs.forms("sr-latn")) : EventVerbs.forms(code));
    Set<String> folded = new LinkedHashSet<>();
    for (String word : all) {
      String f = TokenFold.fold(word.strip());
      // Entries with apostrophes or hyphens can never match, since the tokenizer splits there.
      if (!f.isEmpty() && f.codePoints().allMatch(TokenFold::isWordPart)) {
        folded.add(f);
      }
    }
    return new Profile(Language.of(code), group, folded, main, aux);
  }

  private static Set<String> lucene(Collection<Object> set) {
    Set<String> out = new LinkedHashSet<>();
    for (Object o : set) {
      out.add(o instanceof char[] chars ? new String(chars) : o.toString());
    }
    return out;
  }

  private static Set<String> serbian() {
    return union(lucene(SerbianAnalyzer.getDefaultStopSet()), HandStopwords.words(HandStopwords.SERBIAN_EXTRA));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * Lucene's English analyzer keeps only 33 stopwords; the Snowball list beside it has 174. It is read as a class
   * path resource, which works when Lucene is on the class path; on the module path the package is closed and the
   * short list alone is used.
   */
  private static Set<String> english() {
    Set<String> out = lucene(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    try (InputStream in = SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
      if (in != null) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          out.addAll(lucene(WordlistLoader.getSnowballWordSet(reader)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Lucene's english_stop.txt", e);
    }
    return out;
  }
}
