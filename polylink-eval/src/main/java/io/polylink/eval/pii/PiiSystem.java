package io.polylink.eval.pii;

import io.polylink.eval.Annotation;
import io.polylink.eval.EvalDocument;
import java.nio.file.Path;
import java.util.List;

/**
 * The seam between the evaluation harness and a PII detector, as {@link io.polylink.eval.LinkingSystem} is for a
 * linker: polylink-cli plugs in Polylink's redactor (polylink-redact depends on this module for its own acceptance
 * figures, so this module cannot depend on it).
 */
public interface PiiSystem {

  /** A short name for reports. */
  String name();

  /**
   * The PII spans found in {@code doc}: spans in code points of its text, types in Polylink's names ({@code PERSON},
   * {@code LOCATION}, {@code ORGANIZATION}, {@code STREET_ADDRESS}, {@code EMAIL_ADDRESS}, ...), scores in [0, 1].
   */
  List<Annotation> detect(EvalDocument doc);

  /** A system named {@code name} that finds what {@code detect} finds. */
  static PiiSystem of(String name, java.util.function.Function<EvalDocument, List<Annotation>> detect) {
    return new PiiSystem() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Annotation> detect(EvalDocument doc) {
        return detect.apply(doc);
      }
    };
  }

  /** Makes the system for a request's {@code --kb}, {@code --model} and {@code --policy} (each may be null). */
  @FunctionalInterface
  interface Factory {
    PiiSystem make(Path kb, Path model, Path policy);
  }
}
