package io.polylink.eval.format.brat;

import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.DatasetFormatException;
import io.polylink.eval.EvalDocument;
import io.polylink.model.Language;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * brat standoff: {@code <id>.txt} with {@code <id>.ann}. Only text-bound annotations ({@code T} lines) are read; a
 * discontinuous annotation ({@code start end;start end}) becomes the span from its first start to its last end.
 * Offsets are code points. Every annotation is NIL-linked; its type is the brat label.
 */
public final class BratReader {

  private BratReader() {}

  /** Reads every {@code .ann} file of a folder (sorted by name) with its {@code .txt}. */
  public static Dataset read(Path dir, String name, Language language) {
    List<Path> anns;
    try (Stream<Path> s = Files.list(dir)) {
      anns = s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    List<EvalDocument> docs = new ArrayList<>();
    for (Path ann : anns) {
      docs.add(readDocument(ann, language));
    }
    return new Dataset(name, docs);
  }

  /** Reads one {@code .ann} file and the {@code .txt} beside it. */
  public static EvalDocument readDocument(Path ann, Language language) {
    String base = ann.getFileName().toString().replaceFirst("\\.ann$", "");
    Path txt = ann.resolveSibling(base + ".txt");
    String text;
    List<String> lines;
    try {
      if (!Files.exists(txt)) {
        throw new DatasetFormatException(ann, 0, "no text file " + txt.getFileName() + " beside it");
      }
      text = Files.readString(txt, StandardCharsets.UTF_8);
      lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ann, e);
    }
    int cps = text.codePointCount(0, text.length());
    List<Annotation> gold = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.charAt(0) != 'T') {
        continue; // relations, events, attributes and notes carry no spans
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 2) {
        throw new DatasetFormatException(ann, i + 1, "text-bound annotation needs 'id<TAB>TYPE start end', got '"
            + line + "'");
      }
      String[] typeAndSpans = cols[1].split(" ", 2);
      if (typeAndSpans.length < 2) {
        throw new DatasetFormatException(ann, i + 1, "no offsets in '" + cols[1] + "'");
      }
      int start = Integer.MAX_VALUE;
      int end = -1;
      for (String frag : typeAndSpans[1].split(";")) {
        String[] se = frag.trim().split(" ");
        try {
          if (se.length != 2) {
            throw new NumberFormatException(frag);
          }
          start = Math.min(start, Integer.parseInt(se[0]));
          end = Math.max(end, Integer.parseInt(se[1]));
        } catch (NumberFormatException e) {
          throw new DatasetFormatException(ann, i + 1, "bad offsets '" + frag + "', expected 'start end'", e);
        }
      }
      if (start < 0 || end <= start || end > cps) {
        throw new DatasetFormatException(ann, i + 1, "span [" + start + ", " + end + ") outside the text of " + cps
            + " code points");
      }
      Span span = new Span(start, end);
      if (cols.length >= 3 && !cols[2].isEmpty() && !cols[2].equals(TextOffsets.substring(text, span))) {
        throw new DatasetFormatException(ann, i + 1, "text '" + cols[2] + "' differs from the text at " + span
            + ": '" + TextOffsets.substring(text, span) + "'");
      }
      gold.add(Annotation.gold(span, null, typeAndSpans[0]));
    }
    return new EvalDocument(base, text, language, gold);
  }
}
