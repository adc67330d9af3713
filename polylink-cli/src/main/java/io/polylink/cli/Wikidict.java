package io.polylink.cli;

import io.polylink.kb.source.CompressedInput;
import io.polylink.kb.wikipedia.AnchorFilter;
import io.polylink.kb.wikipedia.SitelinkTitles;
import io.polylink.kb.wikipedia.WikidictSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code wikidict} KB source as the CLI sets it up: inputs through Maven, QIDs from a TSV or a Wikidata dump. */
final class Wikidict {
  private Wikidict() {}

  /**
   * The source: {@code inputs} when given, else the English KBP jar (and the {@code extra} languages' jars) from the
   * local Maven repository, fetched with Maven when absent.
   *
   * @param kbDir the KB being built: its parent folder holds the source's temporary files
   */
  static WikidictSource source(List<Path> inputs, Path qids, List<String> extra, Path kbDir, PrintWriter err)
      throws IOException {
    List<Path> in = new ArrayList<>();
    if (inputs != null && !inputs.isEmpty()) {
      if (extra != null && !extra.isEmpty()) {
        throw new IllegalArgumentException("--extra applies only without --input (pass the jars as --input instead)");
      }
      in.addAll(inputs);
    } else {
      in.add(WikidictJars.resolve(WikidictJars.ENGLISH, true, err));
      if (extra != null) {
        for (String language : extra) {
          if (!language.isBlank()) {
            in.add(WikidictJars.resolve(WikidictJars.classifierOf(language), true, err));
          }
        }
      }
    }
    Map<String, String> titleToQid = qids == null ? Map.of() : readQids(qids);
    Path parent = kbDir.toAbsolutePath().normalize().getParent();
    Files.createDirectories(parent);
    return new WikidictSource(in, titleToQid, AnchorFilter.defaults(), parent);
  }

  /** Title to QID from a {@code QID<TAB>title} file, or from a Wikidata JSON dump's enwiki sitelinks. */
  static Map<String, String> readQids(Path file) throws IOException {
    int first;
    try (InputStream in = CompressedInput.open(file)) {
      do {
        first = in.read();
      } while (first == ' ' || first == '\n' || first == '\r' || first == '\t');
    }
    if (first == '[') {
      return SitelinkTitles.read(file, "enwiki");
    }
    Map<String, String> m = WikidictSource.readQids(file);
    if (m.isEmpty()) {
      throw new IOException(file + ": no QID<TAB>title line found (--qids takes such a file or a Wikidata dump)");
    }
    return m;
  }

  /** A one-line account of the filter's verdicts, e.g. for the build summary. */
  static String verdicts(WikidictSource s) {
    long kept = 0;
    long all = 0;
    for (Map.Entry<AnchorFilter.Reason, Long> e : s.verdicts().entrySet()) {
      all += e.getValue();
      kept += e.getKey().kept() ? e.getValue() : 0;
    }
    return String.format(Locale.ROOT, "%,d of %,d anchors kept as names (%.1f%%)", kept, all,
        all == 0 ? 0.0 : 100.0 * kept / all);
  }
}
