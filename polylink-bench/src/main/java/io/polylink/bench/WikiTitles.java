package io.polylink.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English Wikipedia titles to Wikidata QIDs, read from a {@code QID<TAB>Title} file such as ELEVANT's
 * {@code kb/qid_enwiki.tsv}: how a linker that answers with Wikipedia titles (CoreNLP's {@code entitylink}) is scored
 * in QID space. Titles are compared with spaces read as underscores, as Wikipedia does; nothing else is normalized.
 */
public final class WikiTitles {

  private final Map<String, String> qidByTitle;

  private WikiTitles(Map<String, String> qidByTitle) {
    this.qidByTitle = qidByTitle;
  }

  /**
   * Reads the file. A title listed twice keeps its first QID (the file gives each title one).
   *
   * @throws IllegalArgumentException naming the file and line of a row that is not {@code QID<TAB>Title}
   */
  public static WikiTitles read(Path file) throws IOException {
    Map<String, String> m = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0 || !line.substring(0, tab).matches("Q[1-9][0-9]*") || tab == line.length() - 1) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected QID<TAB>Title, got '" + line + "'");
      }
      m.putIfAbsent(key(line.substring(tab + 1)), line.substring(0, tab));
    }
    return new WikiTitles(Collections.unmodifiableMap(m));
  }

  /** The QID of {@code title}, or null when the file does not list it. */
  public String qid(String title) {
    return title == null ? null : qidByTitle.get(key(title));
  }

  /** Every QID that has a title. */
  public Set<String> qids() {
    return Set.copyOf(qidByTitle.values());
  }

  public int size() {
    return qidByTitle.size();
  }

  private static String key(String title) {
    return title.strip().replace(' ', '_');
  }
}
