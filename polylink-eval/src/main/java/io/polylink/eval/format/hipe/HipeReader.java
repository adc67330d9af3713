package io.polylink.eval.format.hipe;

import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.DatasetFormatException;
import io.polylink.eval.EvalDocument;
import io.polylink.kb.source.NonBlankLines;
import io.polylink.model.Language;
import io.polylink.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * HIPE-2022 TSV: a header ({@code TOKEN NE-COARSE-LIT ... NEL-LIT ... MISC}), {@code # hipe2022:document_id = ...}
 * comments opening documents, one token per line. Text is rebuilt by joining tokens with a space unless MISC says
 * {@code NoSpaceAfter} ({@code EndOfLine} gives a newline). Mentions are the IOB spans of NE-COARSE-LIT; the entity is
 * NEL-LIT (a QID, or {@code NIL}, read as NIL; {@code _} also NIL). The type is the coarse tag ({@code pers}, ...).
 */
public final class HipeReader {

  private HipeReader() {}

  /** Reads one HIPE TSV file. */
  public static Dataset read(Path file, String name) {
    List<EvalDocument> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null) {
        throw new DatasetFormatException(file, 1, "empty file, expected the HIPE header line");
      }
      List<String> cols = Arrays.asList(header.split("\t", -1));
      int tokenCol = cols.indexOf("TOKEN");
      int tagCol = cols.indexOf("NE-COARSE-LIT");
      int nelCol = cols.indexOf("NEL-LIT");
      int miscCol = cols.indexOf("MISC");
      if (tokenCol < 0 || tagCol < 0 || nelCol < 0 || miscCol < 0) {
        throw new DatasetFormatException(file, 1, "header must name TOKEN, NE-COARSE-LIT, NEL-LIT and MISC, got '"
            + header + "'");
      }
      Builder b = null;
      Language language = Language.UNDETERMINED;
      NonBlankLines lines = new NonBlankLines(r, 1); // line 1 is the header
      while (lines.next()) {
        String line = lines.text();
        long n = lines.number();
        if (line.startsWith("#")) {
          String c = line.substring(1).trim();
          if (c.startsWith("hipe2022:document_id")) {
            if (b != null) {
              docs.add(b.build());
            }
            b = new Builder(value(c), language);
          } else if (c.startsWith("hipe2022:language")) {
            language = Language.of(value(c));
            if (b != null) {
              b.language = language;
            }
          }
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != cols.size()) {
          throw new DatasetFormatException(file, n, "expected " + cols.size() + " tab-separated columns, got "
              + f.length);
        }
        if (b == null) {
          throw new DatasetFormatException(file, n, "token before any '# hipe2022:document_id' comment");
        }
        b.token(file, n, f[tokenCol], f[tagCol], f[nelCol], f[miscCol]);
      }
      if (b != null) {
        docs.add(b.build());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new Dataset(name, docs);
  }

  private static String value(String comment) {
    int eq = comment.indexOf('=');
    return eq < 0 ? "" : comment.substring(eq + 1).trim();
  }

  private static final class Builder {
    final String id;
    Language language;
    final StringBuilder text = new StringBuilder();
    int cps;
    final List<Annotation> gold = new ArrayList<>();
    int start = -1;
    int end;
    String type;
    String entity;

    Builder(String id, Language language) {
      this.id = id;
      this.language = language;
    }

    void token(Path file, long line, String token, String tag, String nel, String misc) {
      if (!(tag.equals("O") || tag.equals("_") || tag.startsWith("B-") || tag.startsWith("I-"))) {
        throw new DatasetFormatException(file, line, "NE-COARSE-LIT tag must be O, B-<type> or I-<type>, got '"
            + tag + "'");
      }
      int tokStart = cps;
      text.append(token);
      cps += token.codePointCount(0, token.length());
      int tokEnd = cps;
      boolean continues = tag.startsWith("I-") && start >= 0 && tag.substring(2).equals(type);
      if (!continues) {
        close();
        if (tag.length() > 2) {
          // An I- without a B- opens a mention, as conlleval does.
          start = tokStart;
          type = tag.substring(2);
          entity = nel.equals("NIL") || nel.equals("_") || nel.isEmpty() ? null : nel;
        }
      }
      if (start >= 0) {
        end = tokEnd;
      }
      if (misc.contains("EndOfLine")) {
        text.append('\n');
        cps++;
      } else if (!misc.contains("NoSpaceAfter")) {
        text.append(' ');
        cps++;
      }
    }

    void close() {
      if (start >= 0) {
        gold.add(Annotation.gold(new Span(start, end), entity, type));
      }
      start = -1;
    }

    EvalDocument build() {
      close();
      return new EvalDocument(id, text.toString(), language, gold);
    }
  }
}
