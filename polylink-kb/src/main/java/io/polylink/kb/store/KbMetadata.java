package io.polylink.kb.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a KB holds and how it was built; written as {@code kb.json} in each generation.
 *
 * @param formatVersion store format version
 * @param source the source kind and name
 * @param entities entities stored
 * @param names names (labels and aliases, all languages) stored
 * @param transliterations romanized name keys added
 * @param languages distinct language codes of the names
 * @param relations relation values stored
 * @param skipped records the source skipped, by kind
 * @param malformed malformed records skipped
 * @param buildSeconds wall time of the build
 * @param languageCodes the language codes, sorted (truncated to 1,000)
 */
public record KbMetadata(
    int formatVersion,
    String source,
    long entities,
    long names,
    long transliterations,
    long languages,
    long relations,
    Map<String, Long> skipped,
    long malformed,
    double buildSeconds,
    List<String> languageCodes) {

  /**
   * Whether the KB's names carry link statistics (p(entity | name) from Wikipedia anchors): KBs built from the
   * {@code wikidict} source, alone or with others. The linker picks its ranker model by it.
   */
  public boolean hasLinkStatistics() {
    return source != null && source.contains("wikidict");
  }

  // 2: index sorted by popularity; 3: ties by item number; 4: name postings without frequencies
  static final int FORMAT_VERSION = 4;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  void write(Path file) throws IOException {
    Files.write(file, JSON.writeValueAsBytes(this));
  }

  static KbMetadata read(Path file) throws IOException {
    try {
      return JSON.readValue(file.toFile(), KbMetadata.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new NotAKbException(file.getParent(), "unreadable " + file.getFileName() + ": " + e.getOriginalMessage());
    }
  }
}
