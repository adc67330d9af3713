package io.polylink.link;

import io.polylink.kb.store.EntityRecord;
import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import io.polylink.link.rank.DocumentRanker;
import io.polylink.link.rank.RankCandidate;
import io.polylink.link.rank.RankMention;
import io.polylink.link.rank.Ranking;
import io.polylink.link.rank.TypeCompatibility;
import io.polylink.model.Candidate;
import io.polylink.model.EntityType;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.Mention;
import io.polylink.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Links one window of a document: spots names with a dictionary walk over the tokens, ranks their candidates, adds
 * coherence in a second pass, resolves overlaps and NIL. One instance per document and thread.
 */
final class WindowLinker {

  static final int MAX_CACHED_PROBES = 8192;
  static final int MAX_CACHED_HITS = 512;

  private final LinkerConfig config;
  private final Lookup lookup;
  private final String language;
  private final DocumentState state;
  private final DocumentRanker ranker;
  private final UnknownNameCache unknownNames;
  private final KnownNameCache knownNames;
  private final TypeAnnotator types; // null: types from relations off
  private final DenseContext dense; // null without a dense encoder
  private final Map<String, Integer> probeCache = new HashMap<>(1024);
  private final Map<String, List<NameHit>> hitCache = new HashMap<>(256);

  WindowLinker(LinkerConfig config, Lookup lookup, DocumentRanker ranker, String language, DocumentState state,
      UnknownNameCache unknownNames, TypeAnnotator types, DenseContext dense) {
    this(config, lookup, ranker, language, state, unknownNames, new KnownNameCache(), types, dense);
  }

  WindowLinker(LinkerConfig config, Lookup lookup, DocumentRanker ranker, String language, DocumentState state,
      UnknownNameCache unknownNames, KnownNameCache knownNames, TypeAnnotator types, DenseContext dense) {
    this.knownNames = knownNames;
    this.config = config;
    this.types = types;
    this.dense = dense;
    this.ranker = ranker;
    this.unknownNames = unknownNames;
    this.lookup = lookup;
    this.language = language;
    this.state = state;
  }

