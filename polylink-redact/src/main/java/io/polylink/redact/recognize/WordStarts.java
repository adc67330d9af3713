package io.polylink.redact.recognize;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only where one of its first words begins: a word start whose letters begin with one of the given
 * words (case-sensitive). Far cheaper than {@code find()} trying a long alternation of titles at every char; every
 * match a plain {@code find()} gives that starts at such a position is found.
 */
final class WordStarts {

  private final Set<String> words;
  private final int longest;

  WordStarts(Set<String> words) {
    this.words = new HashSet<>(words);
    this.longest = words.stream().mapToInt(String::length).max().orElse(0);
  }

  /** The first letters run of each {@code |}-separated alternative of a regex of literal words ("M\\.", "Sig\\.ra"). */
  static WordStarts ofAlternation(String alternation) {
    Set<String> w = new HashSet<>();
    for (String alt : alternation.split("\\|")) {
      int e = 0;
      while (e < alt.length() && Character.isLetter(alt.charAt(e))) {
        e++;
      }
      if (e == 0) {
        throw new IllegalArgumentException("alternative '" + alt + "' does not start with a letter");
      }
      w.add(alt.substring(0, e));
    }
    return new WordStarts(w);
  }

  /** True when a word starts at {@code i} and its letters begin with one of the words. */
  boolean at(CharSequence text, int i) {
    if (!Character.isLetter(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
      return false;
    }
    int n = text.length();
    StringBuilder sb = new StringBuilder(longest);
    for (int j = i; j < n && j - i < longest && Character.isLetter(text.charAt(j)); j++) {
      sb.append(text.charAt(j));
      if (words.contains(sb.toString())) {
        return true;
      }
    }
    return false;
  }

  /** A matcher over {@code text} whose {@link #next} finds the matches that start at accepted positions. */
  Matcher matcher(Pattern p, CharSequence text) {
    return p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /** The next match starting at or after {@code from}, or false. */
  boolean next(Matcher m, CharSequence text, int from) {
    int n = text.length();
    for (int i = from; i < n; i++) {
      if (at(text, i)) {
        m.region(i, n);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }
}
