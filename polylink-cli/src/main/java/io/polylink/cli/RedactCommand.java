package io.polylink.cli;

import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.link.rank.ModelFile;
import io.polylink.redact.CorpusReport;
import io.polylink.redact.Policy;
import io.polylink.redact.RecognizerSelection;
import io.polylink.redact.RedactedDocument;
import io.polylink.redact.Redactor;
import io.polylink.redact.tagger.BratCorpus;
import io.polylink.redact.tagger.AnnotatedText;
import io.polylink.redact.tagger.TaggerModel;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code polylink redact}: sanitizes texts or a JSONL corpus; {@code polylink redact train} trains a tagger on brat
 * data; {@code polylink redact decrypt} gives back the values a policy's encrypt operator replaced. Fails closed: a
 * document that cannot be redacted is not printed, and the error names it.
 */
@Command(name = "redact", mixinStandardHelpOptions = true,
    description = "Find and redact personal data. TEXT arguments print one JSON object each; --input FILE.jsonl "
        + "streams {\"id\",\"text\"} lines to JSONL.",
    footer = {"", RedactCommand.POLICY_HELP},
    subcommands = {RedactCommand.Train.class, RedactCommand.Decrypt.class})
final class RedactCommand implements Callable<Integer> {

  /** The policy file format, as --help shows it; README.md has the same example (a test parses both). */
  static final String POLICY_HELP = """
      Policy file (--policy FILE.yaml or FILE.json). Every key is optional; an \
      unknown key, an unknown type name or a value of the wrong kind is an error.
        # detections scoring below stay in clear (default 0.5)
        min_score: 0.5
        # redact only these types (default: every type found)
        types: [PERSON, EMAIL_ADDRESS, PHONE_NUMBER, IBAN_CODE, DATE_TIME, URL]
        # which recognizers run, as --recognizers takes them (default: all)
        recognizers: [default, -de_tax_id]
        # the operator of types not under operators (default: <TYPE>)
        default: {operator: replace}
        operators:
          # the same name gets the same surrogate; scope: corpus or document
          PERSON: {operator: pseudonymize, secret: s3cret, scope: corpus}
          # mask chars code points (left out: all) with char, from the end?
          EMAIL_ADDRESS: {operator: mask, char: "*", chars: 6, from_end: false}
          # hex SHA-256 of salt + value
          PHONE_NUMBER: {operator: hash, salt: pepper}
          # AES-GCM; key: base64 of 16, 24 or 32 bytes; see 'redact decrypt'
          IBAN_CODE: {operator: encrypt, key: AAAAAAAAAAAAAAAAAAAAAA==}
          # a fixed text instead of <DATE_TIME>
          DATE_TIME: {operator: replace, with: "[DATE]"}
          # found and reported, left in clear
          URL: keep
      Types: PERSON LOCATION ORGANIZATION STREET_ADDRESS EMAIL_ADDRESS \
      PHONE_NUMBER CREDIT_CARD IBAN_CODE IP_ADDRESS URL DATE_TIME US_SSN UK_NINO \
      ES_NIF ES_NIE FR_NIR IT_FISCAL_CODE DE_TAX_ID, and those of a --model.""";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--kb", description = "KB directory for the linker's typed mentions (default: the starter KB)")
  Path kb;

  @Option(names = "--no-linker", description = "do not use the linker (patterns, name detector and model only)")
  boolean noLinker;

  @Option(names = "--policy", description = "policy file (.json, .yaml): operators per type, min_score, types")
  Path policy;

  @Option(names = "--model", description = "a tagger model trained with 'redact train'; a model of a language other "
      + "than English switches off the English name recognizers (names, name-tagger) unless --recognizers names them")
  Path model;

