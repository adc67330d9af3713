package io.polylink.redact;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polylink.kb.source.NonBlankLines;
import io.polylink.link.Linker;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import io.polylink.redact.operate.Operator;
import io.polylink.redact.operate.OperatorContext;
import io.polylink.redact.recognize.ContextWords;
import io.polylink.redact.recognize.LinkerRecognizer;
import io.polylink.redact.recognize.NameDetector;
import io.polylink.redact.recognize.Recognizers;
import io.polylink.redact.tagger.BuiltInNameModel;
import io.polylink.redact.tagger.NameTaggerRecognizer;
import io.polylink.redact.tagger.TaggerModel;
import io.polylink.redact.tagger.TaggerRecognizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds personal data in text and redacts it by a {@link Policy}: pattern recognizers with validators, the linker's
 * typed mentions, a name detector for unknown persons, an optional trained tagger; context words adjust scores;
 * overlaps resolve by {@link Overlaps}; each type's operator replaces the value. Fails closed: when any recognizer or
 * operator fails on a document, a {@link RedactionException} naming it is thrown and none of its text is returned.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Redactor r = Redactor.builder().linker(linker).policy(Policy.load(Path.of("policy.yaml"))).build();
 * RedactedDocument d = r.redact("doc-1", "Call Ana Ruiz at +34 612 345 678.");
 * }</pre>
 */
public final class Redactor {

  private final List<Recognizer> recognizers;
  private final ContextWords context;
  private final Policy policy;
  private final boolean originals;
  private final Linker linker;
  /** The families of the types the trained models in use learned; empty when no model is in use. */
  private final Set<String> modelFamilies;

  private Redactor(Builder b) {
    this.recognizers = List.copyOf(b.recognizers);
    Set<String> families = new TreeSet<>();
    for (Recognizer r : recognizers) {
      if (r instanceof TaggerRecognizer) {
        r.types().forEach(t -> families.add(TypeFamilies.of(t)));
      }
    }
    this.modelFamilies = Set.copyOf(families);
    this.context = b.context;
    this.policy = b.policy;
    this.originals = b.originals;
    this.linker = b.linker;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link Redactor}; pattern recognizers (phone region US) are on unless turned off. */
  public static final class Builder {
    private final List<Recognizer> recognizers = new ArrayList<>();
    private ContextWords context = ContextWords.defaults();
    private Policy policy = Policy.defaults();
    private boolean originals;
    private boolean patterns = true;
    private String phoneRegion = "US";
    private boolean allPhoneRegions;
    private Linker linker;
    private boolean names = true;
    private boolean nameTagger = true;
    private Set<String> nameParts = Set.of();
    private RecognizerSelection selection;

    private Builder() {}

    /**
     * Which of the configured recognizers run (see {@link RecognizerSelection}); overrides the policy's
     * {@code recognizers}. Default: all configured, without the English name recognizers when a trained model of
     * another language is added.
     */
    public Builder recognizers(RecognizerSelection s) {
      this.selection = s;
      return this;
    }

    /** Default region for national phone numbers (default US). */
    public Builder phoneRegion(String region, boolean tryAllRegions) {
      this.phoneRegion = region;
      this.allPhoneRegions = tryAllRegions;
      return this;
    }

    /** Turns the built-in pattern recognizers on or off (default on). */
    public Builder patterns(boolean on) {
      this.patterns = on;
      return this;
    }

    /** Uses the linker's typed mentions for persons, locations and organizations. */
    public Builder linker(Linker l) {
      this.linker = l;
      return this;
    }

    /** Turns the unknown-name detector on or off (default on). */
    public Builder names(boolean on) {
      this.names = on;
      return this;
    }

    /**
     * Turns the built-in tagger for persons, locations, organizations and street addresses on or off (default on,
     * when the name detector is on); off, the name detector works from case and cue words alone.
     */
    public Builder nameTagger(boolean on) {
      this.nameTagger = on;
      return this;
    }

    /** Given and family names that make a capitalized run more likely a person (normalized, lower case). */
    public Builder nameParts(Set<String> parts) {
      this.nameParts = Set.copyOf(parts);
      return this;
    }

