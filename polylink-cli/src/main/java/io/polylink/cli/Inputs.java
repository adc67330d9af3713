package io.polylink.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polylink.kb.source.NonBlankLines;
import io.polylink.model.Document;
import io.polylink.model.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading documents for the CLI: strict UTF-8, clear messages for bad input. */
final class Inputs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Inputs() {}

  static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Decodes bytes as UTF-8, failing with the byte offset of the first invalid sequence. */
  static String decode(byte[] bytes, String what) throws IOException {
    CharsetDecoder dec = strictUtf8();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = dec.decode(in, out, true);
    if (result.isError()) {
      throw new IOException(what + " is not valid UTF-8: invalid byte sequence at byte offset " + in.position());
    }
    dec.flush(out);
    out.flip();
    String s = out.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  static byte[] readAll(Path input, InputStream stdin) throws IOException {
    if (input == null || input.toString().equals("-")) {
      return stdin.readAllBytes();
    }
    if (Files.isDirectory(input)) {
      throw new IOException("--input " + input + " is a directory; give a file or -");
    }
    return Files.readAllBytes(input);
  }

  static Reader strictReader(InputStream in) {
    return new InputStreamReader(in, strictUtf8());
  }

  /** How errors name {@code input}: its path, or {@code <stdin>} for {@code -}. */
  static String name(Path input) {
    return input.toString().equals("-") ? "<stdin>" : input.toString();
  }

  /**
   * Whether {@code input} is read as JSON lines: as {@code --input-format} ({@code text} or {@code jsonl}) says, else
   * when its name ends in {@code .jsonl}; a null input is no JSONL.
   */
  static boolean isJsonl(Path input, String inputFormat) {
    if (inputFormat != null) {
      return switch (inputFormat.toLowerCase(Locale.ROOT)) {
        case "jsonl" -> true;
        case "text" -> false;
        default -> throw new IllegalArgumentException("--input-format must be text or jsonl, got '" + inputFormat
            + "'");
      };
    }
    return input != null && input.getFileName() != null && input.getFileName().toString().endsWith(".jsonl");
  }

  /** One document per non-blank line of JSON: {"text": ..., "id"?: ..., "language"?: ...}. */
  static List<Document> jsonl(String content, String what) throws IOException {
    List<Document> docs = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(content))) {
      NonBlankLines lines = new NonBlankLines(r);
      while (lines.next()) {
        long n = lines.number();
        JsonNode node;
        try {
          node = JSON.readTree(lines.text());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
          throw new IOException(what + ":" + n + ": malformed JSON: " + io.polylink.kb.source.JsonErrors.plain(e));
        }
        if (node == null || !node.isObject() || !node.path("text").isTextual()) {
          throw new IOException(what + ":" + n + ": expected an object with a string field \"text\"");
        }
        String id = node.path("id").isMissingNode() || node.path("id").isNull() ? "" : node.path("id").asText();
        Language lang = Language.UNDETERMINED;
        if (node.path("language").isTextual()) {
          try {
            lang = Language.of(node.path("language").asText());
          } catch (IllegalArgumentException e) {
            throw new IOException(what + ":" + n + ": " + e.getMessage());
          }
        }
        docs.add(new Document(id, node.get("text").asText(), lang));
      }
    }
    return docs;
  }

  static boolean isMalformed(Throwable t) {
    return t instanceof MalformedInputException || t instanceof CharacterCodingException;
  }
}
