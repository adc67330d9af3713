package io.polylink.cli;

import io.polylink.kb.source.EntitySource;
import io.polylink.kb.source.ErrorPolicy;
import io.polylink.kb.source.Sources;
import io.polylink.kb.source.WikidataDumpSource;
import io.polylink.kb.starter.CldrStarterSource;
import io.polylink.kb.store.KbBuildSummary;
import io.polylink.kb.store.KbBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code polylink kb build}: builds a KB atomically from a Wikidata dump, JSONL, TSV, the CLDR starter data, or the
 * wikidict anchor dictionaries of CoreNLP's model jars.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build a KB from a Wikidata JSON dump (plain, .gz, .bz2), Polylink JSONL, TSV, CLDR (starter KB), "
        + "or wikidict (English Wikipedia titles with their web anchors, from CoreNLP's models-english-kbp jar via "
        + "Maven). The new KB replaces the old one only when complete.")
final class KbBuildCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--source", required = true, description = "wikidata, jsonl, tsv, cldr or wikidict")
  String source;

  /** {@code --input -}: the source read from standard input in one pass (plain, gzip or bzip2, by magic bytes). */
  static final Path STDIN = Path.of("/dev/stdin");

  @Option(names = "--input", description = "input file, or - for standard input (not needed for cldr; for wikidict: jars or wikidict .tab/.tsv"
      + " files, repeatable; default: the models-english-kbp jar through Maven)")
  List<Path> inputs;

  @Option(names = "--qids", description = "wikidict: QID<TAB>title file (or a Wikidata JSON dump, through its enwiki "
      + "sitelinks) giving entities their Wikidata ids instead of enwiki:Title")
  Path qids;

  @Option(names = "--extra", split = ",", description = "wikidict without --input: also read the Chinese (zh, 1.58 GB"
      + " jar) and/or Spanish (es, 222 MB) dictionaries")
  List<String> extra;

  @Option(names = "--kb", required = true, description = "KB directory (created if absent)")
  Path kb;

  @Option(names = "--languages", split = ",", description = "keep names and descriptions only in these languages (e.g. de,en,fr)")
  Set<String> languages;

  @Option(names = "--properties", split = ",", description = "relations to keep (default: P31,P279,P106,P17,P131,P27,P361,P463,P108,P159,P495,...)")
  Set<String> properties;

  @Option(names = "--on-error", defaultValue = "stop", description = "stop or skip on a malformed record (default: ${DEFAULT-VALUE})")
  String onError;

  @Option(names = "--threads", description = "indexing threads (default: number of cores)")
  Integer threads;

  @Option(names = "--no-transliteration", description = "do not index romanized keys of non-Latin names")
  boolean noTransliteration;

  @Option(names = "--no-progress", description = "no progress bar")
  boolean noProgress;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ErrorPolicy policy = switch (onError.toLowerCase(Locale.ROOT)) {
      case "stop" -> ErrorPolicy.STOP;
      case "skip" -> ErrorPolicy.SKIP;
      default -> throw new CommandLine.ParameterException(spec.commandLine(), "--on-error must be stop or skip, got '" + onError + "'");
    };
    EntitySource src = source(policy, err);
    KbBuilder builder = KbBuilder.into(kb).transliterate(!noTransliteration);
    if (threads != null) {
      builder.threads(threads);
    }
    KbBuildSummary s;
    try (Progress progress = Progress.start("kb build", "entities", !noProgress, err)) {
      builder.progress(progress::update);
      if (src instanceof io.polylink.kb.wikipedia.WikidictSource w) {
        w.linesRead(n -> progress.message(String.format(Locale.ROOT, "reading anchors: %,d", n)));
      }
      s = builder.build(src);
    }
    if (src instanceof io.polylink.kb.wikipedia.WikidictSource w) {
      out.println("  " + Wikidict.verdicts(w));
    }
    out.printf(Locale.ROOT, "KB built: %s (%s)%n", s.kbDir(), s.generation());
    out.printf(Locale.ROOT, "  entities   %,d%n  names      %,d (+%,d romanized)%n  languages  %,d%n  relations  %,d%n",
        s.entities(), s.names(), s.transliterations(), s.languages(), s.relations());
    if (!s.skipped().isEmpty()) {
      out.printf(Locale.ROOT, "  skipped    %s%n", s.skipped().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
          .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
    }
    if (s.malformed() > 0) {
      out.printf(Locale.ROOT, "  malformed  %,d (skipped, see warnings above)%n", s.malformed());
    }
    out.printf(Locale.ROOT, "  time       %.1f s (%,.0f entities/s)%n", s.seconds(), s.entitiesPerSecond());
    if (s.liveEntities() > 0) {
      out.printf(Locale.ROOT, "  live       %,d entities added with `kb add` kept on top of the new build (in %s)%n",
          s.liveEntities(), s.kbDir().resolve("live"));
    }
    out.flush();
    return 0;
  }

  private EntitySource source(ErrorPolicy policy, PrintWriter err) throws Exception {
    String kind = source.toLowerCase(Locale.ROOT);
    if (kind.equals("cldr")) {
      return new CldrStarterSource();
    }
    if (kind.equals("wikidict")) {
      return Wikidict.source(inputs, qids, extra, kb, err);
    }
    if (qids != null || (extra != null && !extra.isEmpty())) {
      throw new CommandLine.ParameterException(spec.commandLine(), (qids != null ? "--qids" : "--extra")
          + " applies only to --source wikidict, got --source " + source);
    }
    if (inputs == null || inputs.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--input is required for --source " + source);
    }
    if (inputs.size() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--source " + source + " reads one --input, got "
          + inputs.size());
    }
    Path input = inputs.get(0).toString().equals("-") ? STDIN : inputs.get(0);
    WikidataDumpSource.Options opts = WikidataDumpSource.Options.defaults().withOnError(policy)
        .withWarnings(w -> {
          err.println("polylink: warning: " + w);
          err.flush();
        });
    if (languages != null && !languages.isEmpty()) {
      opts = opts.withLanguages(normalize(languages));
    }
    if (properties != null && !properties.isEmpty()) {
      opts = opts.withProperties(new LinkedHashSet<>(properties));
    }
    if (!Sources.KINDS.contains(kind)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--source must be one of wikidata, jsonl, tsv, cldr, wikidict; got '" + source + "'");
    }
    return Sources.open(kind, input, opts);
  }

  private static Set<String> normalize(Set<String> langs) {
    return langs.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