    /** Adds a trained tagger for the types it learned. */
    public Builder model(TaggerModel model) {
      recognizers.add(new TaggerRecognizer(model));
      return this;
    }

    /** Adds a custom recognizer. */
    public Builder recognizer(Recognizer r) {
      if (r == null) {
        throw new IllegalArgumentException("recognizer must not be null");
      }
      recognizers.add(r);
      return this;
    }

    public Builder policy(Policy p) {
      if (p == null) {
        throw new IllegalArgumentException("policy must not be null");
      }
      this.policy = p;
      return this;
    }

    public Builder contextWords(ContextWords c) {
      if (c == null) {
        throw new IllegalArgumentException("context words must not be null");
      }
      this.context = c;
      return this;
    }

    /** Puts original values in reports (default off: reports say what and where, not the value). */
    public Builder includeOriginals(boolean on) {
      this.originals = on;
      return this;
    }

    public Redactor build() {
      List<Recognizer> all = new ArrayList<>();
      if (patterns) {
        all.addAll(Recognizers.patterns(phoneRegion, allPhoneRegions));
      }
      if (linker != null) {
        all.add(new LinkerRecognizer(linker));
      }
      // a model the user trained for their own domain outranks the built-in name recognizers where both find a span
      boolean userModel = recognizers.stream().anyMatch(r -> r instanceof TaggerRecognizer);
      double cap = userModel ? TaggerModel.SCORE - 0.01 : 1.0;
      if (names && nameTagger) {
        TaggerModel builtIn = BuiltInNameModel.get();
        all.add(capped(new NameDetector(nameParts, builtIn::gazetteerClass), cap));
        all.add(capped(new NameTaggerRecognizer(builtIn), cap));
      } else if (names) {
        all.add(capped(new NameDetector(nameParts), cap));
      }
      if (names) {
        all.add(capped(new io.polylink.redact.recognize.CueNameRecognizer(), cap));
        all.add(capped(new io.polylink.redact.recognize.HealthCentreRecognizer(), cap));
      }
      all.addAll(recognizers);
      if (all.isEmpty()) {
        throw new IllegalStateException("redactor has no recognizer: patterns, names and models are all off");
      }
      Set<String> available = new LinkedHashSet<>();
      all.forEach(r -> available.add(r.name()));
      Set<String> defaults = new LinkedHashSet<>(available);
      if (recognizers.stream().anyMatch(r -> r instanceof TaggerRecognizer t && !t.language().isEmpty()
          && !t.language().equals("en"))) {
        defaults.removeAll(RecognizerSelection.ENGLISH_NAMES);
      }
      RecognizerSelection s = selection != null ? selection : policy.recognizers().isEmpty() ? null
          : new RecognizerSelection(policy.recognizers(), "policy recognizers");
      Set<String> chosen = s == null ? defaults : s.choose(available, defaults);
      List<Recognizer> use = all.stream().filter(r -> chosen.contains(r.name())).toList();
      checkTypes(all, use);
      recognizers.clear();
      recognizers.addAll(use);
      return new Redactor(this);
    }

    /**
     * Refuses a policy that names a type no recognizer finds ({@code EMAIL} for {@code EMAIL_ADDRESS}): it would
     * redact nothing of what the user meant, and say nothing about it.
     */
    private void checkTypes(List<Recognizer> all, List<Recognizer> use) {
      Set<String> known = new TreeSet<>();
      all.forEach(r -> known.addAll(r.types()));
      Set<String> inUse = new TreeSet<>();
      use.forEach(r -> inUse.addAll(r.types()));
      for (String t : new TreeSet<>(policy.operators().keySet())) {
        if (!known.contains(t)) {
          throw new IllegalArgumentException("policy operators: unknown type '" + t + "'" + suggestion(t, known)
              + "; types found here: " + String.join(", ", known));
        }
      }
      for (String t : new TreeSet<>(policy.types())) {
        if (!known.contains(t)) {
          throw new IllegalArgumentException("policy types: unknown type '" + t + "'" + suggestion(t, known)
              + "; types found here: " + String.join(", ", known));
        }
        if (!inUse.contains(t)) {
          throw new IllegalArgumentException("policy types: no recognizer in use finds " + t + " (in use: "
              + String.join(", ", use.stream().map(Recognizer::name).distinct().toList()) + ")");
        }
      }
    }

