package io.polylink.cli;

import io.polylink.link.xling.BilingualDictionary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --dictionary FILE}, repeatable, as {@code link}, {@code serve} and {@code eval} share it: bilingual
 * dictionaries for cross-lingual candidates (Debian's {@code dict-freedict-*} packages install dictd files under
 * {@code /usr/share/dictd/}).
 */
final class DictionaryOption {

  @Option(names = "--dictionary", paramLabel = "FILE", description = "bilingual dictionary for cross-lingual "
      + "candidates, repeatable: a dictd .index (dict-freedict-*, beside its .dict or .dict.dz), MUSE 'english @ "
      + "foreign' lines, or TSV word pairs")
  List<Path> files = new ArrayList<>();

  /** The dictionaries merged, empty when none was given; a missing or unreadable file is an IllegalArgumentException. */
  BilingualDictionary read() {
    return files.isEmpty() ? BilingualDictionary.empty() : BilingualDictionary.read(files);
  }
}
