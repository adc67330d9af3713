package io.polylink.cli;

import io.polylink.discover.Proposal;
import io.polylink.kb.store.EntityAddition;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.LiveAddSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code polylink kb add}: adds entities (proposals of {@code discover}, or lines of the KB's JSONL entity format) to
 * a KB, in one atomic and durable commit, linkable at once by linkers that have the KB open, without a rebuild.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Add entities to a KB without rebuilding it: the proposals of `discover` (one entity per cluster, "
        + "built from all its mentions) or entities in the JSONL format of `kb build --source jsonl`. All or none; "
        + "an id the KB has is replaced; running linkers see the additions within a second.")
final class KbAddCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--kb", required = true, description = "KB directory")
  Path kb;

  @Option(names = "--input", required = true, description = "proposals or entities, one JSON object per line")
  Path input;

  @Option(names = "--min-mentions", defaultValue = "1", description = "skip proposals with fewer mentions "
      + "(default: ${DEFAULT-VALUE})")
  int minMentions;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(input)) {
      throw new IOException("--input " + input + (Files.isDirectory(input) ? " is a directory" : " does not exist"));
    }
    List<Proposal> proposals = Proposal.read(input);
    List<EntityAddition> adds = proposals.stream().filter(p -> p.mentions() >= minMentions)
        .map(Proposal::toAddition).toList();
    if (adds.isEmpty()) {
      throw new IOException("nothing to add: " + input + " has no entities" + (proposals.isEmpty() ? ""
          : " with " + minMentions + "+ mentions"));
    }
    PrintWriter out = spec.commandLine().getOut();
    try (KnowledgeBase k = KnowledgeBase.open(kb)) {
      LiveAddSummary s = k.add(adds);
      out.printf(Locale.ROOT, "kb add: %,d entities added to %s (%,d new, %,d replaced) in %.2f s%n", s.count(),
          k.directory(), s.added().size(), s.replaced().size(), s.seconds());
      out.printf(Locale.ROOT, "  the KB now holds %,d entities, %,d of them added since its build%n", k.size(),
          s.liveEntities());
    }
    out.flush();
    return 0;
  }
}
