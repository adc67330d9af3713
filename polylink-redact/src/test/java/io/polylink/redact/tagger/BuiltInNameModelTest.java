package io.polylink.redact.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The shipped built-in name model (issue 14, item 9: the build trained it, 2 min 24 s of a fresh user's first
 * {@code ./polylink demo}). It ships trained; these tests keep it what training produces.
 */
class BuiltInNameModelTest {

  private static final String RETRAIN = "scripts/train-name-model.sh (about two minutes)";

  /** Fast: fails when templates, name lists, features or the trainer changed since the model was trained. */
  @Test
  void shippedModelIsTrainedFromTheCurrentInputs() throws IOException {
    assumeFalse("write".equals(System.getProperty("polylink.retrain")), "retraining: the model is being rewritten");
    String shipped = resource(BuiltInNameModel.INPUTS_RESOURCE);
    assertEquals(shipped.strip(), BuiltInNameModel.inputsFingerprint(),
        "the shipped built-in name model was trained from other inputs than today's: retrain it with " + RETRAIN);
  }

  /**
   * Slow (trains the model): the shipped model equals what training produces, byte for byte uncompressed. Runs with
   * {@code -Dpolylink.retrain=true}; {@code -Dpolylink.retrain=write} writes the model and its fingerprint into
   * {@code src/main/resources} instead, which is what {@code scripts/train-name-model.sh} does.
   */
  @Test
  @EnabledIfSystemProperty(named = "polylink.retrain", matches = "true|write")
  void shippedModelEqualsWhatTrainingProduces() throws IOException {
    if ("write".equals(System.getProperty("polylink.retrain"))) {
      BuiltInNameModel.main(new String[] {Path.of("src/main/resources").toAbsolutePath().toString()});
      return;
    }
    byte[] trained = BuiltInNameModel.uncompressed(BuiltInNameModel.train(BuiltInNameModel.DOCUMENTS));
    byte[] shipped;
    try (InputStream in = new GZIPInputStream(stream(BuiltInNameModel.RESOURCE))) {
      shipped = in.readAllBytes();
    }
    assertArrayEquals(trained, shipped, "the shipped built-in name model differs from what training produces: "
        + "retrain it with " + RETRAIN);
  }

  private static InputStream stream(String resource) {
    InputStream in = BuiltInNameModel.class.getClassLoader().getResourceAsStream(resource);
    assertNotNull(in, resource + " is not on the class path: train it with " + RETRAIN);
    return in;
  }

  private static String resource(String resource) throws IOException {
    try (InputStream in = stream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
