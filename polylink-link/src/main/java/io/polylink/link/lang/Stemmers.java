package io.polylink.link.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Per-language stems from Lucene's language analyzers (Snowball and light stemmers; Stempel for Polish), so that
 * inflected forms meet: "Warszawie" and "Warszawa", "kierownika" and "kierownik", "Deutschlands" and "Deutschland".
 * Languages without an analyzer fall back to lower-cased standard tokens. Analyzers are built once per language and
 * shared; Lucene analyzers are thread-safe.
 */
public final class Stemmers {

  private static final Map<String, Analyzer> ANALYZERS = new ConcurrentHashMap<>();

  private Stemmers() {}

  /**
   * The stems of a text's words in a language, stopwords removed, in text order.
   *
   * @param text any text
   * @param language a two-letter code ({@code und} or an unknown code: lower-cased tokens)
   * @return the stems, possibly empty
   */
  public static List<String> stems(String text, String language) {
    List<String> out = new ArrayList<>();
    Analyzer a = analyzer(language);
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stem text in language " + language, e);
    }
    return out;
  }

  /** Whether a language has a stemming analyzer (else {@link #stems} only lower-cases). */
  public static boolean hasStemmer(String language) {
    return !(analyzer(language) instanceof StandardAnalyzer);
  }

  private static Analyzer analyzer(String language) {
    String code = language == null ? "und" : language.toLowerCase(Locale.ROOT);
    int dash = code.indexOf('-');
    String primary = dash < 0 ? code : code.substring(0, dash);
    return ANALYZERS.computeIfAbsent(primary, Stemmers::create);
  }

  private static Analyzer create(String code) {
    return switch (code) {
      case "bg" -> new BulgarianAnalyzer();
      case "ca" -> new CatalanAnalyzer();
      case "cs" -> new CzechAnalyzer();
      case "da" -> new DanishAnalyzer();
      case "de" -> new GermanAnalyzer();
      case "en" -> new EnglishAnalyzer();
      case "es" -> new SpanishAnalyzer();
      case "et" -> new EstonianAnalyzer();
      case "fi" -> new FinnishAnalyzer();
      case "fr" -> new FrenchAnalyzer();
      case "hu" -> new HungarianAnalyzer();
      case "it" -> new ItalianAnalyzer();
      case "lt" -> new LithuanianAnalyzer();
      case "lv" -> new LatvianAnalyzer();
      case "nl" -> new DutchAnalyzer();
      case "no", "nb", "nn" -> new NorwegianAnalyzer();
      case "pl" -> new PolishAnalyzer();
      case "pt" -> new PortugueseAnalyzer();
      case "ro" -> new RomanianAnalyzer();
      case "ru" -> new RussianAnalyzer();
      case "sv" -> new SwedishAnalyzer();
      case "tr" -> new TurkishAnalyzer();
      default -> new StandardAnalyzer(CharArraySet.EMPTY_SET);
    };
  }
}
