package io.polylink.link;

import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import io.polylink.link.lang.Stemmers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Candidates of an inflected one-word name through its stem (issue 16): "Warszawie" and "Warszawa", "Deutschlands"
 * and "Deutschland", "Helsingissä" and "Helsinki" share a stem in their language's Lucene analyzer. The name
 * dictionary is probed for keys that start with the longest common prefix of the mention's key and its stem, and a
 * key is taken when it is one word with the same stem. Used only after exact, romanized, fuzzy and full-form lookups
 * found nothing, so a name the dictionary holds as written keeps winning; not for English, whose names hardly inflect
 * (the possessive is handled by the tokenizer), nor for undetermined text.
 */
final class StemmedNames {

  /** Shortest prefix probed; shorter ones would list half the dictionary. */
  static final int MIN_PREFIX = 4;
  /** Keys read per probe. */
  static final int MAX_KEYS = 32;

  private StemmedNames() {}

  static List<NameHit> hits(Lookup lookup, String key, String language, int limit) {
    if (language == null || language.equals("und") || language.startsWith("en") || key.indexOf(' ') >= 0
        || !Stemmers.hasStemmer(language)) {
      return List.of();
    }
    List<String> stems = Stemmers.stems(key, language);
    if (stems.size() != 1) {
      return List.of();
    }
    String stem = stems.get(0);
    int common = 0;
    while (common < key.length() && common < stem.length() && key.charAt(common) == stem.charAt(common)) {
      common++;
    }
    if (common < MIN_PREFIX) {
      return List.of();
    }
    String prefix = key.substring(0, common);
    Set<String> keys = new LinkedHashSet<>();
    keys.add(prefix);
    keys.addAll(lookup.keysStartingWith(prefix, MAX_KEYS));
    List<NameHit> out = new ArrayList<>();
    for (String k : keys) {
      if (k.equals(key) || k.indexOf(' ') >= 0 || !Stemmers.stems(k, language).equals(stems)) {
        continue;
      }
      for (NameHit h : lookup.candidates(k, limit)) {
        if (out.size() < limit) {
          out.add(h.withKind(NameHit.MatchKind.STEMMED));
        }
      }
    }
    return out;
  }
}