  /**
   * Links text[from, to): the kept spots, in text order, with UTF-16 offsets into {@code text}; {@link #toLink}
   * turns each into a {@link Link}.
   */
  List<Spot> link(CharSequence text, int from, int to) {
    if (Thread.currentThread().isInterrupted()) {
      // a server whose request timed out interrupts its worker: stop at the next window instead of linking on
      throw new CancellationException("linking cancelled at character " + from + ": the thread was interrupted");
    }
    // Per-document caches help long documents that repeat names; capped so memory never grows with the length.
    if (probeCache.size() > MAX_CACHED_PROBES) {
      probeCache.clear();
    }
    if (hitCache.size() > MAX_CACHED_HITS) {
      hitCache.clear();
    }
    List<Token> tokens = TextNormalizer.tokenize(text, from, to);
    List<Spot> spots = spot(text, tokens);
    if (spots.isEmpty()) {
      return spots;
    }
    rank(spots, new WindowContext(text, from, to, tokens), state);
    for (Spot s : spots) {
      if (s.best >= 0 && !s.unknown && s.detection < config.minDetectionScore()) {
        // all-lowercase in a cased script: keep only names the KB writes exactly so ("iPhone", "eBay"), or a
        // lower-case label in the document's own language for a name-like entity ("français" in French)
        EntityRecord r = s.hits.get(s.best).record();
        if (exactCasedName(r, s.surface)) {
          s.detection = 0.6;
        } else if (!r.commonNoun() && s.tokenCount() == 1 && !CommonWords.isCommon(s.key, language)
            && labelInLanguage(r, s.surface, language)) {
          s.detection = 0.5;
        }
      }
    }
    List<Spot> kept = select(spots);
    for (Spot s : kept) {
      if (s.best >= 0 && s.bestScore() >= 0.7) {
        state.remember(s.hits.get(s.best).record());
      }
    }
    return qualifiedPlaces(text, kept);
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
      if (b == null || !qualifiedPlace(text, a, b)) {
        out.add(a);
        continue;
      }
      Spot joined = new Spot(a.firstToken, b.endToken, a.start, b.end, a.key,
          text.subSequence(a.start, b.end).toString(), a.unknown);
      joined.detection = a.detection;
      joined.hits = a.hits;
      joined.scores = a.scores;
      joined.best = a.best;
      joined.nilGuess = a.nilGuess;
      joined.index = a.index;
      NameHit titled = titledPlace(joined.surface);
      if (titled != null) {
        // the KB names the pair itself ("Springfield, Illinois"): that entity, not the first name's best guess
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
    for (NameHit h : hits(key)) {
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

  private boolean qualifiedPlace(CharSequence text, Spot a, Spot b) {
    if (b.start - a.end != 2 || text.charAt(a.end) != ',' || text.charAt(a.end + 1) != ' ') {
      return false;
    }
    if (!capitalized(text, a.start) || !capitalized(text, b.start) || b.best < 0 || b.unknown
        || b.bestScore() < config.nilThreshold() || b.tokenCount() > 3 || a.best < 0 && !a.unknown
        || b.hits.get(b.best).record().commonNoun() || b.surface.equals(b.surface.toUpperCase(java.util.Locale.ROOT))
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

  private static boolean labelInLanguage(EntityRecord r, String surface, String language) {
    boolean any = undetermined(language);
    for (EntityRecord.Name n : r.names()) {
      if (n.label() && (any || n.language().equals(language)) && n.text().equals(surface)) {
        return true;
      }
    }
    return false;
  }

  private static boolean exactCasedName(EntityRecord r, String surface) {
    for (EntityRecord.Name n : r.names()) {
      if (n.hasPrior() && !n.label()) {
        continue; // a web anchor ("in Italy", "the polls") says nothing of how the name is written
      }
      if (n.text().equals(surface) && !n.text().equals(n.text().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Scores every spot's candidates with the learned ranker (coherence among the spots and with {@code state}, null
   * for none, when the config asks for it) and sets each spot's best candidate; a spot's scores are the ranker's
   * calibrated confidences.
   */
  void rank(List<Spot> spots, WindowContext ctx, DocumentState state) {
    List<RankMention> mentions = rankMentions(spots, ctx);
    Ranking r = ranker.rank(mentions, state == null || !config.coherence() ? List.of() : state.anchors(),
        config.coherence());
    for (int i = 0; i < spots.size(); i++) {
      Spot s = spots.get(i);
      s.scores = r.confidences()[i];
      s.best = r.best(i);
      if ((s.best < 0 || s.bestScore() < config.nilThreshold()) && s.firstToken < s.endToken) {
        s.nilGuess = TypeCues.guess(ctx.tokens(), s.firstToken, s.endToken);
      }
    }
  }

  /**
   * The spots as the ranker sees them: their candidates with every piece of evidence the linker has (type profiles
   * and the type filter when a type classifier is in use, dense context when an encoder is). The type filter may
   * drop hits of a spot.
   */
  List<RankMention> rankMentions(List<Spot> spots, WindowContext ctx) {
    List<List<RankCandidate>> candidates = new ArrayList<>(spots.size());
    List<double[]> expectations = new ArrayList<>(spots.size());
    for (Spot s : spots) {
      double[] expected = types == null || s.hits.isEmpty() ? null
          : types.expect(ctx.tokens(), s.firstToken, s.endToken);
      List<RankCandidate> cands = candidates(s, ctx, expected);
      if (expected != null && config.typeFilter() > 0) {
        List<NameHit> keptHits = new ArrayList<>(cands.size());
        List<RankCandidate> kept = new ArrayList<>(cands.size());
        for (int j = 0; j < cands.size(); j++) {
          int[] p = cands.get(j).typeProfile();
          if (p == null || TypeCompatibility.softF1(expected, p) >= config.typeFilter()) {
            keptHits.add(s.hits.get(j));
            kept.add(cands.get(j));
          }
        }
        if (kept.size() < cands.size()) {
          s.hits = keptHits;
          cands = kept;
        }
      }
      candidates.add(cands);
      expectations.add(expected);
    }
    // after the type filter, so that the similarities line up with the hits that are left
    double[][] sims = dense == null ? null : dense.similarities(ctx.text, ctx.from, ctx.to, spots, language);
    int[][] coordinated = coordinated(spots, ctx.text);
    List<RankMention> mentions = new ArrayList<>(spots.size());
    for (int i = 0; i < spots.size(); i++) {
      List<RankCandidate> cs = candidates.get(i);
      if (sims != null && sims[i] != null) {
        List<RankCandidate> withDense = new ArrayList<>(cs.size());
        for (int j = 0; j < cs.size(); j++) {
          withDense.add(cs.get(j).withDense(sims[i][j]));
        }
        cs = withDense;
      }
      mentions.add(new RankMention(spots.get(i).surface, cs, expectations.get(i), coordinated[i]));
    }
    return mentions;
  }

  /** A conjunction between two names ("and", "und", "et", "y", "и", "和", ...), with an optional comma before it. */
  private static final java.util.regex.Pattern CONJUNCTION = java.util.regex.Pattern.compile(
      "\\A[ \\t]*,?[ \\t]*(?:(?:and|or|und|oder|sowie|et|ou|y|o|e|i|och|eller|og|и|или|та|і|oraz|lub|ve|veya)[ \\t]+"
          + "|&[ \\t]*|[和与及或とや][ \\t]*)\\z",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
  /** A list separator alone: a comma (also the ideographic ones). */
  private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile(
      "\\A[ \\t]*[,、，][ \\t]*\\z");

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
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> spots.get(i).start));
    int[][] out = new int[n][];
    int k = 0;
    while (k < n) {
      int run = k;
      boolean conjunction = false;
      while (run + 1 < n) {
        Spot a = spots.get(order[run]);
        Spot b = spots.get(order[run + 1]);
        if (b.start < a.end || b.start - a.end > 16) {
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

  private List<RankCandidate> candidates(Spot s, WindowContext ctx, double[] expected) {
    List<NameHit> hits = s.hits;
    List<RankCandidate> out = new ArrayList<>(hits.size());
    double keySum = 0;
    for (NameHit h : hits) {
      keySum += h.keyCount();
    }
    List<EntityRecord> records = new ArrayList<>(hits.size());
    for (NameHit h : hits) {
      records.add(h.record());
    }
    double[] priors = NamePriors.of(records, s.key, s.surface);
    for (int i = 0; i < hits.size(); i++) {
      NameHit h = hits.get(i);
      EntityRecord r = h.record();
      double match = h.transliterated() ? 0.55 : matchQuality(r, s, language);
      out.add(new RankCandidate(r.id().value(), label(r, s), r.popularity(),
          keySum > 0 ? h.keyCount() / keySum : 0, r.type().code(), r.related(), ctx.overlap(r.contextHashes(), s),
          match, r.commonNoun(), expected == null ? null : types.profile(r, lookup), Double.NaN, priors[i]));
    }
    return out;
  }

  /**
   * Whether the document's language is not known ({@code und}, or none given). Then no one language's rules apply:
   * every name matches as it would in its own language, so that a text too short to identify is matched at least as
   * well as under any language it could be in.
   */
  static boolean undetermined(String language) {
    return language == null || language.equals(Language.UNDETERMINED.code());
  }

  /**
   * The entity's label in the document's language; with the language {@link #undetermined}, in the language of the
   * name the text used ("Deutschland" reads "Deutschland", not the English "Germany"), else English.
   */
  String label(EntityRecord r, Spot s) {
    if (!undetermined(language)) {
      return r.label(language);
    }
    String named = null;
    for (EntityRecord.Name n : r.names()) {
      if (n.key().equals(s.key)) {
        if (n.text().equals(s.surface)) {
          named = n.language();
          break;
        }
        named = named == null ? n.language() : named;
      }
    }
    return r.label(named);
  }

  /**
   * 1.0 label in the document's language, 0.85 label elsewhere, 0.8/0.7 alias; +0.1 when the case matches too. With
   * the language {@link #undetermined}, every name counts as in the document's language.
   */
  static double matchQuality(EntityRecord r, Spot spot, String language) {
    double best = 0;
    boolean anyLanguage = undetermined(language);
    for (EntityRecord.Name n : r.names()) {
      if (!n.key().equals(spot.key)) {
        continue;
      }
      boolean sameLang = anyLanguage || n.language().equals(language) || n.language().startsWith(language + "-");
      double q = n.label() ? (sameLang ? 1.0 : 0.85) : (sameLang ? 0.8 : 0.7);
      if (n.text().equals(spot.surface)) {
        q += 0.1;
      }
      if (q > best) {
        best = q;
        if (best >= 1.1) {
          break;
        }
      }
    }
    return Math.min(1, best == 0 ? 0.4 /* fuzzy */ : best);
  }

  private static int argmax(double[] s) {
    int b = -1;
    for (int i = 0; i < s.length; i++) {
      if (b < 0 || s[i] > s[b]) {
        b = i;
      }
    }
    return b;
  }

  /** Longest spots first, then the most confident; overlapping ones drop; NIL by threshold. */
  private List<Spot> select(List<Spot> spots) {
    List<Spot> eligible = new ArrayList<>();
    for (Spot s : spots) {
      if (s.detection < config.minDetectionScore()) {
        continue;
      }
      boolean nil = s.best < 0 || s.bestScore() < config.nilThreshold();
      if (nil && (!config.reportNil() || s.detection < 0.75)) {
        continue; // a weakly detected span without a good entity is most likely not a name at all
      }
      eligible.add(s);
    }
    eligible.sort(Comparator.comparingInt(Spot::tokenCount).reversed()
        .thenComparing(Comparator.comparingDouble((Spot s) -> s.unknown ? 0 : s.detection * Math.max(0.05, s.bestScore())).reversed())
        .thenComparingInt(s -> s.start));
    List<Spot> kept = new ArrayList<>();
    for (Spot s : eligible) {
      boolean free = true;
      for (Spot k : kept) {
        if (k.overlaps(s)) {
          free = false;
          break;
        }
      }
      if (free) {
        kept.add(s);
      }
    }
    kept.sort(Comparator.comparingInt(s -> s.start));
    return kept;
  }

  /** Builds the link of a kept spot. */
  Link toLink(Spot s, Span span) {
    double detection = Math.min(1, Math.max(0, s.detection));
    Mention m = new Mention(span, s.surface, detection);
    List<Candidate> cands = new ArrayList<>();
    if (config.keepCandidates() > 0 && s.scores.length > 0) {
      Integer[] order = new Integer[s.scores.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> Double.compare(s.scores[b], s.scores[a]));
      double keySum = 0;
      for (NameHit h : s.hits) {
        keySum += h.keyCount();
      }
      for (int i = 0; i < Math.min(config.keepCandidates(), order.length); i++) {
        NameHit h = s.hits.get(order[i]);
        cands.add(new Candidate(h.record().id(), s.scores[order[i]], keySum > 0 ? h.keyCount() / keySum : 0));
      }
    }
    if (s.best < 0 || s.bestScore() < config.nilThreshold()) {
      double nilConfidence = s.best < 0 ? detection : detection * (1 - s.bestScore());
      if (s.nilGuess == null) {
        return new Link(m, null, s.surface, round(nilConfidence), EntityType.OTHER, cands);
      }
      // a cue of the type is evidence of a name too: it closes part of the gap to 1, the more the stronger the cue
      nilConfidence += (1 - nilConfidence) * s.nilGuess.strength() / 2;
      return new Link(m, null, s.surface, round(nilConfidence), s.nilGuess.type(), cands);
    }
    EntityRecord r = s.hits.get(s.best).record();
    return new Link(m, r.id(), label(r, s), round(s.bestScore()), r.type(), cands);
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  // ---------------------------------------------------------------------------------------------- spotting

  private List<Spot> spot(CharSequence text, List<Token> tokens) {
    List<Spot> spots = new ArrayList<>();
    int n = tokens.size();
    boolean[] nonName = NonNamePhrases.mark(text, tokens, language);
    int coveredUntil = -1; // token index up to which dictionary spots cover the text, for unknown-name detection
    for (int i = 0; i < n; i++) {
      Token first = tokens.get(i);
      if (first.is(Token.NUMERIC) || nonName[i]) {
        continue;
      }
      StringBuilder key = new StringBuilder();
      int maxTokens = first.is(Token.NO_SPACE) ? config.maxNameTokens() * 3 : config.maxNameTokens();
      for (int j = i; j < n && j - i < maxTokens; j++) {
        Token t = tokens.get(j);
        if (j > i && gapBreaks(text, tokens.get(j - 1), t)) {
          break;
        }
        if (nonName[j]) {
          break; // a date or a degree is no part of a name
        }
        TextNormalizer.appendToKey(key, j == i ? null : tokens.get(j - 1), t);
        String k = key.toString();
        int probe = probe(k, t.is(Token.NO_SPACE));
        if ((probe & Lookup.EXACT) != 0) {
          Spot s = new Spot(i, j + 1, first.start(), t.end(), k,
              text.subSequence(first.start(), t.end()).toString(), false);
          s.detection = detection(tokens, i, j + 1, s.surface);
          if (s.detection > 0) {
            s.hits = hits(k);
            if (j == i && sentenceStart(tokens, i) && first.is(Token.CAPITALIZED)
                && writtenInLowerCase(knownNames.candidates(lookup, k, config.maxCandidates()), k, s.surface)) {
              s.detection = 0; // "Born in Detroit", "Previously, ...": a word the sentence capitalized
            }
          }
          if (s.detection > 0 && !s.hits.isEmpty()) {
            spots.add(s);
            coveredUntil = Math.max(coveredUntil, j);
          }
        }
        if ((probe & Lookup.CONTINUES) == 0) {
          break;
        }
      }
    }
    if (config.detectUnknown()) {
      addUnknownNames(text, tokens, spots, nonName);
    }
    return spots;
  }

  private int probe(String key, boolean noSpaceTail) {
    Integer cached = probeCache.get(key);
    if (cached == null) {
      cached = knownNames.probe(lookup, key, noSpaceTail);
      probeCache.put(key, cached);
    }
    return cached;
  }

  private List<NameHit> hits(String key) {
    return hitCache.computeIfAbsent(key, k -> withoutUnrelatedAnchors(knownNames.candidates(lookup, k, config.maxCandidates()), k));
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

  /**
   * Whether the link statistics know the word written in lower case ("born", "previously"): anchors of a common word
   * or a concept, so the capital of a sentence's first word is no sign of a name.
   */
  static boolean writtenInLowerCase(List<NameHit> hits, String key, String surface) {
    EntityRecord capitalized = null; // the entity the capitalized form's own anchor names ("Apple" -> Apple Inc.)
    double best = -1;
    for (NameHit h : hits) {
      for (EntityRecord.Name n : h.record().names()) {
        if (n.hasPrior() && !n.label() && n.text().equals(surface) && n.prior() > best) {
          best = n.prior();
          capitalized = h.record();
        }
      }
    }
    for (NameHit h : hits) {
      if (h.record() == capitalized) {
        continue; // "apple" -> Apple Inc. as well: the lower case is the same name
      }
      for (EntityRecord.Name n : h.record().names()) {
        if (n.hasPrior() && n.key().equals(key) && !n.text().isEmpty()
            && Character.isLowerCase(n.text().codePointAt(0))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Forms of address and offices that web anchors put before a name ("President John Quincy Adams"). */
  private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("mr", "mrs", "ms", "miss", "dr", "prof",
      "professor", "president", "judge", "justice", "senator", "sen", "rep", "representative", "governor", "gov",
      "general", "gen", "chancellor", "minister", "chairman", "sir", "lord", "lady", "king", "queen", "prince",
      "princess", "mayor", "pope", "coach", "captain", "secretary", "ambassador", "bishop", "cardinal", "rev");

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
          if (k.equals(w) || sharedStart(k, w) >= 4) {
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

  /** A name does not run across sentence punctuation, line breaks or brackets. */
  static boolean gapBreaks(CharSequence text, Token a, Token b) {
    if (b.start() - a.end() > 3) {
      return true;
    }
    boolean abbreviation = abbreviation(a);
    for (int i = a.end(); i < b.start(); i++) {
      char c = text.charAt(i);
      if (c == '.' && abbreviation && i == a.end()) {
        continue; // "Robert P. Anderson", "St. Mark's School": the period of an initial or a title does not end a name
      }
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '\n' || c == '(' || c == ')' || c == '"' || c == '!'
          || c == '?' || c == '。' || c == '，' || c == '、' || c == '|' || c == '/' || c == '[' || c == ']') {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} starts a sentence: the tokenizer's flag, unless it follows an initial or a title. */
  static boolean sentenceStart(List<Token> tokens, int i) {
    return tokens.get(i).is(Token.SENTENCE_START) && (i == 0 || !abbreviation(tokens.get(i - 1)));
  }

  /**
   * Lower-case words that join the capitalized words of one name ("Bank of England", "Universidad de Chile"); not
   * "and", which more often joins two names ("Chile y Portugal") than it sits inside one.
   */
  private static final java.util.Set<String> NAME_CONNECTORS = java.util.Set.of("of", "for", "the", "de", "del",
      "della", "di", "da", "du", "des", "la", "le", "van", "von", "der", "den");

  /** Languages whose orthography capitalizes every noun (German, Luxembourgish). */
  static boolean capitalizesNouns(String language) {
    return language != null && (language.equals("de") || language.startsWith("de-") || language.equals("lb")
        || language.equals("gsw"));
  }

  /** Title and name abbreviations written with a period inside names ("Mr. Smith", "St. Louis", "Jr."). */
  private static final java.util.Set<String> NAME_ABBREVIATIONS = java.util.Set.of("mr", "mrs", "ms", "dr", "st",
      "jr", "sr", "mt", "ft", "prof", "gen", "gov", "sen", "rep", "rev", "lt", "col", "capt", "sgt", "hon");

  /**
   * True for a token a period after it does not end: an initial (one capital letter of a cased script, "P." in
   * "Robert P. Anderson", "U." in "U.S.") or a capitalized title or name abbreviation ({@link #NAME_ABBREVIATIONS}).
   */
  static boolean abbreviation(Token t) {
    if (!t.is(Token.CASED_SCRIPT) || !(t.is(Token.CAPITALIZED) || t.is(Token.ALL_UPPER))) {
      return false;
    }
    String n = t.norm();
    return n.codePointCount(0, n.length()) == 1 ? Character.isLetter(n.codePointAt(0))
        : NAME_ABBREVIATIONS.contains(n);
  }

  /**
   * How much a span looks like a name, from case, length and function words, in [0, 1]. 0 rejects. Scripts without
   * case rely on length and function words only.
   */
  double detection(List<Token> tokens, int from, int to, String surface) {
    Token first = tokens.get(from);
    int count = to - from;
    boolean cased = false;
    int capitalized = 0;
    int contentTokens = 0;
    int codePoints = 0;
    boolean allNumeric = true;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      cased |= t.is(Token.CASED_SCRIPT);
      allNumeric &= t.is(Token.NUMERIC);
      codePoints += t.norm().codePointCount(0, t.norm().length());
      boolean function = CommonWords.isCommon(t.norm(), language);
      if (!function) {
        contentTokens++;
        if (t.is(Token.CAPITALIZED) || t.is(Token.ALL_UPPER)) {
          capitalized++;
        }
      }
    }
    if (allNumeric || contentTokens == 0) {
      return 0;
    }
    if (first.is(Token.NO_SPACE)) {
      return codePoints < 2 ? 0 : codePoints == 2 ? 0.6 : 0.8;
    }
    if (!cased) { // Arabic, Hebrew, Devanagari, ...
      if (count == 1 && (codePoints < 3 || CommonWords.isCommon(first.norm(), language))) {
        return 0;
      }
      return count == 1 ? 0.6 : 0.8;
    }
    if (capitalized == 0) {
      return 0.1; // lower case: a common word unless the KB writes the name exactly so
    }
    if (count == 1) {
      if (codePoints < 2) {
        return 0;
      }
      if (first.is(Token.ALL_UPPER)) {
        return codePoints <= 6 ? 0.75 : 0.6;
      }
      if (sentenceStart(tokens, from)) {
        return CommonWords.isCommon(first.norm(), language) ? 0 : 0.5;
      }
      return 0.8;
    }
    if (!first.is(Token.CAPITALIZED) && !first.is(Token.ALL_UPPER)) {
      return 0.1; // "capital of Portugal": a description, not a name, unless the KB writes it exactly so
    }
    double capShare = capitalized / (double) contentTokens;
    if (capShare >= 0.5) {
      return sentenceStart(tokens, from) && capitalized == 1 && count > 1 && !tokens.get(to - 1).is(Token.CAPITALIZED)
          ? 0.4 : 0.9;
    }
    return 0.3;
  }

  /**
   * Runs of two or more capitalized content tokens, not sentence-initial function words, that the dictionary did not
   * cover: unknown names, tried romanized and fuzzily, else NIL. A run the dictionary matched only word by word
   * ("United States" where the KB knows "United" and "States" but not the pair) and runs joined by lower-case
   * connectors ("School of Oriental Studies") count as one unknown name too, except in languages that capitalize
   * every noun.
   */
  private void addUnknownNames(CharSequence text, List<Token> tokens, List<Spot> spots, boolean[] nonName) {
    boolean[] covered = nonName.clone(); // dates and degrees are no names either
    boolean[] single = new boolean[tokens.size()];
    // German capitalizes every noun: there a capitalized run is no sign of one name, and the dictionary's single words
    // stand ("Regierung Frankreichs"); so they do when the language is not known, for the text may be German
    // ("Kanzlerin Merkel": no run swallows "Merkel")
    boolean runs = !capitalizesNouns(language);
    boolean wordsJoinRuns = runs && !undetermined(language);
    for (Spot s : spots) {
      if (s.detection >= config.minDetectionScore()) {
        for (int i = s.firstToken; i < s.endToken; i++) {
          if (wordsJoinRuns && s.tokenCount() == 1 && !tokens.get(i).is(Token.ALL_UPPER)) {
            single[i] = true;
          } else {
            covered[i] = true;
          }
        }
      }
    }
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      while (j < tokens.size() && !covered[j] && isNamePart(tokens.get(j))
          && (j == i || !gapBreaks(text, tokens.get(j - 1), tokens.get(j)))) {
        j++;
        // a lower-case connector between capitalized words stays inside the name ("Louis IX of Hesse-Darmstadt")
        if (runs && j + 1 < tokens.size() && !covered[j] && NAME_CONNECTORS.contains(tokens.get(j).norm())
            && !tokens.get(j).is(Token.CAPITALIZED) && isNamePart(tokens.get(j + 1)) && !covered[j + 1]
            && !gapBreaks(text, tokens.get(j - 1), tokens.get(j))
            && !gapBreaks(text, tokens.get(j), tokens.get(j + 1))) {
          j++;
        }
      }
      // drop a leading sentence-initial function word ("The Weberling Group" -> "Weberling Group")
      int start = i;
      while (start < j && CommonWords.isCommon(tokens.get(start).norm(), language)) {
        start++;
      }
      // a capitalized sentence opener before a name ("Yesterday Johann Weberling") is most often an ordinary word
      if (j - start >= 3 && tokens.get(start).is(Token.SENTENCE_START)) {
        start++;
      }
      boolean singleTranslit = j - start == 1 && !tokens.get(start).is(Token.SENTENCE_START)
          && tokens.get(start).norm().length() >= 4 && !single[start];
      if (j - start >= 2 || singleTranslit) {
        Token a = tokens.get(start);
        Token b = tokens.get(j - 1);
        String key = TextNormalizer.join(tokens, start, j);
        Spot s = new Spot(start, j, a.start(), b.end(), key, text.subSequence(a.start(), b.end()).toString(), true);
        List<NameHit> hits = unknownHits(key, 6);
        s.hits = hits;
        s.detection = j - start >= 2 ? 0.8 : (hits.isEmpty() ? 0 : 0.6);
        if (s.detection > 0) {
          spots.add(s);
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  /**
   * Candidates of a name the dictionary does not hold: entities whose romanized label has this key, else, for keys
   * of at least {@code minFuzzyLength} chars that {@link #fuzzyMayMatch may match}, entities with a name within one
   * edit (two from 10 chars). Cached across documents: the lookups build automata and cost a millisecond or more.
   */
  List<NameHit> unknownHits(String key, int minFuzzyLength) {
    return unknownNames.get(lookup, minFuzzyLength + ":" + language + ":" + key, k -> {
      List<NameHit> hits = lookup.transliterated(key, config.maxCandidates());
      if (hits.isEmpty() && key.length() >= minFuzzyLength && fuzzyMayMatch(key)) {
        hits = lookup.fuzzy(key, key.length() >= 10 ? 2 : 1, 1, config.maxCandidates());
      }
      if (hits.isEmpty()) {
        String longer = onlyLongerForm(key);
        if (longer != null) {
          hits = lookup.candidates(longer, config.maxCandidates());
        }
      }
      if (hits.isEmpty()) {
        hits = StemmedNames.hits(lookup, key, language, config.maxCandidates());
      }
      return hits;
    });
  }

  /** Words that join a name to the rest of its full form ("Oberlin Conservatory of Music", "Mills College at X"). */
  private static final List<String> FULL_FORM_JOINERS = List.of("of", "at", "and", "for", "in", "on", "de", "du",
      "des", "del", "di");
  /** Longest rest of a full form, in words, joiner included ("and Political Science"). */
  static final int MAX_FULL_FORM_REST = 4;

  /**
   * The one KB name that writes a multi-word name out in full, or null: the name followed by a joiner and at most
   * {@link #MAX_FULL_FORM_REST} words in all ("London School of Economics" for "... and Political Science"). Null
   * when no name or several do ("United States of America", "United States of Europe").
   */
  String onlyLongerForm(String key) {
    if (key.indexOf(' ') < 0) {
      return null; // one word is too short a start: "Oberlin" begins "Oberlin College" and "Oberlin, Ohio"
    }
    String found = null;
    for (String joiner : FULL_FORM_JOINERS) {
      for (String k : lookup.keysStartingWith(key + " " + joiner + " ", 2)) {
        if (k.chars().filter(c -> c == ' ').count() - key.chars().filter(c -> c == ' ').count() > MAX_FULL_FORM_REST) {
          continue;
        }
        if (found != null && !found.equals(k)) {
          return null;
        }
        found = k;
      }
    }
    return found;
  }

  /**
   * Whether to look a key up fuzzily: always for one word, and for several unless {@link
   * LinkerConfig#fuzzyUnknownNames} is off; then only when some name of the KB starts with the first word, so a
   * misspelling of a known multi-word name is still found when its first word is intact.
   */
  private boolean fuzzyMayMatch(String key) {
    int space = key.indexOf(' ');
    if (space < 0 && NonNamePhrases.CalendarWords.SET.contains(key)) {
      return false; // "Sunday" is one edit from a name of Sudan ("Sundân") and means neither
    }
    return space < 0 || config.fuzzyUnknownNames()
        || (knownNames.probe(lookup, key.substring(0, space), false) & Lookup.CONTINUES) != 0;
  }

  private boolean isNamePart(Token t) {
    return t.is(Token.CASED_SCRIPT) && (t.is(Token.CAPITALIZED) || t.is(Token.ALL_UPPER)) && !t.is(Token.NUMERIC);
  }
}
