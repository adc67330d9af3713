package io.polylink.cli;

import io.polylink.model.Language;
import picocli.CommandLine;

/**
 * Reads every command's {@code --language}: a code that names no language ({@code deutsch}) is a usage error naming
 * the value, not a tag used silently (see {@link Language#known}).
 */
final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
  @Override
  public Language convert(String value) {
    try {
      return Language.known(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
