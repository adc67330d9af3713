package io.polylink.redact.tagger;

import io.polylink.model.TextOffsets;
import io.polylink.redact.Detection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads brat standoff annotations for training: every {@code <id>.ann} of a folder (recursively, sorted by path)
 * with its {@code <id>.txt}; text-bound ({@code T}) lines only, offsets in code points, a discontinuous annotation
 * taken from its first start to its last end.
 */
public final class BratCorpus {

  private BratCorpus() {}

  /** Every annotated document under {@code dir}. */
  public static List<AnnotatedText> read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("brat input " + dir + " is not a folder");
    }
    List<Path> anns;
    try (Stream<Path> s = Files.walk(dir)) {
      anns = s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    if (anns.isEmpty()) {
      throw new IllegalArgumentException("no .ann files under " + dir);
    }
    List<AnnotatedText> docs = new ArrayList<>(anns.size());
    for (Path a : anns) {
      docs.add(readOne(a));
    }
    return docs;
  }

  /** One {@code .ann} file and the {@code .txt} beside it. */
  public static AnnotatedText readOne(Path ann) {
    String base = ann.getFileName().toString().replaceFirst("\\.ann$", "");
    Path txt = ann.resolveSibling(base + ".txt");
    String text;
    List<String> lines;
    try {
      text = Files.readString(txt, StandardCharsets.UTF_8);
      lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ann + " and " + txt.getFileName(), e);
    }
    int cps = text.codePointCount(0, text.length());
    List<Detection> spans = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty() || line.charAt(0) != 'T') {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String[] typeAndOffsets = cols.length < 2 ? new String[0] : cols[1].split(" ", 2);
      if (typeAndOffsets.length < 2) {
        // not the line itself: its last column is the annotated text, personal data
        throw new IllegalArgumentException(ann + ":" + (i + 1) + ": expected 'T<n><TAB>TYPE start end<TAB>text'");
      }
      int start = Integer.MAX_VALUE;
      int end = -1;
      try {
        for (String frag : typeAndOffsets[1].split(";")) {
          String[] se = frag.trim().split(" ");
          start = Math.min(start, Integer.parseInt(se[0]));
          end = Math.max(end, Integer.parseInt(se[se.length - 1]));
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(ann + ":" + (i + 1) + ": bad offsets '" + typeAndOffsets[1] + "'", e);
      }
      if (start < 0 || end <= start || end > cps) {
        throw new IllegalArgumentException(ann + ":" + (i + 1) + ": span [" + start + ", " + end
            + ") outside the text of " + cps + " code points");
      }
      spans.add(new Detection(typeAndOffsets[0], TextOffsets.toCharIndex(text, start), TextOffsets.toCharIndex(text, end),
          1.0, base));
    }
    return new AnnotatedText(base, text, spans);
  }
}
