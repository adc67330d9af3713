package io.polylink.link.rank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a text model file (a ranker model, a type classifier) whole or not at all: the text goes to a temporary file
 * beside the target, which then replaces it in one move, so a process killed half-way leaves the previous file intact.
 */
public final class ModelFile {

  /** What writes the model's text. */
  @FunctionalInterface
  public interface Body {
    void write(Writer w) throws IOException;
  }

  private ModelFile() {}

  /**
   * Writes {@code file} (UTF-8) with {@code body}, creating its folder; {@code what} names the model in the error.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(Path file, String what, Body body) {
    Path abs = file.toAbsolutePath();
    Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
    try {
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        body.write(w);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the write error below says what matters
      }
      throw new UncheckedIOException("cannot write " + what + " " + file, e);
    }
  }
}
