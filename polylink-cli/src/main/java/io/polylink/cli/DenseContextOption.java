package io.polylink.cli;

import io.polylink.dense.SentenceEncoder;
import io.polylink.link.TextEncoder;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code --dense-context [PATH|builtin]} option of link, eval and train: off when absent; {@code builtin} (also the
 * value of the bare flag) is the all-MiniLM-L6-v2 model inside the distribution; a path is a model folder
 * ({@code model.onnx} + {@code tokenizer.json}) or an {@code .onnx} file with its tokenizer beside it.
 */
final class DenseContextOption {

  static final String DESCRIPTION = "add the dense context feature (a sentence encoder's cosine of the mention's "
      + "context and each candidate's label and description): 'builtin' (the default value: all-MiniLM-L6-v2, "
      + "quantized) or an ONNX model folder/file with its tokenizer.json; needs a ranker model trained with it";

  /** DJL's tokenizer logs its CUDA probe and platform at INFO; a CLI user needs only its warnings. Held: JUL forgets. */
  private static final java.util.logging.Logger DJL_LOG = java.util.logging.Logger.getLogger("ai.djl");

  private DenseContextOption() {}

  /**
   * Takes the next argument as the option's value only when it reads as one ({@code builtin}, an existing path, a
   * path with a '/' or an {@code .onnx} name), so that {@code link --dense-context "Paris is nice."} links the text
   * with the built-in model instead of taking the text for a model path.
   */
  static final class Value implements CommandLine.IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
      String v = SentenceEncoder.BUILTIN;
      if (!args.isEmpty() && readsAsValue(args.peek())) {
        v = args.pop();
      }
      argSpec.setValue(v);
    }

    static boolean readsAsValue(String s) {
      if (s.equalsIgnoreCase(SentenceEncoder.BUILTIN) || s.contains("/") || s.toLowerCase(Locale.ROOT).endsWith(".onnx")) {
        return true;
      }
      if (s.startsWith("-")) {
        return false;
      }
      try {
        return Files.exists(Path.of(s));
      } catch (InvalidPathException e) {
        return false;
      }
    }
  }

  /** The encoder for the option's value, null when the option is absent. */
  static SentenceEncoder open(String spec) {
    if (spec == null) {
      return null;
    }
    DJL_LOG.setLevel(java.util.logging.Level.SEVERE);
    try {
      return SentenceEncoder.open(spec);
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException("--dense-context: " + e.getMessage(), e);
    }
  }

  /** Closes an encoder the option opened. */
  static void close(TextEncoder e) {
    if (e instanceof SentenceEncoder s) {
      s.close();
    }
  }
}