    private static String suggestion(String t, Set<String> known) {
      String u = t.toUpperCase(java.util.Locale.ROOT);
      return known.stream().filter(k -> k.equals(u) || k.startsWith(u + "_") || k.endsWith("_" + u)
          || k.contains("_" + u + "_")).findFirst().map(k -> " (did you mean " + k + "?)").orElse("");
    }
  }

  /** {@code r} with its scores capped at {@code max}. */
  private static Recognizer capped(Recognizer r, double max) {
    if (max >= 1.0) {
      return r;
    }
    return new Recognizer() {
      @Override
      public String name() {
        return r.name();
      }

      @Override
      public Set<String> types() {
        return r.types();
      }

      @Override
      public Set<String> languages() {
        return r.languages();
      }

      @Override
      public void recognize(String text, String language, List<Detection> out) {
        List<Detection> found = new ArrayList<>();
        r.recognize(text, language, found);
        for (Detection d : found) {
          out.add(d.score() <= max ? d : new Detection(d.type(), d.start(), d.end(), max, d.recognizer()));
        }
      }
    };
  }

  /** The policy in use. */
  public Policy policy() {
    return policy;
  }

  /**
   * The detections the policy redacts, after context scoring, the score threshold and overlap resolution; UTF-16
   * offsets, sorted by start. A recognizer built for some languages ({@link Recognizer#languages}) runs only on text
   * of one of them; when {@code language} is "" the text's language is identified, and recognizers built for other
   * languages are left out only when the evidence is firm ({@link DocumentLanguage}). A trained model
   * outranks the built-in recognizers: their detections of a type family the model learned ({@link TypeFamilies}),
   * or overlapping one of its detections, are dropped.
   *
   * @param language language code, or "" to identify it
   */
  public List<Detection> analyze(String documentId, String text, String language) {
    return analyze(documentId, text, language == null ? "" : language, gateLanguage(text, language));
  }

