package io.polylink.redact.tagger;

/**
 * The name inside a capitalized detection that took in prose: leading lower-case words and a leading article go
 * ("see Guilty", "The Acme Orchestra"), and the span ends before a lower-case word that is neither a particle nor a
 * function word ("Acme resignation Letter"); "Bank of America", "Ludwig van Beethoven" keep theirs. Addresses keep
 * their words.
 */
final class ProseAroundNames implements SpanRepair {

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{M}'’]+");

  /** Lower-case words inside names of many languages ("van", "de", "bin"). */
  private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "la", "le", "du", "des", "del",
      "della", "di", "da", "van", "von", "der", "den", "het", "ter", "ten", "zu", "dos", "das", "do", "y", "e", "et",
      "und", "och", "og", "bin", "ibn", "al", "el", "bint", "af", "av", "for");

  @Override
  public Span apply(TaggedText t, Span s) {
    if (s.address() || !TaggedText.hasUpper(t.text(), s.start(), s.end())) {
      return s;
    }
    int[] kept = withoutProse(t.text(), s.start(), s.end());
    return s.at(kept[0], kept[1]);
  }

  /** {start, end} of the name inside [start, end). */
  static int[] withoutProse(String text, int start, int end) {
    java.util.regex.Matcher m = WORD.matcher(text).region(start, end);
    int from = -1;
    int to = end;
    while (m.find()) {
      String w = m.group();
      boolean lower = w.chars().noneMatch(Character::isUpperCase);
      boolean function = Gazetteer.STOP.contains(w.toLowerCase(java.util.Locale.ROOT)) || PARTICLES.contains(w);
      if (from < 0) {
        if (lower || w.equals("The")) {
          continue; // leading prose or article
        }
        from = m.start();
      } else if (lower && !function) {
        to = m.start();
        break;
      }
    }
    if (from < 0) {
      return new int[] {start, end};
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return new int[] {from, to};
  }
}
