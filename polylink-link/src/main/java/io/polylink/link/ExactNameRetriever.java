package io.polylink.link;

import io.polylink.kb.store.EntityRecord;
import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import io.polylink.kb.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The entities the names dictionary lists under the key (labels and aliases in every language, web anchors with
 * their priors), without {@link #withoutUnrelatedAnchors unrelated anchors}. One instance per document: it caches the
 * document's keys, bounded so that memory never grows with the length.
 */
final class ExactNameRetriever implements CandidateRetriever {

  static final int MAX_CACHED_HITS = 512;

  /** Forms of address and offices that web anchors put before a name ("President John Quincy Adams"). */
  private static final Set<String> TITLE_WORDS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof",
      "professor", "president", "judge", "justice", "senator", "sen", "rep", "representative", "governor", "gov",
      "general", "gen", "chancellor", "minister", "chairman", "sir", "lord", "lady", "king", "queen", "prince",
      "princess", "mayor", "pope", "coach", "captain", "secretary", "ambassador", "bishop", "cardinal", "rev");
  /** Letters a key word and a label word share at their start for the anchor to count as related. */
  private static final int RELATED_SHARED_START = 4;

  private final Lookup lookup;
  private final KnownNameCache knownNames;
  private final int limit;
  private final DocumentCache<List<NameHit>> hits = new DocumentCache<>(256, MAX_CACHED_HITS);

  ExactNameRetriever(Lookup lookup, KnownNameCache knownNames, int limit) {
    this.lookup = lookup;
    this.knownNames = knownNames;
    this.limit = limit;
  }

  /** Empties the per-document cache when it is full; called between windows. */
  void trimCache() {
    hits.trim();
  }

  @Override
  public List<NameHit> retrieve(String key) {
    return hits.get(key, k -> knownNames.related(lookup, k, limit));
  }

  /** Every entity the dictionary lists under the key, unrelated anchors included. */
  List<NameHit> unfiltered(String key) {
    return knownNames.candidates(lookup, key, limit);
  }

  /**
   * The hits without those found only through an anchor of link statistics that shares nothing with the entity's
   * labels: no word, no initials, no common start of four letters, in the same script ('Auburn, New York' ->
   * White trash, 'Chung' -> Zongzi, 'Springfield, Illinois' -> an episode of The Simpsons). Web anchors name
   * their target that way far more often by accident than as a nickname; so are anchors of a list ('राजधानी' -> List
   * of national capitals) and anchors written in hiragana alone ('され' -> 1960s). Names without statistics (labels,
   * curated aliases such as CLDR's 'Deutschland') and other names in another script ('Москва' -> Moscow) are kept.
   */
  static List<NameHit> withoutUnrelatedAnchors(List<NameHit> hits, String key) {
    List<NameHit> out = null;
    for (int i = 0; i < hits.size(); i++) {
      NameHit h = hits.get(i);
      boolean unrelated = !h.transliterated() && unrelatedAnchor(h.record(), key);
      if (unrelated && out == null) {
        out = new ArrayList<>(hits.subList(0, i));
      } else if (!unrelated && out != null) {
        out.add(h);
      }
    }
    return out == null ? hits : out;
  }

  static boolean unrelatedAnchor(EntityRecord r, String key) {
    boolean viaAnchor = false;
    for (EntityRecord.Name n : r.names()) {
      if (n.key().equals(key)) {
        if (n.label() || !n.hasPrior()) {
          return false;
        }
        viaAnchor = true;
      }
    }
    if (!viaAnchor) {
      return false;
    }
    String english = r.label("en");
    if (english.startsWith("List of ") || english.startsWith("Lists of ")) {
      return true; // a list is no name's referent ("राजधानी", "American poet" -> List of ...)
    }
    if (key.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA)) {
      return true; // kana alone is grammar, not a name ("され" -> 1960s)
    }
    String[] words = key.split(" ");
    if (words.length > 1 && TITLE_WORDS.contains(words[0])) {
      return true; // the name after the title is a spot of its own
    }
    String joined = key.replace(" ", "");
    for (EntityRecord.Name n : r.names()) {
      if (!n.label()) {
        continue;
      }
      String label = n.text();
      int paren = label.indexOf(" (");
      String labelKey = TextNormalizer.key(paren > 0 ? label.substring(0, paren) : label);
      if (labelKey.isEmpty()) {
        continue;
      }
      if (Character.UnicodeScript.of(labelKey.codePointAt(0)) != Character.UnicodeScript.of(key.codePointAt(0))) {
        return false;
      }
      String[] lw = labelKey.split(" ");
      StringBuilder initials = new StringBuilder();
      for (String w : lw) {
        if (!w.isEmpty()) {
          initials.appendCodePoint(w.codePointAt(0));
        }
        for (String k : words) {
          if (k.equals(w) || sharedStart(k, w) >= RELATED_SHARED_START) {
            return false;
          }
        }
      }
      if (joined.length() >= 2 && initials.toString().equals(joined)) {
        return false;
      }
    }
    return true;
  }

  private static int sharedStart(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
