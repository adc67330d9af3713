package io.polylink.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.polylink.kb.store.KnowledgeBase;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code polylink kb info}: what a KB holds. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Print a KB's statistics as JSON.")
final class KbInfoCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--kb", description = "KB directory (default: the starter KB)")
  Path kb;

  @Override
  public Integer call() throws Exception {
    try (KnowledgeBase k = StarterKb.openOrStarter(kb, spec.commandLine().getErr())) {
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      com.fasterxml.jackson.databind.node.ObjectNode info = json.valueToTree(k.metadata());
      info.put("liveEntities", k.liveEntities());
      info.put("totalEntities", k.size());
      spec.commandLine().getOut().println(json.writeValueAsString(info));
    }
    return 0;
  }
}
