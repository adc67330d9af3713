package io.polylink.link;

import java.util.List;

/**
 * Turns texts into unit-length vectors whose dot product measures how close their meanings are: a sentence encoder.
 * The linker uses one, when given ({@link Linker.Builder#denseContext}), for the ranking feature group
 * {@code dense}: the cosine of a mention's context and each candidate's text. Implementations must be thread-safe;
 * the ONNX one is {@code io.polylink.dense.SentenceEncoder} in the {@code polylink-dense} module, which keeps ONNX
 * Runtime and the tokenizer out of the core linker.
 */
public interface TextEncoder {

  /**
   * Encodes texts in one batch.
   *
   * @return one vector of {@link #dimension()} floats per text, in the order given, each of L2 norm 1 (all zeros for
   *     a text with nothing to encode)
   */
  float[][] encode(List<String> texts);

  /** The length of the vectors. */
  int dimension();

  /** A short name for provenance (model file name, written into models trained with it). */
  String name();

  /** The dot product of two vectors of the same length (their cosine when both have norm 1). */
  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of length " + a.length + " and " + b.length);
    }
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
