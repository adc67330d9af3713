package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import io.polylink.redact.Recognizer;
import java.util.List;

/** A trained {@link TaggerModel} as a recognizer: the types it learned, at {@link TaggerModel#SCORE}. */
public final class TaggerRecognizer implements Recognizer {

  private final TaggerModel model;

  public TaggerRecognizer(TaggerModel model) {
    if (model == null) {
      throw new IllegalArgumentException("tagger recognizer needs a model");
    }
    this.model = model;
  }

  @Override
  public String name() {
    return "tagger";
  }

  /** The language the model was trained on, "" when unknown. */
  public String language() {
    return model.language();
  }

  /** The model's language; any language when the model records none. */
  @Override
  public java.util.Set<String> languages() {
    String l = model.language();
    int dash = l.indexOf('-');
    return l.isEmpty() ? java.util.Set.of() : java.util.Set.of(dash > 0 ? l.substring(0, dash) : l);
  }

  @Override
  public java.util.Set<String> types() {
    return java.util.Set.copyOf(model.types());
  }

  @Override
  public void recognize(String text, String language, List<Detection> out) {
    out.addAll(model.tag(text));
  }
}
