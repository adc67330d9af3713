package io.polylink.model;

import java.util.Locale;

/**
 * A language tag as used by Wikidata and BCP 47 ({@code en}, {@code de}, {@code zh-hans}, {@code sr-latn}), lower-cased.
 * {@link #UNDETERMINED} ({@code und}) stands for "not known".
 *
 * @param code the tag, lower case, letters, digits and hyphens only
 */
public record Language(String code) {

  /** The language is not known. */
  public static final Language UNDETERMINED = new Language("und");

  public Language {
    if (code == null || code.isEmpty() || code.length() > 35) {
      throw new IllegalArgumentException("language code must be 1-35 characters, got '" + code + "'");
    }
    code = code.replace('_', '-').toLowerCase(Locale.ROOT);
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-') {
        throw new IllegalArgumentException("language code has an invalid character: '" + code + "'");
      }
    }
  }

  public static Language of(String code) {
    return new Language(code);
  }

  /** The primary subtag: {@code zh} for {@code zh-hans}. */
  public String primary() {
    int dash = code.indexOf('-');
    return dash < 0 ? code : code.substring(0, dash);
  }

  public boolean isUndetermined() {
    return this.equals(UNDETERMINED);
  }

  @Override
  public String toString() {
    return code;
  }
}
