package io.polylink.link;

import io.polylink.model.Language;

/** What the document's language (a BCP-47 primary code, possibly {@code und}) changes in the linker's rules. */
final class LanguageRules {

  private LanguageRules() {}

  /**
   * Whether the document's language is not known ({@code und}, or none given). Then no one language's rules apply:
   * every name matches as it would in its own language, so that a text too short to identify is matched at least as
   * well as under any language it could be in.
   */
  static boolean undetermined(String language) {
    return language == null || language.equals(Language.UNDETERMINED.code());
  }

  /** Languages whose orthography capitalizes every noun (German, Luxembourgish). */
  static boolean capitalizesNouns(String language) {
    return language != null && (language.equals("de") || language.startsWith("de-") || language.equals("lb")
        || language.equals("gsw"));
  }
}
