package io.polylink.link;

import io.polylink.kb.store.EntityRecord;
import io.polylink.kb.store.NameHit;
import io.polylink.kb.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the text around the spots says of how they belong together: the lists they stand in ({@link #coordinated},
 * evidence for the ranker) and a place qualified by its region ({@link #qualifiedPlaces}, "Springfield, Illinois",
 * joined into one mention after selection).
 */
record ListStructure(LinkerConfig config, CandidateRetriever exactNames) {

  /** Longest gap, in chars, between two items of one list. */
  static final int MAX_LIST_GAP = 16;
  /** Longest region, in tokens, that qualifies a place ("Springfield, Illinois"). */
  static final int MAX_REGION_TOKENS = 3;

  /** A conjunction between two names ("and", "und", "et", "y", "и", "和", ...), with an optional comma before it. */
  private static final Pattern CONJUNCTION = Pattern.compile(
      "\\A[ \\t]*,?[ \\t]*(?:(?:and|or|und|oder|sowie|et|ou|y|o|e|i|och|eller|og|и|или|та|і|oraz|lub|ve|veya)[ \\t]+"
          + "|&[ \\t]*|[和与及或とや][ \\t]*)\\z",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A list separator alone: a comma (also the ideographic ones). */
  private static final Pattern SEPARATOR = Pattern.compile("\\A[ \\t]*[,、，][ \\t]*\\z");

  /**
   * For each spot, the other spots of its list ("Schweiz, Österreich und Italien"): runs of spots that follow each
   * other with only commas and then a conjunction between them, kept when a conjunction joins some two of them (a
   * comma alone is no list: "John Smith, Acme's CEO").
   */
  static int[][] coordinated(List<Spot> spots, CharSequence text) {
    int n = spots.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> spots.get(i).start));
    int[][] out = new int[n][];
    int k = 0;
    while (k < n) {
      int run = k;
      boolean conjunction = false;
      while (run + 1 < n) {
        Spot a = spots.get(order[run]);
        Spot b = spots.get(order[run + 1]);
        if (b.start < a.end || b.start - a.end > MAX_LIST_GAP) {
          break;
        }
        CharSequence gap = text.subSequence(a.end, b.start);
        if (CONJUNCTION.matcher(gap).find()) {
          conjunction = true;
        } else if (conjunction || !SEPARATOR.matcher(gap).find()) {
          break; // "A, B and C, said D": the list ends at its last conjunct
        }
        run++;
      }
      for (int x = k; x <= run; x++) {
        if (!conjunction || run == k) {
          out[order[x]] = new int[0];
          continue;
        }
        int[] co = new int[run - k];
        int c = 0;
        for (int y = k; y <= run; y++) {
          if (y != x) {
            co[c++] = order[y];
          }
        }
        out[order[x]] = co;
      }
      k = run + 1;
    }
    return out;
  }

  /**
   * Joins a name and the linked name after it into one mention of the first when they read as a place qualified by
   * its region, Wikipedia's title convention ("Springfield, Illinois", "Muscatine, Iowa", "Paris, France"): exactly
   * {@code ", "} between them, both capitalized, the second linked, and neither part of a list (no capitalized name
   * joined by a comma or "and" before the first or after the second), the region a name without periods followed
   * by punctuation (or, for a one-word region, a lower-case word). The mention keeps the first name's entity.
   */
  List<Spot> qualifiedPlaces(CharSequence text, List<Spot> kept) {
    List<Spot> out = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      Spot a = kept.get(i);
      Spot b = i + 1 < kept.size() ? kept.get(i + 1) : null;
      if (b == null || a.taggedType != null || b.taggedType != null || !commaPair(text, a, b)) {
        // a learned mention detector's spans keep the boundaries it learned
        out.add(a);
        continue;
      }
      // the KB may title the pair as a whole ("Springfield, Illinois", "Washington, D.C."): then the shape rules of
      // qualifiedPlace, which refuse periods and capitals in the region, do not apply
      NameHit titled = titledPlace(text.subSequence(a.start, b.end).toString());
      if (titled == null && !qualifiedPlace(text, a, b)) {
        out.add(a);
        continue;
      }
      Spot joined = a.widened(text, b.endToken, b.end);
      if (titled != null) {
        // that entity, not the first name's best guess
        joined.hits = List.of(titled);
        joined.scores = new double[] {Math.max(a.best >= 0 ? a.bestScore() : 0, b.bestScore())};
        joined.best = 0;
      }
      out.add(joined);
      i++; // b is part of the joined mention
    }
    return out;
  }

  /**
   * The entity whose label is the whole "Place, Region" text, the most popular when several are (the spotter never
   * looks names up across a comma); null when none is.
   */
  private NameHit titledPlace(String surface) {
    String key = TextNormalizer.key(surface);
    NameHit best = null;
    for (NameHit h : exactNames.retrieve(key)) {
      boolean label = false;
      for (EntityRecord.Name n : h.record().names()) {
        label |= n.label() && n.key().equals(key);
      }
      if (label && (best == null || h.record().popularity() > best.record().popularity())) {
        best = h;
      }
    }
    return best;
  }

  /** Two capitalized names with exactly {@code ", "} between them, the second a dictionary name. */
  private static boolean commaPair(CharSequence text, Spot a, Spot b) {
    return b.start - a.end == 2 && text.charAt(a.end) == ',' && text.charAt(a.end + 1) == ' ' && !b.unknown
        && capitalized(text, a.start) && capitalized(text, b.start);
  }

  /** The shape rules of a place and its region, for a {@link #commaPair} the KB does not title as a whole. */
  private boolean qualifiedPlace(CharSequence text, Spot a, Spot b) {
    if (b.best < 0 || b.bestScore() < config.nilThreshold() || b.tokenCount() > MAX_REGION_TOKENS || a.best < 0 && !a.unknown
        || b.hits.get(b.best).record().commonNoun() || b.surface.equals(b.surface.toUpperCase(Locale.ROOT))
        || b.surface.indexOf('.') >= 0) {
      return false; // "Belgium, Economics", "John Speed, M.D", "Iowa, Robert P. Anderson"
    }
    // what follows the region: punctuation or the end, or, after a one-word region, a lower-case word; a longer name
    // before a verb is rather the subject after an opening phrase ("Born in Iowa, John Smith was ...")
    int k = b.end;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    boolean ends = k == text.length() || ",.;:)!?\n".indexOf(text.charAt(k)) >= 0;
    boolean lower = k > b.end && k < text.length() && Character.isLowerCase(text.charAt(k));
    if (!ends && !(lower && b.tokenCount() == 1)) {
      return false;
    }
    return !listAround(text, a.start, false) && !listAround(text, b.end, true);
  }

  private static boolean capitalized(CharSequence text, int at) {
    return at < text.length() && Character.isUpperCase(Character.codePointAt(text, at));
  }

  /**
   * Whether a capitalized word is joined to the text at {@code at} by a comma, "and", "or" or "&amp;" (after it when
   * {@code after}, else before it): the names are then items of a list, not a place and its region.
   */
  private static boolean listAround(CharSequence text, int at, boolean after) {
    int n = text.length();
    if (after) {
      int i = at;
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      boolean comma = i < n && text.charAt(i) == ',';
      if (comma || i < n && text.charAt(i) == '&') {
        i++;
      } else if (startsWithWord(text, i, "and") || startsWithWord(text, i, "or")) {
        i += text.charAt(i) == 'a' ? 3 : 2;
      } else {
        return false;
      }
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      if (!comma || !capitalized(text, i)) {
        return capitalized(text, i);
      }
      // ", C": a list only when C goes on with a comma or a conjunction ("France, Germany, Italy and Spain"), not
      // when the clause goes on ("Born in Noank, Connecticut, Robert Anderson was ...")
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '\'')) {
        i++;
        if (i < n && text.charAt(i) == ' ' && capitalized(text, i + 1)) {
          i++;
        }
      }
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      return i < n && (text.charAt(i) == ',' || text.charAt(i) == '&') || startsWithWord(text, i, "and")
          || startsWithWord(text, i, "or");
    }
    int i = at - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i >= 0 && (text.charAt(i) == ',' || text.charAt(i) == '&')) {
      i--;
    } else if (i >= 2 && endsWithWord(text, i + 1, "and")) {
      i -= 3;
    } else if (i >= 1 && endsWithWord(text, i + 1, "or")) {
      i -= 2;
    } else {
      return false;
    }
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i < 0 || !Character.isLetterOrDigit(text.charAt(i))) {
      return false;
    }
    int w = i;
    while (w > 0 && Character.isLetterOrDigit(text.charAt(w - 1))) {
      w--;
    }
    return capitalized(text, w);
  }

  private static boolean startsWithWord(CharSequence text, int at, String word) {
    int end = at + word.length();
    return end <= text.length() && text.subSequence(at, end).toString().equals(word)
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }

  private static boolean endsWithWord(CharSequence text, int end, String word) {
    int at = end - word.length();
    return at >= 0 && text.subSequence(at, end).toString().equals(word)
        && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)));
  }
}
