package io.polylink.cli;

import io.polylink.discover.Proposal;
import io.polylink.eval.polylink.Forgetting;
import io.polylink.kb.store.EntityAddition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code polylink forgetting}: scores a fixed benchmark, adds entities to (a scratch copy of) its KB, scores again and
 * reports both figures and the difference.
 */
@Command(name = "forgetting", mixinStandardHelpOptions = true,
    description = "Measure forgetting: score a benchmark with Polylink, add entities to the KB (generated, or the "
        + "proposals of `discover`), score again, print before/after/delta as JSON. The KB is built into a scratch "
        + "folder; nothing of yours changes.")
final class ForgettingCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", required = true, description = "elevant (A2KB F1) or pprforned (ranking accuracy)")
  String format;

  @Option(names = "--dataset", required = true, description = "an ELEVANT *.benchmark.jsonl, or a PPRforNED split folder")
  Path dataset;

  @Option(names = "--kb", description = "elevant: the KB source file (e.g. elevant/kb/qid_names.tsv); pprforned: "
      + "not used (the KB is made from the split)")
  Path kb;

  @Option(names = "--add", defaultValue = "10000", description = "generated entities to add (default: ${DEFAULT-VALUE})")
  int add;

  @Option(names = "--proposals", description = "add these proposals (or JSONL entities) instead of generated ones")
  Path proposals;

  @Option(names = "--homonyms", defaultValue = "0", description = "share of generated entities named like an entity "
      + "of the KB (default: ${DEFAULT-VALUE})")
  double homonyms;

  @Option(names = "--seed", defaultValue = "7", description = "seed of the generated entities (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--max-change", description = "exit with 1 when a figure moves by more than this many points")
  Double maxChange;

  @Override
  public Integer call() throws Exception {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("elevant") && !f.equals("pprforned")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be elevant or pprforned, got '"
          + format + "'");
    }
    if (f.equals("elevant") && kb == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format elevant needs --kb (a KB source file)");
    }
    if (!Files.exists(dataset)) {
      throw new IOException("dataset not found: " + dataset);
    }
    List<EntityAddition> update;
    if (proposals != null) {
      update = Proposal.read(proposals).stream().map(Proposal::toAddition).toList();
    } else {
      List<String> names = homonyms <= 0 ? List.of()
          : f.equals("elevant") ? Forgetting.tsvNames(kb) : Forgetting.pprNames(dataset);
      update = Forgetting.generated(add, seed, homonyms, names);
    }
    Path work = Files.createTempDirectory("polylink-forgetting-");
    Forgetting.Result r;
    try {
      r = f.equals("elevant") ? Forgetting.elevant(dataset, kb, update, work)
          : Forgetting.pprforned(dataset, update, work);
    } finally {
      deleteTree(work);
    }
    spec.commandLine().getOut().println(r.toJson().toPrettyString());
    spec.commandLine().getOut().flush();
    if (maxChange != null && r.maxChangePoints() > maxChange) {
      spec.commandLine().getErr().printf(Locale.ROOT, "polylink: forgetting: a figure moved by %.2f points, more "
          + "than %.2f%n", r.maxChangePoints(), maxChange);
      return 1;
    }
    return 0;
  }

  private static void deleteTree(Path p) throws IOException {
    try (var walk = Files.walk(p)) {
      for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }
}