  @Option(names = "--recognizers", paramLabel = "LIST", description = "which recognizers run: a comma list of names "
      + "and groups; a leading - removes (e.g. patterns,tagger or -names,-name-tagger). Recognizers: email, phone, "
      + "credit_card, iban, ip, url, date, us_ssn, uk_nino, es_nif, es_nie, fr_nir, it_fiscal_code, de_tax_id, "
      + "linker, names (English name detector), name-tagger (English tagger for names and addresses), tagger "
      + "(--model). Groups: patterns, national-ids, english-names, default, all. Overrides the policy's "
      + "'recognizers'. Default: all configured, without english-names for a --model of another language")
  String recognizers;

  @Option(names = "--phone-region", defaultValue = "US", description = "default region for national phone numbers (default: ${DEFAULT-VALUE})")
  String phoneRegion;

  @Option(names = "--all-phone-regions", description = "try every region for national phone numbers")
  boolean allPhoneRegions;

  @CommandLine.Mixin
  LanguageOption language = new LanguageOption();

  @Option(names = "--input", description = "a JSONL file ({\"id\",\"text\"} per line), or - for standard input")
  Path input;

  @Option(names = "--output", description = "where to write the redacted JSONL (default: standard output)")
  Path output;

  @Option(names = "--report", description = "write the corpus report (counts per type, failed documents) as JSON here")
  Path report;

  @Option(names = "--with-reports", description = "write each document's report (types, spans, operators)")
  boolean withReports;

  @Option(names = "--include-originals", description = "put original values in reports (off by default)")
  boolean originals;

  @Option(names = "--skip-failed", description = "on a failed document write {\"id\",\"error\"} without text and go on")
  boolean skipFailed;

