package io.polylink.cli;

import io.polylink.discover.Discoverer;
import io.polylink.discover.DiscoveryConfig;
import io.polylink.discover.NilMention;
import io.polylink.discover.Proposal;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.link.LinkerConfig;
import io.polylink.model.Document;
import io.polylink.model.EntityId;
import io.polylink.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code polylink discover}: links a corpus, keeps the mentions the KB has no entity for, clusters them across
 * documents (joining the clusters of earlier batches when {@code --state} names a state file) and writes one proposed
 * new entity per cluster.
 */
@Command(name = "discover", mixinStandardHelpOptions = true,
    description = "Find entities the KB lacks: link a corpus, cluster its NIL mentions across documents, and write "
        + "proposals (one JSON line per new entity: id, names, type, popularity, context words, example contexts) "
        + "for `kb add`.")
final class DiscoverCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--kb", description = "KB directory (default: the starter KB)")
  Path kb;

  @Option(names = "--input", required = true, description = "the corpus: a text file, a JSONL file of "
      + "{\"text\",\"id\"?,\"language\"?} per line, or - for standard input")
  Path input;

  @Option(names = "--input-format", description = "text (the whole input is one document) or jsonl; default: jsonl "
      + "for *.jsonl, else text")
  String inputFormat;

  @Option(names = "--out", required = true, description = "where to write the proposals (JSON lines)")
  Path out;

  @Option(names = "--state", description = "cluster state file: read if it exists (this batch joins its clusters), "
      + "then written back")
  Path state;

  @CommandLine.Mixin
  LanguageOption language = new LanguageOption();

  @Option(names = "--threshold", description = "similarity a mention needs to join a cluster (default: 0.30, chosen "
      + "on the HIPE-2022 train splits)")
  Double threshold;

  @Option(names = "--min-mentions", description = "mentions a cluster needs to be proposed (default: 2)")
  Integer minMentions;

  @Option(names = "--all", description = "propose every cluster of the state, not only those this batch created or "
      + "grew")
  boolean all;

  InputStream stdin = System.in;

  @Override
  public Integer call() throws Exception {
    DiscoveryConfig config = DiscoveryConfig.defaults();
    if (threshold != null) {
      config = config.withThreshold(threshold);
    }
    if (minMentions != null) {
      config = config.withMinMentions(minMentions);
    }
    Language lang = language.orUndetermined();
    List<Document> docs = documents(lang);
    PrintWriter err = spec.commandLine().getErr();
    Discoverer discoverer = Discoverer.load(state, config);
    int nil = 0;
    try (KnowledgeBase k = StarterKb.openOrStarter(kb, err)) {
      discoverer.avoidIds(id -> {
        try {
          return k.entity(EntityId.of(id)).isPresent(); // ids of the state's own clusters are kept anyway
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      Linker linker = Linker.builder().knowledgeBase(k).config(LinkerConfig.defaults().withReportNil(true)).build();
      for (Document d : docs) {
        for (NilMention m : NilMention.of(linker.link(d), config.contextTokens())) {
          discoverer.add(m);
          nil++;
        }
      }
    }
    List<Proposal> proposals = discoverer.proposals(!all);
    Proposal.write(proposals, out);
    if (state != null) {
      discoverer.save(state);
    }
    long fresh = proposals.stream().filter(p -> p.status().equals("new")).count();
    PrintWriter o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "discover: %,d documents, %,d NIL mentions, %,d clusters in all%n", docs.size(), nil,
        discoverer.clusterCount());
    o.printf(Locale.ROOT, "  %,d proposals (%,d new, %,d grown) with %d+ mentions written to %s%n", proposals.size(),
        fresh, proposals.size() - fresh, config.minMentions(), out);
    if (state != null) {
      o.printf(Locale.ROOT, "  cluster state: %s%n", state);
    }
    o.flush();
    return 0;
  }

  private List<Document> documents(Language lang) throws IOException {
    String what = Inputs.name(input);
    boolean jsonl = Inputs.isJsonl(input, inputFormat);
    String content = Inputs.decode(Inputs.readAll(input, stdin), what);
    if (content.isBlank()) {
      throw new IOException("empty input: " + what + " has no text");
    }
    List<Document> docs = new ArrayList<>();
    if (jsonl) {
      for (Document d : Inputs.jsonl(content, what)) {
        String id = d.id().isEmpty() ? "doc-" + (docs.size() + 1) : d.id();
        docs.add(new Document(id, d.text(), d.language().isUndetermined() ? lang : d.language()));
      }
    } else {
      docs.add(new Document(input.getFileName() == null ? "doc-1" : input.getFileName().toString(), content, lang));
    }
    return docs;
  }
}
