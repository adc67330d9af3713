package io.polylink.link;

import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.Lookup;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import io.polylink.link.lang.LanguageIdentifier;
import io.polylink.link.rank.DocumentRanker;
import io.polylink.link.rank.FeatureGroup;
import io.polylink.link.rank.RankMention;
import io.polylink.link.rank.RankerModel;
import io.polylink.link.tagger.SequenceTagger;
import io.polylink.link.types.TypeClassifier;
import io.polylink.link.types.TypeProfiles;
import io.polylink.link.xling.BilingualDictionary;
import io.polylink.model.Document;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds entity mentions in text of any language and links each to a KB entity or to NIL, in one pass: language
 * identification, a dictionary spotter over every name in every language, candidate ranking, coherence, NIL
 * threshold. Immutable and thread-safe: share one instance across threads.
 *
 * <pre>{@code
 * try (KnowledgeBase kb = KnowledgeBase.open(Path.of("my-kb"))) {
 *   Linker linker = Linker.builder().knowledgeBase(kb).build();
 *   LinkedDocument doc = linker.link("Angela Merkel besuchte Paris.");
 *   doc.links().forEach(l -> System.out.println(l.mention().surface() + " -> " + l.entity()));
 * }
 * }</pre>
 *
 * <p>Long documents stream through windows of {@link LinkerConfig#windowChars()} with a fixed-size document state,
 * so the linker's memory does not grow with the document; {@link #link(Reader, Language, Consumer)} does not even
 * hold the text.
 */
public final class Linker {

  private final KnowledgeBase kb;
  private final LinkerConfig config;
  /**
   * Unknown names the shared cache holds before it is emptied. On the 6.3M-entity Wikipedia KB a fuzzy lookup of an
   * unknown name costs milliseconds (building the Levenshtein automaton, then walking millions of names), and 1,024
   * entries were emptied several times per thousand news documents: linking spent 78% of its time there. 16,384
   * keys (most with few or no candidates) left the live heap at 41 MB after GC on that KB.
   */
  static final int UNKNOWN_NAMES_CACHED = 16_384;
  /** Candidates of names the dictionary lacks, shared by all calls: see {@link UnknownNameCache}. */
  private final UnknownNameCache unknownNames = new UnknownNameCache(UNKNOWN_NAMES_CACHED);
  /** Probes and candidates of dictionary names, shared by all calls: see {@link KnownNameCache}. */
  private final KnownNameCache knownNames = new KnownNameCache();
  private final LanguageIdentifier languages;
  private final DocumentRanker ranker;
  /** Types from relations, null without a type classifier. */
  private final TypeAnnotator types;
  private final DenseContext dense; // null: no dense context
  /** Translates unknown names' words for {@link TranslatedNameRetriever}; empty: no translated candidates. */
  private final BilingualDictionary dictionary;
  /** The learned mention detector, null for none. */
  private final SequenceTagger mentionTagger;

  private Linker(KnowledgeBase kb, LinkerConfig config, RankerModel model, TypeClassifier typeClassifier,
      TextEncoder encoder, BilingualDictionary dictionary, SequenceTagger mentionTagger) {
    this.kb = kb;
    this.mentionTagger = mentionTagger;
    this.dictionary = dictionary;
    this.config = config;
    this.ranker = new DocumentRanker(model);
    this.types = typeClassifier == null ? null
        : new TypeAnnotator(typeClassifier, new TypeProfiles(TypeProfiles.DEFAULT_DEPTH));
    this.dense = encoder == null ? null : new DenseContext(encoder);
    this.languages = LanguageIdentifier.create();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Linker}; a KB is required. */
  public static final class Builder {
    private KnowledgeBase kb;
    private LinkerConfig config = LinkerConfig.defaults();
    private RankerModel model;
    private TypeClassifier typeClassifier;
    private TextEncoder encoder;
    private boolean forTraining;
    private BilingualDictionary dictionary = BilingualDictionary.empty();
    private SequenceTagger mentionTagger;

    private Builder() {}

    private static <T> T required(T value, String name) {
      if (value == null) {
        throw new IllegalArgumentException(name + " must not be null");
      }
      return value;
    }

    /**
     * Types from relations (off by default): the classifier predicts the type profile each mention's context asks
     * for, and the ranker compares it with each candidate's profile (its KB relations); see
     * {@link LinkerConfig#typeFilter()} for the optional filter.
     */
    public Builder typeClassifier(TypeClassifier classifier) {
      this.typeClassifier = required(classifier, "typeClassifier");
      return this;
    }

    /**
     * A linker that computes ranking features for training ({@link #rankMentions}) rather than links: the model need
     * not read the dense context the encoder adds.
     */
    public Builder forTraining() {
      this.forTraining = true;
      return this;
    }

    /**
     * Adds the dense context evidence (feature group {@code dense}): the cosine of {@code encoder}'s vectors for each
     * mention's context and each candidate's label and description. Off by default (null). It needs a ranker model
     * trained with it ({@code polylink train --dense-context}); the shipped model was not, and {@link #build()}
     * refuses the combination rather than encode for nothing.
     */
    public Builder denseContext(TextEncoder encoder) {
      this.encoder = encoder;
      return this;
    }

    /** The ranker model (default: {@link RankerModel#defaults()}, the one shipped with Polylink). */
    public Builder rankerModel(RankerModel model) {
      this.model = required(model, "rankerModel");
      return this;
    }

    /**
     * Cross-lingual candidates (off by default: empty): a name the KB holds in no form, as written, romanized,
     * misspelled or inflected, is looked up through the dictionary's translations of its words (see
     * {@code TranslatedNameRetriever}); such candidates carry the ranking feature {@code name.translated_match}.
     */
    public Builder dictionary(BilingualDictionary dictionary) {
      this.dictionary = required(dictionary, "dictionary");
      return this;
    }

    /**
     * A learned mention detector (off by default: null): a {@link SequenceTagger} trained on annotated text
     * ({@code polylink train-mentions}). The spans it tags join the spotter's in every window of {@link #link}: where
     * a tagged span overlaps a dictionary spot or an unknown-name run its boundaries win, and a tagged name without a
     * good candidate is a NIL mention of the tagger's type ({@code pers} and {@code PER} give
     * {@link io.polylink.model.EntityType#PERSON}). Given spans ({@link Linker#linkSpans}) are not tagged.
     */
    public Builder mentionTagger(SequenceTagger tagger) {
      this.mentionTagger = tagger;
      return this;
    }

    public Builder knowledgeBase(KnowledgeBase kb) {
      this.kb = kb;
      return this;
    }

    public Builder config(LinkerConfig config) {
      this.config = required(config, "config");
      return this;
    }

    public Linker build() {
      if (kb == null) {
        throw new IllegalStateException("Linker.builder() needs knowledgeBase(...) before build()");
      }
      if (config.typeFilter() > 0 && typeClassifier == null) {
        throw new IllegalStateException("LinkerConfig.typeFilter " + config.typeFilter()
            + " needs typeClassifier(...): without one there is no type to filter on");
      }
      RankerModel m = model != null ? model
          : kb.metadata().hasLinkStatistics() ? RankerModel.forLinkStatistics() : RankerModel.defaults();
      boolean reads = m.uses(FeatureGroup.DENSE);
      if (encoder != null && !reads && !forTraining) {
        throw new IllegalStateException("dense context is on but the ranker model "
            + (model == null ? "(the shipped one) " : "") + "has no weight on it; use a model trained with it "
            + "(polylink train --dense-context)");
      }
      if (encoder == null && reads) {
        throw new IllegalStateException("the ranker model was trained with dense context"
            + (m.meta().containsKey("dense_context") ? " (" + m.meta().get("dense_context") + ")" : "")
            + "; turn it on (--dense-context, Linker.Builder.denseContext)");
      }
      return new Linker(kb, config, m, typeClassifier, encoder, dictionary, mentionTagger);
    }
  }

  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  public LinkerConfig config() {
    return config;
  }

  /** The type classifier in use, null when types from relations are off. */
  public TypeClassifier typeClassifier() {
    return types == null ? null : types.classifier();
  }

  /** The dense context encoder, null when dense context is off. */
  public TextEncoder denseContext() {
    return dense == null ? null : dense.encoder();
  }

  /**
   * This linker with {@code tagger} as its learned mention detector (see {@link Builder#mentionTagger}; null: none),
   * on the same KB with the same settings and models.
   */
  public Linker withMentionTagger(SequenceTagger tagger) {
    return new Linker(kb, config, ranker.model(), typeClassifier(), denseContext(), dictionary, tagger);
  }

  /** The learned mention detector, null when there is none. */
  public SequenceTagger mentionTagger() {
    return mentionTagger;
  }

  /** The ranker model in use. */
  public RankerModel rankerModel() {
    return ranker.model();
  }

  /** Identifies the language of a text ({@link Language#UNDETERMINED} when there is too little evidence). */
  public Language identifyLanguage(CharSequence text) {
    return languages.identify(text).language();
  }

  /** Links a plain text of unknown language. */
  public LinkedDocument link(String text) {
    return link(Document.of(text));
  }

  /** Links a document end to end (A2KB). */
  public LinkedDocument link(Document doc) {
    String text = doc.text();
    Language lang = doc.language().isUndetermined() ? identifyLanguage(text) : doc.language();
    Document withLang = new Document(doc.id(), text, lang);
    TextOffsets.Index cp = new TextOffsets.Index(text);
    List<Link> links = new ArrayList<>();
    try (Lookup lookup = kb.lookup()) {
      WindowLinker wl = new WindowLinker(config, lookup, ranker, lang.primary(),
          new DocumentState(config.stateSize()), unknownNames, knownNames, types, dense, dictionary, mentionTagger);
      int from = 0;
      while (from < text.length()) {
        int to = cut(text, from, text.length(), false);
        for (Spot s : wl.link(text, from, to)) {
          links.add(wl.toLink(s, new Span(cp.codePointAt(s.start), cp.codePointAt(s.end))));
        }
        from = to;
      }
    }
    return new LinkedDocument(withLang, links);
  }

  /**
   * Disambiguates given spans (D2KB): every span gets a link or NIL, in the order given. Spans are code point
   * offsets into the document's text.
   */
  public LinkedDocument linkSpans(Document doc, List<Span> spans) {
    String text = doc.text();
    Language lang = doc.language().isUndetermined() ? identifyLanguage(text) : doc.language();
    int cpLength = text.codePointCount(0, text.length());
    List<Token> tokens = TextNormalizer.tokenize(text);
    try (Lookup lookup = kb.lookup()) {
      return linkSpans(doc, spans, text, lang, cpLength, tokens, lookup);
    }
  }

  private LinkedDocument linkSpans(Document doc, List<Span> spans, String text, Language lang, int cpLength,
      List<Token> tokens, Lookup lookup) {
    WindowLinker wl = new WindowLinker(config, lookup, ranker, lang.primary(),
        new DocumentState(config.stateSize()), unknownNames, knownNames, types, dense, dictionary);
    List<Spot> spots = givenSpots(wl, spans, text, cpLength, tokens);
    wl.rank(spots, new WindowContext(text, 0, text.length(), tokens), null);
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < spots.size(); i++) {
      links.add(wl.toLink(spots.get(i), spans.get(i)));
    }
    return new LinkedDocument(new Document(doc.id(), text, lang), links);
  }

  /**
   * The given spans (code point offsets) as the ranker sees them, in the order given: each with the candidates the
   * linker retrieves for it and all their evidence (dense context included when on). For training a ranker on
   * annotated running text ({@code RankerTrainer}), so that it learns from the features the linker computes.
   */
  public List<RankMention> rankMentions(Document doc, List<Span> spans) {
    String text = doc.text();
    Language lang = doc.language().isUndetermined() ? identifyLanguage(text) : doc.language();
    int cpLength = text.codePointCount(0, text.length());
    List<Token> tokens = TextNormalizer.tokenize(text);
    try (Lookup lookup = kb.lookup()) {
      WindowLinker wl = new WindowLinker(config, lookup, ranker, lang.primary(),
          new DocumentState(config.stateSize()), unknownNames, knownNames, types, dense, dictionary);
      List<Spot> spots = givenSpots(wl, spans, text, cpLength, tokens);
      return wl.rankMentions(spots, new WindowContext(text, 0, text.length(), tokens));
    }
  }

  private List<Spot> givenSpots(WindowLinker wl, List<Span> spans, String text, int cpLength, List<Token> tokens) {
    List<Spot> spots = new ArrayList<>();
    for (Span span : spans) {
      if (span.end() > cpLength) {
        throw new IllegalArgumentException("span " + span + " runs past the end of the text (" + cpLength + " code points)");
      }
      int start = TextOffsets.toCharIndex(text, span.start());
      int end = TextOffsets.toCharIndex(text, span.end());
      int[] range = TextNormalizer.tokenRange(tokens, start, end);
      int first = range[0];
      int last = range[1];
      String surface = text.substring(start, end);
      String key = TextNormalizer.key(surface);
      Spot s = new Spot(text, first, last, start, end, key, false);
      s.hits = wl.givenHits(key);
      s.detection = 1.0;
      spots.add(s);
    }
    return spots;
  }

  /** What a streamed document held. */
  public record StreamSummary(Language language, long codePoints, long links, long windows) {}

  /**
   * Links a document of any length read from {@code in}, handing each link to {@code sink} as soon as its window is
   * done. Holds at most two windows of text and a fixed-size state, whatever the length.
   *
   * @param language the language, or {@link Language#UNDETERMINED} to identify it from the first window
   */
  public StreamSummary link(Reader in, Language language, Consumer<Link> sink) throws IOException {
    int window = config.windowChars();
    char[] buf = new char[window * 2];
    int filled = 0;
    long cpBase = 0;
    long count = 0;
    long windows = 0;
    boolean eof = false;
    Language lang = language == null ? Language.UNDETERMINED : language;
    WindowLinker wl = null;
    Lookup lookup = null;
    try {
      while (!eof || filled > 0) {
        while (!eof && filled < buf.length) {
          int r = in.read(buf, filled, buf.length - filled);
          if (r < 0) {
            eof = true;
          } else {
            filled += r;
          }
        }
        if (filled == 0) {
          break;
        }
        String chunk = new String(buf, 0, filled);
        int to = eof && filled <= window ? filled : cut(chunk, 0, Math.min(filled, window), !eof || filled > window);
        String text = chunk.substring(0, to);
        if (wl == null) {
          if (lang.isUndetermined()) {
            lang = identifyLanguage(text);
          }
          lookup = kb.lookup();
          wl = new WindowLinker(config, lookup, ranker, lang.primary(),
              new DocumentState(config.stateSize()), unknownNames, knownNames, types, dense, dictionary, mentionTagger);
        }
        TextOffsets.Index cp = new TextOffsets.Index(text);
        for (Spot s : wl.link(text, 0, to)) {
          sink.accept(wl.toLink(s, new Span((int) Math.min(Integer.MAX_VALUE, cpBase + cp.codePointAt(s.start)),
              (int) Math.min(Integer.MAX_VALUE, cpBase + cp.codePointAt(s.end)))));
          count++;
        }
        windows++;
        cpBase += text.codePointCount(0, text.length());
        System.arraycopy(buf, to, buf, 0, filled - to);
        filled -= to;
      }
    } finally {
      if (lookup != null) {
        lookup.close();
      }
    }
    return new StreamSummary(lang, cpBase, count, windows);
  }

  /**
   * Where the window starting at {@code from} ends: at {@code limit} when the text ends there, else at the last line
   * or sentence break, else the last space, in the last quarter of the window; never inside a surrogate pair.
   */
  private int cut(CharSequence text, int from, int textEnd, boolean more) {
    int limit = Math.min(textEnd, from + config.windowChars());
    if (limit == textEnd && !more) {
      return limit;
    }
    int floor = from + (limit - from) * 3 / 4;
    int space = -1;
    for (int i = limit - 1; i > floor; i--) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '。' || c == '!' || c == '?') && i + 1 < limit
          && Character.isWhitespace(text.charAt(i + 1)))) {
        return i + 1;
      }
      if (space < 0 && Character.isWhitespace(c)) {
        space = i + 1;
      }
    }
    if (space > 0) {
      return space;
    }
    int cut = limit;
    if (cut > from + 1 && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return cut;
  }
}
