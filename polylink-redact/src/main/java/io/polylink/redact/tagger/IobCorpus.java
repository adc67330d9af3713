package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads IOB token files — one token and its tag per line ({@code Marie B-PER}), separated by a space or a tab, blank
 * lines between segments, LF or CRLF — as annotated texts, one per segment (the format of the ECHR French/Spanish
 * anonymization corpus and of CoNLL). {@code I-X} after anything but {@code B-X} or {@code I-X} starts a span (IOB1).
 *
 * <p>The files carry no spacing, so the text is rebuilt by ordinary detokenizing rules: a space between tokens,
 * except before {@code , . ; : ) ] } » % …} and a closing quote, after {@code ( [ { « /} and an opening quote, around
 * a hyphen and a slash between two tokens, and after an elided article or pronoun ({@code l ' affaire} -&gt;
 * {@code l'affaire}). Offsets of the gold spans are those of the rebuilt text.
 */
public final class IobCorpus {

  private IobCorpus() {}

  /** The segments of every {@code .tsv}, {@code .iob}, {@code .conll} and {@code .txt} file under {@code path}, or of the file itself. */
  public static List<AnnotatedText> read(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new IOException("IOB input not found: " + path);
    }
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.walk(path)) {
        s.filter(Files::isRegularFile).filter(f -> {
          String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
          return n.endsWith(".tsv") || n.endsWith(".iob") || n.endsWith(".conll") || n.endsWith(".bio");
        }).sorted().forEach(files::add);
      }
      if (files.isEmpty()) {
        throw new IOException("no .tsv, .iob, .bio or .conll files under " + path);
      }
    } else {
      files.add(path);
    }
    List<AnnotatedText> out = new ArrayList<>();
    for (Path f : files) {
      out.addAll(parse(Files.readString(f, StandardCharsets.UTF_8), f.getFileName().toString()));
    }
    return out;
  }

  /** The segments of one file's content; {@code name} names it in ids and errors. */
  public static List<AnnotatedText> parse(String content, String name) {
    List<AnnotatedText> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        flush(tokens, tags, name, out);
        continue;
      }
      int sep = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'));
      if (sep <= 0) {
        throw new IllegalArgumentException(name + " line " + (i + 1) + ": expected 'token TAG', got '"
            + (line.length() > 60 ? line.substring(0, 60) + "..." : line) + "'");
      }
      String tag = line.substring(sep + 1);
      if (!tag.equals("O") && !(tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-")))) {
        throw new IllegalArgumentException(name + " line " + (i + 1) + ": tag must be O, B-TYPE or I-TYPE, got '"
            + tag + "'");
      }
      tokens.add(line.substring(0, sep).strip());
      tags.add(tag);
    }
    flush(tokens, tags, name, out);
    return out;
  }

  private static void flush(List<String> tokens, List<String> tags, String name, List<AnnotatedText> out) {
    if (tokens.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    List<Detection> spans = new ArrayList<>();
    String open = null;
    int openStart = 0;
    int openEnd = 0;
    boolean quoteOpen = false;
    for (int i = 0; i < tokens.size(); i++) {
      String tok = tokens.get(i);
      boolean isQuote = tok.equals("\"");
      if (i > 0 && space(tokens.get(i - 1), tok, quoteOpen)) {
        text.append(' ');
      }
      if (isQuote) {
        quoteOpen = !quoteOpen;
      }
      int start = text.length();
      text.append(tok);
      String tag = tags.get(i);
      String type = tag.equals("O") ? null : tag.substring(2);
      boolean continues = type != null && tag.startsWith("I-") && type.equals(open);
      if (open != null && !continues) {
        spans.add(new Detection(open, openStart, openEnd, 1.0, name));
        open = null;
      }
      if (type != null && !continues) {
        open = type;
        openStart = start;
      }
      if (open != null) {
        openEnd = text.length();
      }
    }
    if (open != null) {
      spans.add(new Detection(open, openStart, openEnd, 1.0, name));
    }
    out.add(new AnnotatedText(name + "#" + (out.size() + 1), text.toString(), spans));
    tokens.clear();
    tags.clear();
  }

  private static final String NO_SPACE_BEFORE = ",.;:)]}»%…";
  private static final String NO_SPACE_AFTER = "([{«";

  /** True when a space goes between {@code prev} and {@code tok}; {@code quoteOpen}: a '"' is open before tok. */
  static boolean space(String prev, String tok, boolean quoteOpen) {
    if (tok.length() == 1 && NO_SPACE_BEFORE.indexOf(tok.charAt(0)) >= 0) {
      return false;
    }
    if (prev.length() == 1 && NO_SPACE_AFTER.indexOf(prev.charAt(0)) >= 0) {
      return false;
    }
    if (tok.equals("\"")) {
      return !quoteOpen; // a closing quote hugs the word before it
    }
    if (prev.equals("\"")) {
      return !quoteOpen; // after an opening quote (now open) no space
    }
    if (tok.equals("-") || prev.equals("-") || tok.equals("/") || prev.equals("/")) {
      return false;
    }
    if (tok.equals("'") || tok.equals("’")) {
      return false;
    }
    if (prev.equals("'") || prev.equals("’")) {
      return false;
    }
    return true;
  }
}
