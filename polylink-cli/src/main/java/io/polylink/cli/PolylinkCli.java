package io.polylink.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code polylink} command. {@code System.exit} is called here and nowhere else. */
@Command(
    name = "polylink",
    mixinStandardHelpOptions = true,
    versionProvider = PolylinkCli.Version.class,
    description = "Multilingual entity linking: build a KB, link text, redact, evaluate, train a ranker, discover unknown entities, serve over HTTP.",
    subcommands = {KbCommand.class, LinkCommand.class, DiscoverCommand.class, ForgettingCommand.class,
        RedactCommand.class, DemoCommand.class, TrainCommand.class, TrainMentionsCommand.class, McpCommand.class,
        CommandLine.HelpCommand.class})
public final class PolylinkCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (kb, link, discover, eval, forgetting, redact, train, train-mentions, serve, mcp, demo)");
  }

  /** Held here: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
  private static final java.util.logging.Logger[] QUIET_LOGGERS = {
      java.util.logging.Logger.getLogger("org.apache.lucene"), java.util.logging.Logger.getLogger("org.eclipse.jetty"),
      java.util.logging.Logger.getLogger("io.javalin"),
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization")};

  public static void main(String[] args) {
    // Lucene announces its vector support at INFO on every start, Jetty and Javalin their start-up; users need
    // warnings only (the serve command prints where it listens).
    for (java.util.logging.Logger quiet : QUIET_LOGGERS) {
      quiet.setLevel(java.util.logging.Level.WARNING);
    }
    // ... and the launcher leaves Lucene's Vector API off on purpose (scripts/find-java.sh says why): not a warning.
    QUIET_LOGGERS[QUIET_LOGGERS.length - 1].setLevel(java.util.logging.Level.SEVERE);
    // UTF-8 whatever the platform's console encoding: outputs are JSON, NIF and multilingual text.
    System.exit(run(args, new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true),
        new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true)));
  }

  /** Runs the command line and returns the exit code: 0 ok, 1 failure (one-line message), 2 usage error. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  /** The configured command line; tests call {@link #run} instead. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new PolylinkCli());
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("polylink: error: " + Errors.oneLine(ex));
      if (System.getenv("POLYLINK_DEBUG") != null) {
        ex.printStackTrace(commandLine.getErr());
      }
      commandLine.getErr().flush();
      return 1;
    });
    cl.addSubcommand("eval", new EvalCommand((kbDir, model, dense) -> EvalSupport.polylink(kbDir, model, dense,
        cl.getErr())));
    cl.addSubcommand("serve", new ServeCommand());
    // A bad flag or value is one line naming it, as every other error is, not the whole help page.
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine bad = ex.getCommandLine();
      bad.getErr().println("polylink: error: " + Errors.oneLine(ex) + " (see '"
          + bad.getCommandSpec().qualifiedName() + " --help')");
      bad.getErr().flush();
      return bad.getCommandSpec().exitCodeOnInvalidInput();
    });
    return cl;
  }

  /** Version from the jar manifest, else "dev". */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = PolylinkCli.class.getPackage().getImplementationVersion();
      return new String[] {"polylink " + (v == null ? "dev" : v)};
    }
  }
}
