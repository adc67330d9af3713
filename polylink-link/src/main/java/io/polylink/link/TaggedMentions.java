package io.polylink.link;

import io.polylink.kb.store.NameHit;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import io.polylink.link.tagger.SequenceTagger;
import io.polylink.link.tagger.TaggedSpan;
import io.polylink.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The learned mention detector's part in spotting ({@link Linker.Builder#mentionTagger}): the spans a
 * {@link SequenceTagger} finds in a window become spots with the tagger's type, and its boundaries win over the
 * dictionary's and the unknown-name runs' wherever they overlap. A tagged span keeps the candidates of the dictionary
 * spot with the same boundaries, else gets those of its own name; without a good candidate it is a NIL mention of the
 * tagger's type. Spots that overlap no tagged span stay as the spotter found them.
 */
final class TaggedMentions {

  /**
   * Detection score of a tagged span: the perceptron has no calibrated probability; above
   * {@link Selector#MIN_NIL_DETECTION}, so that a tagged name the KB lacks is reported as NIL.
   */
  static final double DETECTION = 0.85;

  private final SequenceTagger tagger;

  TaggedMentions(SequenceTagger tagger) {
    this.tagger = tagger;
  }

  /**
   * {@code spotted} (the spotter's spots of text[from, to), with candidates) merged with the tagger's spans: a tagged
   * span replaces every spot it overlaps. {@code candidates} gives the candidates of a name's key.
   */
  List<Spot> merge(CharSequence text, int from, int to, List<Token> tokens, List<Spot> spotted,
      Function<String, List<NameHit>> candidates) {
    List<TaggedSpan> tagged = tagger.tag(text.toString(), from, to);
    if (tagged.isEmpty()) {
      return spotted;
    }
    Map<Long, Spot> byBounds = new HashMap<>();
    for (Spot s : spotted) {
      byBounds.putIfAbsent(((long) s.start << 32) | s.end, s);
    }
    List<Spot> out = new ArrayList<>();
    for (TaggedSpan t : tagged) {
      int[] range = TextNormalizer.tokenRange(tokens, t.start(), t.end());
      if (range[1] <= range[0]) {
        continue; // no token of the normalizer inside: punctuation alone
      }
      String key = TextNormalizer.key(text.subSequence(t.start(), t.end()));
      if (key.isEmpty()) {
        continue;
      }
      Spot same = byBounds.get(((long) t.start() << 32) | t.end());
      Spot s = new Spot(text, range[0], range[1], t.start(), t.end(), key, same == null || same.unknown);
      s.hits = same != null ? same.hits : candidates.apply(key);
      s.detection = Math.max(DETECTION, same == null ? 0 : same.detection);
      s.taggedType = entityType(t.type());
      out.add(s);
    }
    for (Spot s : spotted) {
      if (!overlapsAny(s, tagged)) {
        out.add(s);
      }
    }
    out.sort(java.util.Comparator.comparingInt((Spot s) -> s.start).thenComparingInt(s -> s.end));
    return out;
  }

  private static boolean overlapsAny(Spot s, List<TaggedSpan> tagged) {
    for (TaggedSpan t : tagged) {
      if (s.start < t.end() && t.start() < s.end) {
        return true;
      }
    }
    return false;
  }

  /**
   * The coarse type a tagger's label names: HIPE's {@code pers}, {@code loc}, {@code org}, {@code prod},
   * CoNLL's {@code PER}, {@code LOC}, {@code ORG}, {@code MISC}, the redactor's {@code PERSON}, {@code LOCATION};
   * {@link EntityType#OTHER} for anything else ({@code time}, {@code DATE}).
   */
  static EntityType entityType(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    if (l.startsWith("per")) {
      return EntityType.PERSON;
    }
    if (l.startsWith("loc") || l.equals("gpe") || l.startsWith("place")) {
      return EntityType.LOCATION;
    }
    if (l.startsWith("org")) {
      return EntityType.ORGANIZATION;
    }
    if (l.startsWith("prod") || l.startsWith("work")) {
      return EntityType.WORK;
    }
    if (l.startsWith("event") || l.equals("evt")) {
      return EntityType.EVENT;
    }
    if (l.startsWith("lang")) {
      return EntityType.LANGUAGE;
    }
    return EntityType.OTHER;
  }
}
