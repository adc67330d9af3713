package io.polylink.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code polylink kb ...}. */
@Command(name = "kb", description = "Build, extend and inspect knowledge bases.", mixinStandardHelpOptions = true,
    subcommands = {KbBuildCommand.class, KbAddCommand.class, KbInfoCommand.class})
final class KbCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (build, add, info)");
  }
}
