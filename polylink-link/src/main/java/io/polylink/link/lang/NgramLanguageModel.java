package io.polylink.link.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * Apache OpenNLP's character n-gram language model ({@code langdetect-183.bin} from
 * {@code org.apache.opennlp:opennlp-models-langdetect}, 103 languages, Apache-2.0), read from the class path once.
 * It reports ISO 639-3 codes; this class maps them to the two-letter codes Polylink uses and keeps, per two-letter
 * code, the best of its variants (Norwegian Bokmål and Nynorsk, Standard and macro Estonian, ...).
 *
 * <p>The model's probabilities are nearly flat on short text (about 1/103 each), but their order carries the
 * signal; callers should compare log-probabilities, not read them as calibrated.
 *
 * <p>The n-grams are taken here, as OpenNLP's {@code LanguageDetectorME} takes them (the same normalizers, every
 * distinct 1- to 3-gram of chars, lower-cased), so that each can be given a weight: the model is a maximum-entropy
 * model, and a feature's value scales its parameters. With every weight 1 the result is the detector's.
 */
final class NgramLanguageModel {

  /** Class path resource of the model inside the models jar. */
  static final String RESOURCE = "langdetect-183.bin";

  static final Map<String, String> ISO3_TO_ISO1 = Map.ofEntries(
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

  /** Normalizers of {@code LanguageDetectorFactory}, the factory the model was trained with, in its order. */
  private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
      EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
      TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
      ShrinkCharSequenceNormalizer.getInstance());

  private static final int MAX_GRAM = 3;

  /** What n-grams weigh, given the text the model reads. */
  @FunctionalInterface
  interface LetterWeights {

    /**
     * The weight of each char of {@code normalized} (one entry per char), in [0, 1]; an n-gram weighs what its
     * heaviest letter weighs, and an n-gram without letters weighs 1.
     */
    float[] of(CharSequence normalized);
  }

  /** Thread-safe: evaluation allocates its own arrays and only reads the parameters. */
  private final MaxentModel maxent;

  /** Two-letter code per outcome index, null for the outcomes left out. */
  private final String[] outcomeCodes;

  private NgramLanguageModel(LanguageDetectorModel model) {
    this.maxent = model.getMaxentModel();
    this.outcomeCodes = new String[maxent.getNumOutcomes()];
    for (int i = 0; i < outcomeCodes.length; i++) {
      outcomeCodes[i] = ISO3_TO_ISO1.get(maxent.getOutcome(i));
    }
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
    return logProbabilities(text, normalized -> {
      float[] all = new float[normalized.length()];
      Arrays.fill(all, 1f);
      return all;
    });
  }

  /**
   * Like {@link #logProbabilities(CharSequence)}, with each n-gram counted at the weight of its letters: 0 leaves it
   * out, 1 counts it fully.
   *
   * @param text any text
   * @param weights the weight of each char of the normalized text
   * @return two-letter code to log-probability
   */
  Map<String, Double> logProbabilities(CharSequence text, LetterWeights weights) {
    CharSequence normalized = NORMALIZER.normalize(text);
    float[] weight = weights.of(normalized);
    char[] lower = lowerCase(normalized);
    Map<String, Float> grams = new HashMap<>();
    for (int length = 1; length <= MAX_GRAM; length++) {
      for (int i = 0; i + length <= lower.length; i++) {
        float w = -1f;
        for (int j = i; j < i + length; j++) {
          if (Character.isLetter(lower[j])) {
            w = Math.max(w, weight[j]);
          }
        }
        if (w < 0) {
          w = 1f;
        }
        if (w > 0) {
          grams.merge(new String(lower, i, length), w, Math::max);
        }
      }
    }
    String[] context = new String[grams.size()];
    float[] values = new float[grams.size()];
    int k = 0;
    for (Map.Entry<String, Float> e : grams.entrySet()) {
      context[k] = e.getKey();
      values[k++] = e.getValue();
    }
    double[] p = maxent.eval(context, values);
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < p.length; i++) {
      String code = outcomeCodes[i];
      if (code != null && p[i] > 0) {
        out.merge(code, Math.log(p[i]), Math::max);
      }
    }
    return out;
  }

  /** Lower-cased code point by code point, as OpenNLP lower-cases each n-gram; one char per char. */
  private static char[] lowerCase(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; ) {
      int cp = Character.codePointAt(s, i);
      int lower = Character.toLowerCase(cp);
      int n = Character.charCount(cp);
      if (Character.charCount(lower) != n) {
        lower = cp;
      }
      Character.toChars(lower, out, i);
      i += n;
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
