package io.polylink.link;

import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import io.polylink.link.xling.BilingualDictionary;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import io.polylink.link.rank.DocumentRanker;
import io.polylink.link.rank.RankMention;
import io.polylink.link.tagger.SequenceTagger;
import io.polylink.model.Link;
import io.polylink.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Links one window of a document by running the stages in order; it holds no rule of its own:
 * <ol>
 *   <li>{@link Spotter}: spans the names dictionary holds, later runs of capitalized words it does not;
 *   <li>{@link DetectionScorer}: how much each span looks like a name;
 *   <li>{@link CandidateRetriever}: the entities each may name ({@link ExactNameRetriever}, for unknown names
 *       {@link UnknownNameRetriever});
 *   <li>{@link SpotRanker}: the learned ranker with coherence ({@link ListStructure#coordinated lists} among the
 *       evidence);
 *   <li>{@link Selector}: overlaps and NIL; {@link ListStructure#qualifiedPlaces} joins "Place, Region".
 * </ol>
 * Confident links become document state for the next windows. One instance per document and thread.
 */
final class WindowLinker {

  /** A link at least this confident is remembered as evidence for the document's later windows. */
  static final double REMEMBER_SCORE = 0.7;
  /** Shortest unknown name looked up fuzzily: spotted in running text, and a span a caller gives. */
  static final int MIN_FUZZY_CHARS_SPOTTED = 6;
  static final int MIN_FUZZY_CHARS_GIVEN = 5;

  private final LinkerConfig config;
  private final DocumentState state;
  private final Spotter spotter;
  private final DetectionScorer detection;
  private final ExactNameRetriever exactNames;
  private final UnknownNameRetriever unknownNames;
  private final UnknownNameRetriever givenUnknownNames;
  private final SpotRanker ranker;
  private final ListStructure lists;
  private final Selector selector;
  private final TaggedMentions tagged; // null: no learned mention detector

  WindowLinker(LinkerConfig config, Lookup lookup, DocumentRanker ranker, String language, DocumentState state,
      UnknownNameCache unknownNames, TypeAnnotator types, DenseContext dense) {
    this(config, lookup, ranker, language, state, unknownNames, new KnownNameCache(), types, dense,
        BilingualDictionary.empty());
  }

  /** @param dictionary bilingual dictionary for translated candidates of unknown names, empty for none */
  WindowLinker(LinkerConfig config, Lookup lookup, DocumentRanker ranker, String language, DocumentState state,
      UnknownNameCache unknownNames, KnownNameCache knownNames, TypeAnnotator types, DenseContext dense,
      BilingualDictionary dictionary) {
    this(config, lookup, ranker, language, state, unknownNames, knownNames, types, dense, dictionary, null);
  }

  /** @param mentionTagger the learned mention detector whose spans join the spotter's, null for none */
  WindowLinker(LinkerConfig config, Lookup lookup, DocumentRanker ranker, String language, DocumentState state,
      UnknownNameCache unknownNames, KnownNameCache knownNames, TypeAnnotator types, DenseContext dense,
      BilingualDictionary dictionary, SequenceTagger mentionTagger) {
    this.tagged = mentionTagger == null ? null : new TaggedMentions(mentionTagger);
    this.config = config;
    this.state = state;
    this.spotter = new Spotter(config, lookup, knownNames, language);
    this.detection = new DetectionScorer(language, config, DetectionWeights.DEFAULTS);
    this.exactNames = new ExactNameRetriever(lookup, knownNames, config.maxCandidates());
    this.unknownNames = new UnknownNameRetriever(lookup, knownNames, config, unknownNames, language,
        MIN_FUZZY_CHARS_SPOTTED, dictionary);
    this.givenUnknownNames = new UnknownNameRetriever(lookup, knownNames, config, unknownNames, language,
        MIN_FUZZY_CHARS_GIVEN, dictionary);
    this.ranker = new SpotRanker(config, lookup, ranker, language, types, dense, knownNames);
    this.lists = new ListStructure(config, exactNames);
    this.selector = new Selector(config, language);
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
    spotter.trimCache();
    exactNames.trimCache();
    List<Token> tokens = TextNormalizer.tokenize(text, from, to);
    List<Spot> spots = spot(text, tokens);
    if (tagged != null) {
      spots = tagged.merge(text, from, to, tokens, spots, this::taggedHits);
    }
    if (spots.isEmpty()) {
      return spots;
    }
    ranker.rank(spots, new WindowContext(text, from, to, tokens), state);
    detection.rescoreLowerCase(spots, UncasedText.isUncased(text, from, to));
    List<Spot> kept = selector.select(spots);
    for (Spot s : kept) {
      if (s.best >= 0 && s.bestScore() >= REMEMBER_SCORE) {
        state.remember(s.hits.get(s.best).record());
      }
    }
    List<Spot> joined = lists.qualifiedPlaces(text, kept);
    joined.replaceAll(s -> Initialisms.withPeriod(text, s, to));
    return joined;
  }

  /**
   * The window's spots with their detection scores and candidates: dictionary spans that look like names and have
   * candidates, then (when the config asks for them) unknown names.
   */
  private List<Spot> spot(CharSequence text, List<Token> tokens) {
    boolean[] nonName = spotter.nonNames(text, tokens);
    List<Spot> spots = new ArrayList<>();
    for (Spot s : spotter.dictionarySpans(text, tokens, nonName)) {
      s.detection = detection.shape(tokens, s.firstToken, s.endToken);
      if (s.detection > 0) {
        s.hits = exactNames.retrieve(s.key);
        if (detection.capitalOfSentenceOnly(tokens, s, exactNames::unfiltered)) {
          s.detection = 0; // "Born in Detroit", "Previously, ...": a word the sentence capitalized
        } else if (detection.nounAfterArticle(tokens, s) && !detection.labelInLanguage(s.hits, s.surface)) {
          s.detection = 0; // "der Zeuge": German capitalizes nouns; "die Schweiz" is a German label and stays
        }
      }
      if (s.detection > 0 && !s.hits.isEmpty()) {
        spots.add(s);
      }
    }
    if (config.detectUnknown()) {
      for (Spot s : spotter.unknownRuns(text, tokens, spots, nonName)) {
        if (detection.nounAfterArticle(tokens, s)) {
          continue; // "der Vorarbeiter": a noun, not worth the fuzzy lookups of an unknown name
        }
        s.hits = unknownNames.retrieve(s.key);
        s.detection = detection.unknownName(s, s.hits);
        if (s.detection > 0) {
          spots.add(s);
        }
      }
    }
    return spots;
  }

  /** Candidates of a tagged span the spotter did not find: the dictionary's, else the unknown-name kinds'. */
  private List<NameHit> taggedHits(String key) {
    List<NameHit> hits = exactNames.retrieve(key);
    return hits.isEmpty() ? unknownNames.retrieve(key) : hits;
  }

  /** Ranks given spots (see {@link SpotRanker#rank}). */
  void rank(List<Spot> spots, WindowContext ctx, DocumentState state) {
    ranker.rank(spots, ctx, state);
  }

  /** Given spots as the ranker sees them (see {@link SpotRanker#rankMentions}). */
  List<RankMention> rankMentions(List<Spot> spots, WindowContext ctx) {
    return ranker.rankMentions(spots, ctx);
  }

  /**
   * Candidates of a span a caller gives (D2KB, training): every entity the dictionary lists under its key, unrelated
   * anchors included (the caller says it is a name), else what the unknown-name kinds find.
   */
  List<NameHit> givenHits(String key) {
    if (key.isEmpty()) {
      return List.of();
    }
    List<NameHit> hits = exactNames.unfiltered(key);
    return hits.isEmpty() ? givenUnknownNames.retrieve(key) : hits;
  }

  /** Builds the link of a kept spot (see {@link Selector#toLink}). */
  Link toLink(Spot s, Span span) {
    return selector.toLink(s, span);
  }
}
