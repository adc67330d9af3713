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

  /**
   * The language {@code code} names, refusing codes that name no language: for what users type ({@code --language}),
   * where a word such as {@code deutsch} would otherwise pass as a well-formed tag and be used silently. The primary
   * subtag must be {@code und}, an ISO 639-1 code, or a code (ISO 639-2/3) the JDK's CLDR data has a name for;
   * script, region and variant subtags are kept as given ({@code zh-hans}, {@code sr-latn}, {@code be-tarask}).
   *
   * @throws IllegalArgumentException naming the code, and the code meant when {@code code} is a language's name in
   *     English or in the language itself ({@code deutsch}: {@code de})
   */
  public static Language known(String code) {
    Language l = new Language(code == null ? null : code.strip());
    String primary = l.primary();
    if (l.isUndetermined() || isKnownPrimary(primary)) {
      return l;
    }
    String meant = codeNamed(code.strip());
    throw new IllegalArgumentException("unknown language code '" + code.strip() + "'"
        + (meant != null ? ": did you mean '" + meant + "' ("
            + Locale.forLanguageTag(meant).getDisplayLanguage(Locale.ENGLISH) + ")?"
            : ": give an ISO 639 code such as en, de, fr or zh-hans"));
  }

  private static boolean isKnownPrimary(String primary) {
    if (primary.length() < 2 || primary.length() > 3) {
      return false;
    }
    for (String iso : Locale.getISOLanguages()) {
      if (iso.equals(primary)) {
        return true;
      }
    }
    String name = Locale.forLanguageTag(primary).getDisplayLanguage(Locale.ENGLISH);
    return !name.isEmpty() && !name.equalsIgnoreCase(primary);
  }

  /** The ISO 639-1 code of the language called {@code name} in English or in itself, or null. */
  private static String codeNamed(String name) {
    for (String iso : Locale.getISOLanguages()) {
      Locale l = Locale.of(iso);
      if (name.equalsIgnoreCase(l.getDisplayLanguage(Locale.ENGLISH)) || name.equalsIgnoreCase(l.getDisplayLanguage(l))) {
        return iso;
      }
    }
    return null;
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
