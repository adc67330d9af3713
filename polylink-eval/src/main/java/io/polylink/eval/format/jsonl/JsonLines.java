package io.polylink.eval.format.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polylink.eval.DatasetFormatException;
import io.polylink.kb.source.NonBlankLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a JSON Lines file: one JSON value per non-blank line, errors naming the file and the line. */
public final class JsonLines {

  /** Receives each parsed line with its 1-based number. */
  @FunctionalInterface
  public interface Handler {
    void accept(long line, JsonNode value);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLines() {}

  /** Parses every non-blank line of {@code file} and hands it to {@code handler}, in order. */
  public static void read(Path file, Handler handler) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      NonBlankLines lines = new NonBlankLines(r);
      while (lines.next()) {
        long n = lines.number();
        JsonNode value;
        try {
          value = JSON.readTree(lines.text());
        } catch (JsonProcessingException e) {
          throw new DatasetFormatException(file, n, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        handler.accept(n, value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
