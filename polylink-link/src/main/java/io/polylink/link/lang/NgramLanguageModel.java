package io.polylink.link.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Apache OpenNLP's character n-gram language model ({@code langdetect-183.bin} from
 * {@code org.apache.opennlp:opennlp-models-langdetect}, 103 languages, Apache-2.0), read from the class path once.
 * It reports ISO 639-3 codes; this class maps them to the two-letter codes Polylink uses and keeps, per two-letter
 * code, the best of its variants (Norwegian Bokmål and Nynorsk, Standard and macro Estonian, ...).
 *
 * <p>The model's probabilities are nearly flat on short text (about 1/103 each), but their order carries the
 * signal; callers should compare log-probabilities, not read them as calibrated.
 */
final class NgramLanguageModel {

  /** Class path resource of the model inside the models jar. */
  static final String RESOURCE = "langdetect-183.bin";

  private static final Map<String, String> ISO3_TO_ISO1 = Map.ofEntries(
      Map.entry("afr", "af"), Map.entry("ara", "ar"), Map.entry("aze", "az"), Map.entry("bel", "be"),
      Map.entry("ben", "bn"), Map.entry("bos", "bs"), Map.entry("bul", "bg"), Map.entry("cat", "ca"),
      Map.entry("ces", "cs"), Map.entry("cmn", "zh"), Map.entry("cym", "cy"), Map.entry("dan", "da"),
      Map.entry("deu", "de"), Map.entry("ekk", "et"), Map.entry("ell", "el"), Map.entry("eng", "en"),
      Map.entry("est", "et"), Map.entry("eus", "eu"), Map.entry("fas", "fa"), Map.entry("pes", "fa"),
      Map.entry("fin", "fi"), Map.entry("fra", "fr"), Map.entry("gle", "ga"), Map.entry("glg", "gl"),
      Map.entry("heb", "he"), Map.entry("hin", "hi"), Map.entry("hrv", "hr"), Map.entry("hun", "hu"),
      Map.entry("hye", "hy"), Map.entry("ind", "id"), Map.entry("isl", "is"), Map.entry("ita", "it"),
      Map.entry("jpn", "ja"), Map.entry("kat", "ka"), Map.entry("kaz", "kk"), Map.entry("kir", "ky"),
      Map.entry("kor", "ko"), Map.entry("lav", "lv"), Map.entry("lvs", "lv"), Map.entry("lit", "lt"),
      Map.entry("ltz", "lb"), Map.entry("mar", "mr"), Map.entry("mkd", "mk"), Map.entry("mlt", "mt"),
      Map.entry("mon", "mn"), Map.entry("msa", "ms"), Map.entry("nep", "ne"), Map.entry("nld", "nl"),
      Map.entry("nob", "no"), Map.entry("nno", "no"), Map.entry("pol", "pl"), Map.entry("por", "pt"),
      Map.entry("ron", "ro"), Map.entry("rus", "ru"), Map.entry("slk", "sk"), Map.entry("slv", "sl"),
      Map.entry("spa", "es"), Map.entry("sqi", "sq"), Map.entry("srp", "sr"), Map.entry("swa", "sw"),
      Map.entry("swe", "sv"), Map.entry("tgk", "tg"), Map.entry("tgl", "tl"), Map.entry("tha", "th"),
      Map.entry("tur", "tr"), Map.entry("tat", "tt"), Map.entry("ukr", "uk"), Map.entry("urd", "ur"),
      Map.entry("uzb", "uz"), Map.entry("vie", "vi"));

  /** The model is thread-safe; the detector around it keeps per-call state, so each thread gets its own. */
  private final ThreadLocal<LanguageDetectorME> detector;

  private NgramLanguageModel(LanguageDetectorModel model) {
    this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
  }

  /**
   * The shared model, loaded on first use (about a second), or null when the models jar is not on the class path.
   *
   * @return the model or null
   */
  static NgramLanguageModel shared() {
    return Holder.INSTANCE;
  }

  /**
   * Natural log-probabilities per two-letter code, for the languages this class maps (obscure languages of the model,
   * Volapük, Waray, Minangkabau and the like, are left out: on a short text their n-grams win by accident).
   *
   * @param text any text
   * @return two-letter code to log-probability
   */
  Map<String, Double> logProbabilities(CharSequence text) {
    Map<String, Double> out = new HashMap<>();
    for (opennlp.tools.langdetect.Language l : detector.get().predictLanguages(text)) {
      String code = ISO3_TO_ISO1.get(l.getLang());
      if (code != null && l.getConfidence() > 0) {
        out.merge(code, Math.log(l.getConfidence()), Math::max);
      }
    }
    return out;
  }

  private static final class Holder {
    static final NgramLanguageModel INSTANCE = load();

    private static NgramLanguageModel load() {
      try (InputStream in = NgramLanguageModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          return null;
        }
        return new NgramLanguageModel(new LanguageDetectorModel(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the language model " + RESOURCE, e);
      }
    }
  }
}