  private List<Detection> analyze(String documentId, String text, String language, String gate) {
    String id = documentId == null ? "" : documentId;
    List<Detection> raw = new ArrayList<>();
    List<Detection> fromModels = modelFamilies.isEmpty() ? List.of() : new ArrayList<>();
    List<Boolean> isBuiltIn = modelFamilies.isEmpty() ? null : new ArrayList<>();
    Set<String> families = new java.util.HashSet<>(); // of the models that ran on this text
    for (Recognizer r : recognizers) {
      if (!runsOn(r, gate)) {
        continue;
      }
      int before = raw.size();
      try {
        r.recognize(text, language, raw);
      } catch (RuntimeException | StackOverflowError e) {
        throw new RedactionException(id, "recognizer '" + r.name() + "' failed", e);
      }
      for (int i = before; i < raw.size(); i++) {
        if (raw.get(i).end() > text.length()) {
          throw new RedactionException(id, "recognizer '" + r.name() + "' returned a span past the text end", null);
        }
      }
      if (isBuiltIn != null) {
        boolean model = r instanceof TaggerRecognizer;
        if (model) {
          r.types().forEach(t -> families.add(TypeFamilies.of(t)));
        }
        boolean bi = !model && RecognizerSelection.BUILT_IN.contains(r.name());
        for (int i = before; i < raw.size(); i++) {
          isBuiltIn.add(bi);
          if (model) {
            fromModels.add(raw.get(i));
          }
        }
      }
    }
    List<Detection> kept = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      Detection d = raw.get(i);
      if (isBuiltIn != null && isBuiltIn.get(i) && outranked(d, families, fromModels)) {
        continue;
      }
      Detection c = context.apply(text, d);
      if (c.score() >= policy.minScore() && policy.redacts(c.type())) {
        kept.add(c);
      }
    }
    return Overlaps.resolve(kept, text);
  }

  /** True when a trained model in use learned {@code d}'s type family or found a span overlapping it. */
  private static boolean outranked(Detection d, Set<String> families, List<Detection> fromModels) {
    if (families.contains(TypeFamilies.of(d.type()))) {
      return true;
    }
    for (Detection m : fromModels) {
      if (m.overlaps(d)) {
        return true;
      }
    }
    return false;
  }

  /** The primary language code that selects recognizers: the given one, else a firmly identified one, else "". */
  static String gateLanguage(String text, String language) {
    String lang = language == null ? "" : language.strip().toLowerCase(java.util.Locale.ROOT);
    if (lang.isEmpty()) {
      lang = DocumentLanguage.of(text);
    }
    int dash = lang.indexOf('-');
    return dash > 0 ? lang.substring(0, dash) : lang;
  }

  /** True when {@code r} may run on text of {@code language} (a primary code, "" when unknown). */
  static boolean runsOn(Recognizer r, String language) {
    Set<String> langs = r.languages();
    return langs.isEmpty() || language.isEmpty() || langs.contains(language);
  }

  /** Redacts one document of unknown language. */
  public RedactedDocument redact(String documentId, String text) {
    return redact(documentId, text, "");
  }

  /** Redacts one document; throws {@link RedactionException} (and returns no text) when anything fails. */
  public RedactedDocument redact(String documentId, String text, String language) {
    String id = documentId == null ? "" : documentId;
    if (text == null) {
      throw new RedactionException(id, "no text", null);
    }
    String lang = language == null ? "" : language;
    String gate = gateLanguage(text, lang);
    if (lang.isEmpty() && linker != null) {
      lang = linker.identifyLanguage(text).primary();
      lang = lang == null || lang.equals("und") ? "" : lang;
    }
    List<Detection> found = analyze(id, text, lang, gate);
    OperatorContext ctx = new OperatorContext(id, lang);
    StringBuilder out = new StringBuilder(text.length());
    List<Finding> findings = new ArrayList<>(found.size());
    TextOffsets.Index cp = new TextOffsets.Index(text);
    int at = 0;
    for (Detection d : found) {
      String value = text.substring(d.start(), d.end());
      Operator op = policy.operatorFor(d.type());
      String replacement;
      try {
        replacement = op.apply(value, d.type(), ctx);
      } catch (RuntimeException e) {
        throw new RedactionException(id, "operator '" + op.name() + "' failed on a " + d.type(), e);
      }
      if (replacement == null) {
        throw new RedactionException(id, "operator '" + op.name() + "' returned nothing for a " + d.type(), null);
      }
      out.append(text, at, d.start()).append(replacement);
      at = d.end();
      findings.add(new Finding(d.type(), new Span(cp.codePointAt(d.start()), cp.codePointAt(d.end())), d.score(),
          d.recognizer(), op.name(), originals ? value : null));
    }
    out.append(text, at, text.length());
    return new RedactedDocument(out.toString(), DocumentReport.of(id, findings));
  }

  /**
   * How {@link #redactJsonl} runs.
   *
   * @param threads worker threads (documents are redacted in parallel and written in input order)
   * @param skipFailed on a failed document write {@code {"id":..,"error":..}} without text and go on; otherwise stop
   * @param reports write each document's report beside its text
   */
  public record JsonlOptions(int threads, boolean skipFailed, boolean reports) {
    public JsonlOptions {
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("threads must be in [1, 256], got " + threads);
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = new JsonFactory();

  /**
   * Streams a JSONL corpus ({@code {"id": .., "text": .., "language": ..}} per line; id defaults to the line number)
   * to JSONL ({@code {"id", "text"[, "report"]}}), holding at most a few documents per thread in memory.
   *
   * @throws RedactionException when a document fails and {@code skipFailed} is off; the documents before it were
   *     written, it and the ones after were not
   */
  public CorpusReport redactJsonl(BufferedReader in, Writer out, JsonlOptions options) throws IOException {
    CorpusReport.Accumulator acc = new CorpusReport.Accumulator();
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "polylink-redact-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
    int window = options.threads() * 4;
    try {
      NonBlankLines lines = new NonBlankLines(in);
      while (lines.next()) {
        String l = lines.text();
        long no = lines.number();
        inFlight.add(pool.submit(() -> process(l, no, options.reports())));
        while (inFlight.size() >= window) {
          write(inFlight.removeFirst(), out, acc, options);
        }
      }
      while (!inFlight.isEmpty()) {
        write(inFlight.removeFirst(), out, acc, options);
      }
    } finally {
      inFlight.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
    out.flush();
    return acc.report();
  }

  /** One document's result: the output line, or the failure. */
  private record Outcome(String id, String json, DocumentReport report, int chars, RedactionException error) {}

  private Outcome process(String line, long lineNo, boolean reports) {
    String id = "line " + lineNo;
    try {
      JsonNode n;
      try {
        n = JSON.readTree(line);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        // Jackson's message quotes up to 256 characters of the line: the document's text
        var at = e.getLocation();
        throw new RedactionException(id, "not JSON" + (at == null || at.getColumnNr() < 1 ? ""
            : " (syntax error at column " + at.getColumnNr() + ")"), e);
      }
      if (n == null || !n.isObject() || !n.path("text").isTextual()) {
        throw new RedactionException(id, "expected a JSON object with a string 'text'", null);
      }
      if (n.hasNonNull("id")) {
        id = n.get("id").asText();
      }
      String text = n.get("text").asText();
      RedactedDocument d = redact(id, text, n.path("language").asText(""));
      StringWriter w = new StringWriter(text.length() + 64);
      try (JsonGenerator g = FACTORY.createGenerator(w)) {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("text", d.text());
        if (reports) {
          g.writeFieldName("report");
          writeReport(g, d.report());
        }
        g.writeEndObject();
      }
      return new Outcome(id, w.toString(), d.report(), text.length(), null);
    } catch (RedactionException e) {
      return new Outcome(e.documentId(), null, null, 0, e);
    } catch (IOException | RuntimeException e) {
      return new Outcome(id, null, null, 0, new RedactionException(id, "cannot read the input line", e));
    }
  }

  private static void write(Future<Outcome> f, Writer out, CorpusReport.Accumulator acc, JsonlOptions options)
      throws IOException {
    Outcome o;
    try {
      o = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while redacting", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("redaction worker failed", e.getCause());
    }
    if (o.error() != null) {
      if (!options.skipFailed()) {
        out.flush();
        throw o.error();
      }
      acc.fail(o.id(), o.error().getMessage());
      StringWriter w = new StringWriter();
      try (JsonGenerator g = FACTORY.createGenerator(w)) {
        g.writeStartObject();
        g.writeStringField("id", o.id());
        g.writeStringField("error", o.error().getMessage());
        g.writeEndObject();
      }
      out.write(w.toString());
      out.write('\n');
      return;
    }
    acc.add(o.report(), o.chars());
    out.write(o.json());
    out.write('\n');
  }

  /** Writes a document report as JSON: counts per type and the findings (originals only when asked). */
  public static void writeReport(JsonGenerator g, DocumentReport r) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("counts");
    for (var e : r.counts().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      g.writeStartObject();
      g.writeStringField("type", f.type());
      g.writeNumberField("start", f.span().start());
      g.writeNumberField("end", f.span().end());
      g.writeNumberField("score", Math.round(f.score() * 1000) / 1000.0);
      g.writeStringField("recognizer", f.recognizer());
      g.writeStringField("operator", f.operator());
      if (f.original() != null) {
        g.writeStringField("original", f.original());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes a corpus report as one JSON object. */
  public static void writeReport(Writer w, CorpusReport r) {
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeNumberField("documents", r.documents());
      g.writeNumberField("characters", r.characters());
      g.writeNumberField("findings", r.findings());
      g.writeObjectFieldStart("counts");
      for (var e : r.counts().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("failed");
      for (var e : r.failed().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
