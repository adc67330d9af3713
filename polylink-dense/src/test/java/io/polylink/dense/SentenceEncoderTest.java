package io.polylink.dense;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.link.TextEncoder;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ONNX sentence encoder on the packaged all-MiniLM-L6-v2 model. */
class SentenceEncoderTest {

  static SentenceEncoder enc;
  @TempDir Path tmp;

  @BeforeAll
  static void open() {
    enc = SentenceEncoder.builtin();
  }

  @AfterAll
  static void close() {
    enc.close();
  }

  static double cos(String a, String b) {
    float[][] v = enc.encode(List.of(a, b));
    return TextEncoder.cosine(v[0], v[1]);
  }

  @Test
  void closeMeaningsScoreHigherThanUnrelatedOnes() {
    assertEquals(384, enc.dimension());
    assertEquals("all-minilm-l6-v2-q", enc.name());
    assertEquals(1, enc.batchSize(), "a dynamically quantized model couples batch rows: one text per run");
    String a = "A man is playing a guitar on stage.";
    double close = cos(a, "Someone performs music with an instrument.");
    double far = cos(a, "The central bank raised interest rates again.");
    assertTrue(close > far + 0.2, "close " + close + ", far " + far);
    // entity-like: a context and the description of the entity it means vs a namesake's
    String ctx = "The jaguar stalked its prey along the river bank in the rainforest.";
    double animal = cos(ctx, "jaguar, large cat species native to the Americas");
    double car = cos(ctx, "Jaguar, British luxury car manufacturer");
    assertTrue(animal > car, "animal " + animal + ", car maker " + car);
  }

  @Test
  void vectorsHaveUnitLengthAndBatchingChangesNothing() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 45; i++) { // more than one batch, of mixed lengths
      texts.add("Sentence " + i + " " + "about something rather long ".repeat(i % 7) + "ends here.");
    }
    float[][] batch = enc.encode(texts);
    for (int i = 0; i < texts.size(); i++) {
      float[] one = enc.encode(List.of(texts.get(i)))[0];
      assertArrayEquals(one, batch[i], 1e-4f, "text " + i);
      assertEquals(1.0, TextEncoder.cosine(one, one), 1e-4);
    }
    assertEquals(0, enc.encode(List.of()).length);
    // texts of one length share a run: still the same vectors as alone
    List<String> same = List.of("Paris is in France.", "Rome is in Italy.", "Oslo is in Norway.");
    float[][] together = enc.encode(same);
    for (int i = 0; i < same.size(); i++) {
      assertArrayEquals(enc.encode(List.of(same.get(i)))[0], together[i], 1e-4f, same.get(i));
    }
  }

  @Test
  void inputIsBoundedAndThreadsShareOneEncoder() throws Exception {
    String longText = "word ".repeat(20_000);
    float[] v = enc.encode(List.of(longText))[0];
    float[] cut = enc.encode(List.of("word ".repeat(SentenceEncoder.DEFAULT_MAX_TOKENS + 100)))[0];
    assertArrayEquals(cut, v, 1e-4f, "only the first maxTokens tokens count");
    List<String> texts = List.of("Paris is the capital of France.", "Angela Merkel visited Berlin.",
        "The Nile flows through Egypt.", "Mount Everest is the highest mountain.");
    float[][] expected = enc.encode(texts);
    ExecutorService pool = Executors.newFixedThreadPool(4, Thread.ofPlatform().name("encoder-test-", 0).factory());
    try {
      List<Future<float[][]>> fs = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        fs.add(pool.submit(() -> enc.encode(texts)));
      }
      for (Future<float[][]> f : fs) {
        float[][] got = f.get();
        for (int i = 0; i < texts.size(); i++) {
          assertArrayEquals(expected[i], got[i], 1e-5f);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aModelFolderWorksLikeTheBuiltInOne() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("minilm"));
    try (InputStream m = SentenceEncoder.class.getResourceAsStream(SentenceEncoder.BUILTIN_MODEL);
        InputStream t = SentenceEncoder.class.getResourceAsStream(SentenceEncoder.BUILTIN_TOKENIZER)) {
      Files.copy(m, dir.resolve("model.onnx"));
      Files.copy(t, dir.resolve("tokenizer.json"));
    }
    List<String> texts = List.of("Paris is the capital of France.");
    try (SentenceEncoder fromDir = SentenceEncoder.open(dir.toString());
        SentenceEncoder fromFile = SentenceEncoder.open(dir.resolve("model.onnx"))) {
      assertArrayEquals(enc.encode(texts)[0], fromDir.encode(texts)[0], 1e-6f);
      assertArrayEquals(enc.encode(texts)[0], fromFile.encode(texts)[0], 1e-6f);
      assertEquals("minilm/model", fromDir.name());
    }
  }

  @Test
  void badPathsGiveOneLineErrors() throws Exception {
    assertOneLine(() -> SentenceEncoder.open(tmp.resolve("nowhere")), "no such model file or folder");
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertOneLine(() -> SentenceEncoder.open(empty), "holds no .onnx files");
    Path junk = Files.writeString(empty.resolve("model.onnx"), "not a model", StandardCharsets.UTF_8);
    assertOneLine(() -> SentenceEncoder.open(empty), "no tokenizer.json in");
    Files.writeString(empty.resolve("tokenizer.json"), "{}", StandardCharsets.UTF_8);
    assertOneLine(() -> SentenceEncoder.open(junk), "is not an ONNX model");
    Path text = Files.writeString(tmp.resolve("notes.txt"), "x", StandardCharsets.UTF_8);
    assertOneLine(() -> SentenceEncoder.open(text), "is not an .onnx file or a model folder");
  }

  static void assertOneLine(org.junit.jupiter.api.function.Executable e, String part) {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
    assertTrue(x.getMessage().contains(part), x.getMessage());
    assertFalse(x.getMessage().contains("\n"), x.getMessage());
  }
}
