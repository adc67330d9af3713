package io.polylink.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.link.LinkerConfig;
import io.polylink.model.Document;
import io.polylink.model.Language;
import io.polylink.model.LinkedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code polylink link}: links texts, a file or standard input, and prints one result per document. */
@Command(name = "link", mixinStandardHelpOptions = true,
    description = "Find and link entity mentions. Output: one JSON object per document (or NIF, or Spotlight JSON).")
final class LinkCommand implements Callable<Integer> {

  /** Text files larger than this are linked as a stream, without holding the text. */
  static final long STREAM_BYTES = 16L << 20;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--kb", description = "KB directory (default: the starter KB, built on first use)")
  Path kb;

  @picocli.CommandLine.Mixin
  RankerOptions ranker = new RankerOptions();

  @picocli.CommandLine.Mixin
  DictionaryOption dictionaries = new DictionaryOption();

  @Option(names = "--format", defaultValue = "json", description = "json, nif, spotlight or llm (text with [n] "
      + "markers and an entity table, for prompts) (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--input", description = "a file to link, or - for standard input")
  Path input;

  @Option(names = "--input-format", description = "text (the whole input is one document) or jsonl (one {\"text\":...} per line); default: jsonl for *.jsonl, else text")
  String inputFormat;

  @CommandLine.Mixin
  LanguageOption language = new LanguageOption();

  @Option(names = "--nil-threshold", description = "best candidate score below which a mention is NIL (default: 0.35)")
  Double nilThreshold;

  @Option(names = "--types", description = "type classifier file written by 'polylink train --types-out': types "
      + "from relations (compare what each mention's context asks for with each candidate's KB relations; off by "
      + "default)")
  Path types;

  @picocli.CommandLine.Mixin
  MentionsModelOption mentionsModel = new MentionsModelOption();

  @Option(names = "--type-filter", description = "with --types, drop candidates whose type profile fits the "
      + "context less than this (soft F1 in [0,1]; candidates without relations are kept; default: no filter)")
  Double typeFilter;

  @Option(names = "--no-nil", description = "do not report mentions without a KB entity")
  boolean noNil;

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "texts to link, one document each")
  List<String> texts = new ArrayList<>();

  InputStream stdin = System.in;

  @Override
  public Integer call() throws Exception {
    OutputFormat fmt = OutputFormat.parse(format);
    if (input != null && !texts.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give either --input or TEXT arguments, not both");
    }
    if (input == null && texts.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "nothing to link: give TEXT arguments or --input FILE (or - for stdin)");
    }
    for (int i = 0; i < texts.size(); i++) { // as an empty --input file is: an error, before the KB opens
      if (texts.get(i).isBlank()) {
        throw new IOException("empty input: TEXT argument " + (i + 1) + " has no text to link");
      }
    }
    Language lang = language.orUndetermined();
    LinkerConfig config = LinkerConfig.defaults().withReportNil(!noNil);
    if (nilThreshold != null) {
      config = config.withNilThreshold(nilThreshold);
    }
    if (typeFilter != null) {
      if (types == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--type-filter needs --types FILE");
      }
      if (!(typeFilter >= 0 && typeFilter <= 1)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--type-filter must be in [0,1], got "
            + typeFilter);
      }
      config = config.withTypeFilter(typeFilter);
    }
    String what = input == null ? "" : Inputs.name(input);
    boolean jsonl = Inputs.isJsonl(input, inputFormat);
    try (KnowledgeBase k = StarterKb.openOrStarter(kb, spec.commandLine().getErr());
        io.polylink.dense.SentenceEncoder dense = DenseContextOption.open(ranker.denseContext)) {
      Linker.Builder builder = Linker.builder().knowledgeBase(k).config(config).denseContext(dense)
          .dictionary(dictionaries.read());
      io.polylink.link.rank.RankerModel model = ranker.readModel();
      if (model != null) {
        builder.rankerModel(model);
      }
      builder.mentionTagger(mentionsModel.read());
      if (types != null) {
        if (!java.nio.file.Files.isRegularFile(types)) {
          throw new IllegalArgumentException("--types " + types + " not found");
        }
        builder.typeClassifier(io.polylink.link.types.TypeClassifier.read(types));
      }
      Linker linker;
      try {
        linker = builder.build();
      } catch (IllegalStateException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      Writer out = spec.commandLine().getOut();
      if (input != null && !jsonl && !what.equals("<stdin>") && fmt == OutputFormat.JSON && Files.size(input) > STREAM_BYTES) {
        streamLarge(linker, input, lang, out);
        out.flush();
        return 0;
      }
      List<Document> docs = new ArrayList<>();
      if (input != null) {
        String content = Inputs.decode(Inputs.readAll(input, stdin), what);
        if (content.isBlank()) {
          throw new IOException("empty input: " + what + " has no text to link");
        }
        if (jsonl) {
          docs.addAll(Inputs.jsonl(content, what));
          if (docs.isEmpty()) {
            throw new IOException("empty input: " + what + " has no documents");
          }
        } else {
          docs.add(new Document("", content, lang));
        }
      } else {
        for (String t : texts) {
          docs.add(new Document("", t, lang));
        }
      }
      for (int i = 0; i < docs.size(); i++) {
        Document d = docs.get(i);
        if (d.language().isUndetermined() && !lang.isUndetermined()) {
          d = new Document(d.id(), d.text(), lang);
        }
        LinkedDocument linked = linker.link(d);
        String shown = linked.document().language().isUndetermined() ? "en" : linked.document().language().primary();
        fmt.write(linked, i, out, id -> popularity(k, id), id -> entry(k, id, shown));
      }
      out.flush();
    }
    return 0;
  }

  private static long popularity(KnowledgeBase kb, io.polylink.model.EntityId id) {
    try {
      return kb.entity(id).map(io.polylink.kb.store.EntityRecord::popularity).orElse(0L);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static io.polylink.format.LlmText.Entry entry(KnowledgeBase kb, io.polylink.model.EntityId id, String language) {
    try {
      return kb.entity(id).map(r -> new io.polylink.format.LlmText.Entry(r.label(language), r.description(language)))
          .orElse(new io.polylink.format.LlmText.Entry("", ""));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A huge single document: links stream out as windows finish, then the text is copied from a second read of the
   * file, so neither pass holds the document in memory.
   */
  private void streamLarge(Linker linker, Path file, Language lang, Writer out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.writeStartObject();
    g.writeArrayFieldStart("mentions");
    Linker.StreamSummary summary;
    try (Reader r = Inputs.strictReader(Files.newInputStream(file))) {
      summary = linker.link(r, lang, l -> {
        try {
          OutputFormat.writeMention(g, l);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IOException(file + " is not valid UTF-8", e);
    }
    if (summary.codePoints() == 0) {
      throw new IOException("empty input: " + file + " has no text to link");
    }
    g.writeEndArray();
    g.writeStringField("language", summary.language().code());
    g.writeFieldName("text");
    try (Reader r = Inputs.strictReader(Files.newInputStream(file))) {
      g.writeString(r, -1);
    }
    g.writeEndObject();
    g.flush();
    out.write('\n');
  }
}
