package io.polylink.link;

import io.polylink.kb.text.TextNormalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Function words of many languages, from the stop lists that ship with Lucene's analyzers, in normalized form. A
 * name that is one of these ("The", "Die", "Was", "Are") is almost never meant as an entity.
 */
public final class CommonWords {

  private static final Map<String, Set<String>> BY_LANGUAGE = load();

  private CommonWords() {}

  /**
   * True if the word is a function word of the document's language or of English. Not of any language: with
   * diacritics folded, one language's function word is another's name (Estonian "päris" is "Paris").
   */
  public static boolean isCommon(String normalizedWord, String language) {
    Set<String> own = BY_LANGUAGE.get(language);
    return (own != null && own.contains(normalizedWord)) || BY_LANGUAGE.get("en").contains(normalizedWord);
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> m = new HashMap<>();
    put(m, "en", snowball("english_stop.txt", org.apache.lucene.analysis.en.EnglishAnalyzer.getDefaultStopSet()));
    put(m, "de", org.apache.lucene.analysis.de.GermanAnalyzer.getDefaultStopSet());
    put(m, "fr", org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet());
    put(m, "es", org.apache.lucene.analysis.es.SpanishAnalyzer.getDefaultStopSet());
    put(m, "it", org.apache.lucene.analysis.it.ItalianAnalyzer.getDefaultStopSet());
    put(m, "pt", org.apache.lucene.analysis.pt.PortugueseAnalyzer.getDefaultStopSet());
    put(m, "nl", org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet());
    put(m, "sv", org.apache.lucene.analysis.sv.SwedishAnalyzer.getDefaultStopSet());
    put(m, "da", org.apache.lucene.analysis.da.DanishAnalyzer.getDefaultStopSet());
    put(m, "no", org.apache.lucene.analysis.no.NorwegianAnalyzer.getDefaultStopSet());
    put(m, "fi", org.apache.lucene.analysis.fi.FinnishAnalyzer.getDefaultStopSet());
    put(m, "hu", org.apache.lucene.analysis.hu.HungarianAnalyzer.getDefaultStopSet());
    put(m, "ro", org.apache.lucene.analysis.ro.RomanianAnalyzer.getDefaultStopSet());
    put(m, "tr", org.apache.lucene.analysis.tr.TurkishAnalyzer.getDefaultStopSet());
    put(m, "cs", org.apache.lucene.analysis.cz.CzechAnalyzer.getDefaultStopSet());
    put(m, "ca", org.apache.lucene.analysis.ca.CatalanAnalyzer.getDefaultStopSet());
    put(m, "eu", org.apache.lucene.analysis.eu.BasqueAnalyzer.getDefaultStopSet());
    put(m, "gl", org.apache.lucene.analysis.gl.GalicianAnalyzer.getDefaultStopSet());
    put(m, "ga", org.apache.lucene.analysis.ga.IrishAnalyzer.getDefaultStopSet());
    put(m, "id", org.apache.lucene.analysis.id.IndonesianAnalyzer.getDefaultStopSet());
    put(m, "lv", org.apache.lucene.analysis.lv.LatvianAnalyzer.getDefaultStopSet());
    put(m, "lt", org.apache.lucene.analysis.lt.LithuanianAnalyzer.getDefaultStopSet());
    put(m, "et", org.apache.lucene.analysis.et.EstonianAnalyzer.getDefaultStopSet());
    put(m, "ru", org.apache.lucene.analysis.ru.RussianAnalyzer.getDefaultStopSet());
    put(m, "bg", org.apache.lucene.analysis.bg.BulgarianAnalyzer.getDefaultStopSet());
    put(m, "sr", org.apache.lucene.analysis.sr.SerbianAnalyzer.getDefaultStopSet());
    put(m, "el", org.apache.lucene.analysis.el.GreekAnalyzer.getDefaultStopSet());
    put(m, "ar", org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet());
    put(m, "fa", org.apache.lucene.analysis.fa.PersianAnalyzer.getDefaultStopSet());
    put(m, "hi", org.apache.lucene.analysis.hi.HindiAnalyzer.getDefaultStopSet());
    put(m, "bn", org.apache.lucene.analysis.bn.BengaliAnalyzer.getDefaultStopSet());
    put(m, "th", org.apache.lucene.analysis.th.ThaiAnalyzer.getDefaultStopSet());
    put(m, "hy", org.apache.lucene.analysis.hy.ArmenianAnalyzer.getDefaultStopSet());
    put(m, "ta", org.apache.lucene.analysis.ta.TamilAnalyzer.getDefaultStopSet());
    put(m, "te", org.apache.lucene.analysis.te.TeluguAnalyzer.getDefaultStopSet());
    put(m, "ne", org.apache.lucene.analysis.ne.NepaliAnalyzer.getDefaultStopSet());
    return Map.copyOf(m);
  }

  /** Snowball's fuller list (English: 170 words, Lucene's default: 33), plus the default set. */
  private static CharArraySet snowball(String file, CharArraySet base) {
    CharArraySet set = new CharArraySet(base, true);
    try (java.io.Reader r = new java.io.InputStreamReader(
        org.apache.lucene.analysis.snowball.SnowballFilter.class.getResourceAsStream(file),
        java.nio.charset.StandardCharsets.UTF_8)) {
      set.addAll(org.apache.lucene.analysis.WordlistLoader.getSnowballWordSet(r));
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("Lucene's snowball stop list " + file + " is missing from the classpath", e);
    }
    return set;
  }

  private static void put(Map<String, Set<String>> m, String lang, CharArraySet set) {
    Set<String> words = new HashSet<>();
    for (Object o : set) {
      String w = o instanceof char[] c ? new String(c) : o.toString();
      String key = TextNormalizer.key(w);
      if (!key.isEmpty() && key.indexOf(' ') < 0) {
        words.add(key);
      }
    }
    m.put(lang, Set.copyOf(words));
  }
}
