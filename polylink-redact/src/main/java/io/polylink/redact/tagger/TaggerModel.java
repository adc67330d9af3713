package io.polylink.redact.tagger;

import io.polylink.link.tagger.SequenceTagger;
import io.polylink.link.tagger.TaggedSpan;
import io.polylink.link.tagger.TrainingText;
import io.polylink.redact.Detection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A BIO sequence tagger for PII types learned from annotated data: the linker's {@link SequenceTagger} (an averaged
 * structured perceptron over each line's tokens) with the redactor's types and detections. Training is deterministic.
 * The saved model is a gzip'd binary file. Immutable and thread-safe once built.
 *
 * <pre>{@code
 * TaggerModel m = TaggerModel.train(BratCorpus.read(Path.of("train/brat")), TaggerModel.Settings.defaults());
 * m.save(Path.of("meddocan.plm"));
 * List<Detection> found = TaggerModel.load(Path.of("meddocan.plm")).tag(text);
 * }</pre>
 */
public final class TaggerModel {

  /** Score given to every tagged span: the perceptron has no calibrated probability. */
  public static final double SCORE = 0.85;

  /**
   * Training settings.
   *
   * @param epochs passes over the data (default 12)
   * @param seed shuffle seed (default 42)
   * @param minFeatureCount features seen fewer times are dropped (default 2)
   */
  public record Settings(int epochs, long seed, int minFeatureCount) {
    public Settings {
      new SequenceTagger.Settings(epochs, seed, minFeatureCount); // validates
    }

    public static Settings defaults() {
      return new Settings(12, 42, 2);
    }

    SequenceTagger.Settings tagger() {
      return new SequenceTagger.Settings(epochs, seed, minFeatureCount, SequenceTagger.Sequences.LINES);
    }
  }

  private final SequenceTagger tagger;

  private TaggerModel(SequenceTagger tagger) {
    this.tagger = tagger;
  }

  /** The sequence tagger underneath (for the linker: {@code Linker.Builder.mentionTagger}). */
  public SequenceTagger tagger() {
    return tagger;
  }

  /**
   * The language of the text this model was trained on ({@code es}), identified from that text or given with
   * {@link #withLanguage}; "" when unknown (models saved before Polylink recorded it). A language other than English
   * switches off the English name recognizers by default (see {@link io.polylink.redact.RecognizerSelection}).
   */
  public String language() {
    return tagger.language();
  }

  /** This model with its language set to {@code code} ({@code es}, {@code en}; "" for unknown). */
  public TaggerModel withLanguage(String code) {
    return new TaggerModel(tagger.withLanguage(code));
  }

  /** The entity types this model tags, sorted. */
  public List<String> types() {
    return tagger.types();
  }

  /** The gazetteer classes of {@code word} ("given+family", "place", ...), "" when the model has none for it. */
  public String gazetteerClass(String word) {
    return tagger.gazetteerClass(word);
  }

  /** Whether any word of {@code phrase} is in the model's gazetteer as a name (not only as a vocabulary word). */
  public boolean inGazetteer(String phrase) {
    for (String w : phrase.split("[^\\p{L}]+")) {
      if (!w.isEmpty() && Gazetteer.isName(tagger.gazetteerClass(w))) {
        return true;
      }
    }
    return false;
  }

  /** Number of features kept. */
  public int featureCount() {
    return tagger.featureCount();
  }

  /** Trains a model on annotated documents. */
  public static TaggerModel train(List<AnnotatedText> docs, Settings settings) {
    return train(docs, settings, Map.of());
  }

  /**
   * Trains a model on annotated documents with an outside word list as a feature (see
   * {@link SequenceTagger#train(List, SequenceTagger.Settings, Map)}): {@code gazetteer} maps lower-cased words to a
   * class name (e.g. {@link Gazetteer#fromDatafaker()}'s given/family/place).
   */
  public static TaggerModel train(List<AnnotatedText> docs, Settings settings, Map<String, String> gazetteer) {
    return new TaggerModel(SequenceTagger.train(trainingTexts(docs), settings.tagger(), gazetteer));
  }

  /** The documents as the sequence tagger trains on them ({@code polylink train-mentions} reads brat and IOB so). */
  public static List<TrainingText> trainingTexts(List<AnnotatedText> docs) {
    List<TrainingText> out = new ArrayList<>(docs.size());
    for (AnnotatedText d : docs) {
      out.add(new TrainingText(d.id(), d.text(), d.spans().stream()
          .map(s -> new TaggedSpan(s.type(), s.start(), s.end())).toList()));
    }
    return out;
  }

  /**
   * The spans this model finds in {@code text}, UTF-16 offsets, in text order. A span that is a title alone, joined
   * by a conjunction to the next span of its type, is one name with it ("M. et Mme Robins", "Herr und Frau Weber"):
   * the couple shares the name, and a title alone names no one.
   */
  public List<Detection> tag(String text) {
    List<Detection> spans = new ArrayList<>();
    for (TaggedSpan s : tagger.tag(text)) {
      spans.add(new Detection(s.type(), s.start(), s.end(), SCORE, "tagger"));
    }
    return joinTitledCouples(text, spans);
  }

  /** {@code spans} (in text order) with each title-alone span joined to the next of its type across a conjunction. */
  static List<Detection> joinTitledCouples(String text, List<Detection> spans) {
    List<Detection> out = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      Detection d = spans.get(i);
      if (i + 1 < spans.size()) {
        Detection next = spans.get(i + 1);
        if (next.type().equals(d.type()) && next.start() >= d.end()
            && io.polylink.redact.recognize.CueNameRecognizer.isTitleOnly(text.subSequence(d.start(), d.end()))
            && io.polylink.redact.recognize.CueNameRecognizer.isConjunction(text.subSequence(d.end(), next.start()))) {
          out.add(new Detection(d.type(), d.start(), next.end(), SCORE, "tagger"));
          i++;
          continue;
        }
      }
      out.add(d);
    }
    return out;
  }

  /** Writes the model (gzip'd binary), keeping only non-zero weights. */
  public void save(Path file) throws IOException {
    tagger.save(file);
  }

  /** Reads a model written by {@link #save}. */
  public static TaggerModel load(Path file) throws IOException {
    return new TaggerModel(SequenceTagger.load(file));
  }

  /** Reads a model written by {@link #save} from a stream (e.g. a class-path resource) named {@code file}. */
  public static TaggerModel load(InputStream raw, String file) throws IOException {
    return new TaggerModel(SequenceTagger.load(raw, file));
  }
}
