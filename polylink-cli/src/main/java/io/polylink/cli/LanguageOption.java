package io.polylink.cli;

import io.polylink.model.Language;
import picocli.CommandLine.Option;

/** The input language option that {@code link}, {@code redact} and {@code discover} share. */
final class LanguageOption {

  @Option(names = "--language", converter = LanguageConverter.class, paramLabel = "CODE",
      description = "language of the input, an ISO 639 code such as en, de or zh-hans (default: identified per "
          + "document)")
  Language language;

  /** The language given, or {@link Language#UNDETERMINED}: identified per document. */
  Language orUndetermined() {
    return language == null ? Language.UNDETERMINED : language;
  }
}