  @Option(names = "--threads", defaultValue = "2", description = "worker threads for JSONL input (default: ${DEFAULT-VALUE})")
  int threads;

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "texts to redact, one document each")
  List<String> texts = new ArrayList<>();

  java.io.InputStream stdin = System.in;

  @Override
  public Integer call() throws Exception {
    if (input != null && !texts.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give either --input or TEXT arguments, not both");
    }
    if (input == null && texts.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "nothing to redact: give TEXT arguments or --input FILE.jsonl (or - for stdin)");
    }
    Redactor.Builder b = Redactor.builder().phoneRegion(phoneRegion, allPhoneRegions).includeOriginals(originals);
    if (policy != null) {
      b.policy(Policy.load(policy));
    }
    if (recognizers != null) {
      b.recognizers(RecognizerSelection.parse(recognizers, "--recognizers"));
    }
    if (model != null) {
      TaggerModel m = TaggerModel.load(model);
      b.model(m);
      if (recognizers == null && !m.language().isEmpty() && !m.language().equals("en")) {
        spec.commandLine().getErr().printf(Locale.ROOT, "polylink: model language %s: the English name recognizers "
            + "(names, name-tagger) are off; --recognizers chooses%n", m.language());
      } else if (recognizers == null && m.language().isEmpty()) {
        spec.commandLine().getErr().printf(Locale.ROOT, "polylink: %s records no language (trained before Polylink "
            + "recorded it): the English name recognizers stay on; retrain, or --recognizers -english-names%n", model);
      }
    }
    KnowledgeBase k = null;
    try {
      if (!noLinker) {
        k = StarterKb.openOrStarter(kb, spec.commandLine().getErr());
        // types of names matter here, not their misspellings: no fuzzy lookups of unknown multi-word names
        b.linker(Linker.builder().knowledgeBase(k)
            .config(io.polylink.link.LinkerConfig.defaults().withFuzzyUnknownNames(false)).build());
      }
      Redactor redactor = build(b, policy);
      String lang = language.language == null ? "" : language.language.code();
      if (input == null) {
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < texts.size(); i++) {
          RedactedDocument d = redactor.redact(Integer.toString(i), texts.get(i), lang);
          com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(out);
          g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          g.writeStartObject();
          g.writeStringField("text", d.text());
          g.writeFieldName("report");
          Redactor.writeReport(g, d.report());
          g.writeEndObject();
          g.flush();
          out.println();
        }
        out.flush();
        return 0;
      }
      boolean std = input.toString().equals("-");
      try (BufferedReader in = new BufferedReader(new InputStreamReader(std ? stdin : Files.newInputStream(input),
          Inputs.strictUtf8()), 1 << 16);
           Writer out = output == null ? new NonClosing(spec.commandLine().getOut())
               : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8), 1 << 16)) {
        CorpusReport r = redactor.redactJsonl(in, out, new Redactor.JsonlOptions(threads, skipFailed, withReports));
        if (report != null) {
          try (Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            Redactor.writeReport(w, r);
          }
        }
        spec.commandLine().getErr().printf(Locale.ROOT, "polylink: redacted %,d documents, %,d findings%s%n",
            r.documents(), r.findings(), r.failed().isEmpty() ? "" : ", " + r.failed().size() + " failed (not written)");
        spec.commandLine().getErr().flush();
        return r.failed().isEmpty() ? 0 : 1;
      }
    } finally {
      if (k != null) {
        k.close();
      }
    }
  }

  /** Standard output stays open after the corpus is written. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer w) {
      super(w);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** {@code polylink redact train}: trains a tagger on annotated data. */
  /** Builds the redactor; a policy the configuration refuses is named by its file. */
  static Redactor build(Redactor.Builder b, Path policy) {
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      // the policy's type names and recognizers are checked against what is configured: name the file
      if (policy != null && e.getMessage() != null && e.getMessage().startsWith("policy ")) {
        throw new IllegalArgumentException("policy " + policy + ": " + e.getMessage().substring(7), e);
      }
      throw e;
    }
  }

  @Command(name = "train", mixinStandardHelpOptions = true,
      description = "Train a PII tagger on your annotated data (brat standoff: .txt + .ann per document; or IOB token "
          + "files: one 'token TAG' per line, blank lines between segments).")
  static final class Train implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "brat", description = "annotation format: brat or iob (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--input", required = true, description = "folder of .txt/.ann files (searched recursively); for iob a .tsv/.iob/.bio/.conll file or a folder of them")
    Path input;

    @Option(names = "--output", required = true, description = "model file to write (gzip'd binary)")
    Path output;

    @Option(names = "--epochs", defaultValue = "12", description = "training passes (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--seed", defaultValue = "42", description = "shuffle seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--language", description = "language of the training text, recorded in the model (default: "
        + "identified from the text); a language other than en switches off the English name recognizers where the "
        + "model is used")
    String language;

    @Override
    public Integer call() throws Exception {
      boolean iob = format.equalsIgnoreCase("iob");
      if (!iob && !format.equalsIgnoreCase("brat")) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--format must be brat or iob, got '" + format
            + "'");
      }
      long t0 = System.nanoTime();
      List<AnnotatedText> docs;
      try {
        docs = iob ? io.polylink.redact.tagger.IobCorpus.read(input) : BratCorpus.read(input);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--input: " + e.getMessage());
      }
      TaggerModel m = TaggerModel.train(docs, new TaggerModel.Settings(epochs, seed, 2));
      if (language != null) {
        try {
          m = m.withLanguage(language.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--language: " + e.getMessage());
        }
      }
      m.save(output);
      PrintWriter err = spec.commandLine().getErr();
      err.printf(Locale.ROOT, "polylink: trained on %,d documents (%,d spans) in %.1f s: %d types %s, %,d features, "
          + "language %s -> %s%n", docs.size(), docs.stream().mapToInt(d -> d.spans().size()).sum(),
          (System.nanoTime() - t0) / 1e9, m.types().size(), m.types(), m.featureCount(),
          m.language().isEmpty() ? "not identified (give --language)" : m.language(), output);
      err.flush();
      return 0;
    }
  }

  /** {@code polylink redact decrypt}: the values a policy encrypted, given back in texts or a redacted corpus. */
  @Command(name = "decrypt", mixinStandardHelpOptions = true,
      description = "Give back the values that the policy's encrypt operator replaced: in TEXT arguments (printed "
          + "one per line), or in the \"text\" of each line of a redacted JSONL corpus (other fields kept). Values of "
          + "other operators, and of other keys, stay as they are.")
  static final class Decrypt implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--policy", required = true, description = "the policy file the texts were redacted with")
    Path policy;

    @Option(names = "--input",
        description = "a redacted JSONL file ({\"id\",\"text\",...} per line), or - for standard input")
    Path input;

    @Option(names = "--output", description = "where to write the restored JSONL (default: standard output); "
        + "written whole or not at all")
    Path output;

    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "redacted texts, or encrypted values alone")
    List<String> texts = new ArrayList<>();

    java.io.InputStream stdin = System.in;

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
        new com.fasterxml.jackson.databind.ObjectMapper();

    @Override
    public Integer call() throws Exception {
      if ((input == null) == texts.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "give either TEXT arguments or --input FILE.jsonl (or - for stdin)");
      }
      Policy p = Policy.load(policy);
      if (!p.reversible()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "policy " + policy
            + " has no encrypt operator: nothing it redacted can be given back");
      }
      PrintWriter err = spec.commandLine().getErr();
      if (input == null) {
        PrintWriter out = spec.commandLine().getOut();
        for (String t : texts) {
          out.println(p.restore(t).text());
        }
        out.flush();
        return 0;
      }
      long[] counts = new long[2]; // lines, values
      if (output == null) {
        Writer out = new NonClosing(spec.commandLine().getOut());
        restoreJsonl(p, out, counts);
        out.flush();
      } else {
        ModelFile.write(output, "restored corpus", w -> restoreJsonl(p, w, counts));
      }
      err.printf(Locale.ROOT, "polylink: gave back %,d encrypted values in %,d lines%n", counts[1], counts[0]);
      err.flush();
      return 0;
    }

    /** Each line of the input with the values {@code p} encrypted given back; counts lines and values. */
    private void restoreJsonl(Policy p, Writer out, long[] counts) throws IOException {
      boolean std = input.toString().equals("-");
      try (BufferedReader in = new BufferedReader(new InputStreamReader(std ? stdin : Files.newInputStream(input),
          Inputs.strictUtf8()), 1 << 16)) {
        String line;
        while ((line = readLine(in, counts[0] + 1)) != null) {
          counts[0]++;
          if (line.isBlank()) {
            continue;
          }
          com.fasterxml.jackson.databind.JsonNode doc;
          try {
            doc = JSON.readTree(line);
          } catch (com.fasterxml.jackson.core.JacksonException e) {
            // not e.getOriginalMessage(): it quotes the line, whose text may be personal data
            throw new CommandLine.ParameterException(spec.commandLine(), input + " line " + counts[0]
                + ": not JSON" + (e.getLocation() == null || e.getLocation().getColumnNr() < 1 ? ""
                : " (syntax error at column " + e.getLocation().getColumnNr() + ")"));
          }
          if (doc == null || !doc.isObject() || !doc.path("text").isTextual()) {
            throw new CommandLine.ParameterException(spec.commandLine(), input + " line " + counts[0]
                + ": expected an object with a \"text\" string");
          }
          Policy.Restored r = p.restore(doc.get("text").asText());
          counts[1] += r.values();
          ((com.fasterxml.jackson.databind.node.ObjectNode) doc).put("text", r.text());
          out.write(JSON.writeValueAsString(doc));
          out.write('\n');
        }
      }
    }

    /** The next line; invalid UTF-8 fails with the line it is on. */
    private String readLine(BufferedReader in, long lineNo) throws IOException {
      try {
        return in.readLine();
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new IOException(input + " line " + lineNo + ": not valid UTF-8", e);
      }
    }
  }
}
