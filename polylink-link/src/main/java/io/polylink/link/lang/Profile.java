package io.polylink.link.lang;

import com.ibm.icu.text.UnicodeSet;
import io.polylink.model.Language;
import java.util.Objects;
import java.util.Set;

/**
 * What the identifier knows about one candidate language within a script group.
 *
 * @param language the language reported when this profile wins
 * @param group the script group the profile competes in
 * @param stopwords function words, already folded with {@link TokenFold}
 * @param mainLetters letters in everyday use (ICU exemplar set plus corrections); their presence supports the language
 * @param auxLetters letters seen in loanwords and names; neutral evidence
 */
record Profile(Language language, ScriptGroup group, Set<String> stopwords, UnicodeSet mainLetters,
    UnicodeSet auxLetters) {

  Profile {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(group, "group");
    stopwords = Set.copyOf(Objects.requireNonNull(stopwords, "stopwords"));
    mainLetters = Objects.requireNonNull(mainLetters, "mainLetters").cloneAsThawed().freeze();
    auxLetters = Objects.requireNonNull(auxLetters, "auxLetters").cloneAsThawed().freeze();
    if (language.isUndetermined()) {
      throw new IllegalArgumentException("a profile needs a real language, got '" + language + "'");
    }
  }
}
