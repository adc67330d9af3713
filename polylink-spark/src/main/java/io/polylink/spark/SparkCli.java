package io.polylink.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code polylink spark}: Polylink's corpus jobs on Apache Spark. Embedded local Spark by default ({@code local[*]},
 * nothing to install); on a cluster the same main class runs under {@code spark-submit}, which sets the master.
 *
 * <pre>
 * ./polylink spark link --kb my-kb --input 'docs/*.jsonl' --output linked --format parquet
 * spark-submit --class io.polylink.spark.SparkCli --jars ... polylink-spark.jar link --kb /shared/kb ...
 * </pre>
 */
@Command(name = "polylink spark", mixinStandardHelpOptions = true,
    description = "Polylink jobs over a corpus on Apache Spark (embedded local Spark unless run by spark-submit).",
    subcommands = {SparkCli.LinkCommand.class, SparkCli.RedactCommand.class, SparkCli.DiscoverCommand.class})
public final class SparkCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status = run(args, out, err);
    System.exit(status);
  }

  /** Runs the command line; returns the exit status. Errors are one line on {@code err}, no stack trace. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SparkCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("polylink spark: " + Documents.oneLine(rootCause(e)));
      line.getErr().flush();
      return 1;
    });
    return cl.execute(args);
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    // Spark wraps a task's failure; the innermost message is the one that names the problem
    while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null
        || t.getClass().getName().startsWith("org.apache.spark") || t instanceof java.util.concurrent.ExecutionException
        || t instanceof java.io.UncheckedIOException)) {
      t = t.getCause();
    }
    return t;
  }

  /** The options every job has. */
  static final class Common {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE) CommandLine.Model.CommandSpec command;

    @Option(names = "--input", required = true, description = "a file, directory or glob: JSONL of "
        + "{\"id\",\"text\",\"language\"?}, Parquet with those columns, or text files (one document each)")
    String input;

    @Option(names = "--input-format", description = "jsonl, parquet or text (default: parquet for *.parquet, text "
        + "for *.txt, else jsonl)")
    String inputFormat;

    @Option(names = "--output", required = true, description = "output directory (written all or nothing)")
    String output;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or parquet (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--errors", description = "errors output directory: id and a one-line error per failed document "
        + "(default: OUTPUT/_errors)")
    String errors;

    @Option(names = "--mode", defaultValue = "error", description = "error (fail when the output exists) or "
        + "overwrite (default: ${DEFAULT-VALUE})")
    String mode;

    @Option(names = "--master", description = "Spark master (default: the one spark-submit set, else local[*])")
    String master;

    @Option(names = "--no-progress", description = "no progress line")
    boolean noProgress;

    Jobs.Io io(CommandLine cl) {
      return Jobs.Io.of(input, inputFormat, output, format, errors, mode, noProgress ? null : cl.getErr());
    }

    SparkSession session(String job) {
      SparkSession.Builder b = SparkSession.builder().appName("polylink spark " + job)
          .config("spark.ui.showConsoleProgress", "false");
      if (master != null) {
        b.master(master);
      } else if (System.getProperty("spark.master") == null) {
        b.master("local[*]");
      }
      return Jobs.tune(b.getOrCreate());
    }

    /**
     * Runs {@code job} of the command that mixes these options in, in a session named after it, and prints its
     * summary; then stops the session and closes this JVM's KBs, whatever happened.
     */
    Integer run(String name, java.util.function.BiFunction<SparkSession, Jobs.Io, Jobs.Summary> job) {
      CommandLine cl = command.commandLine();
      Jobs.Io io = io(cl);
      SparkSession spark = session(name);
      try {
        return finish(job.apply(spark, io), cl);
      } finally {
        spark.stop();
        PerJvm.closeAll();
      }
    }
  }

  /** Ends a job: its summary on {@code out}; the caller stops the session and closes this JVM's KBs. */
  static Integer finish(Jobs.Summary s, CommandLine cl) {
    cl.getOut().println(s);
    cl.getOut().flush();
    return 0;
  }

  @Command(name = "link", mixinStandardHelpOptions = true,
      description = "Link every document of a corpus; rows carry the fields of `polylink link --format json` plus the "
          + "input id.")
  static final class LinkCommand implements Callable<Integer> {
    @CommandLine.Mixin Common common = new Common();

    @Option(names = "--kb", required = true, description = "KB directory: a path every executor can read, or the "
        + "name of an archive shipped with --archives")
    String kb;

    @Option(names = "--nil-threshold", description = "best candidate score below which a mention is NIL (default: "
        + "0.35)")
    Double nilThreshold;

    @Option(names = "--no-nil", description = "do not report mentions without a KB entity")
    boolean noNil;

    @Override
    public Integer call() {
      PerJvm.LinkSettings settings = new PerJvm.LinkSettings(kb, nilThreshold, !noNil);
      return common.run("link", (spark, io) -> LinkJob.run(spark, io, settings));
    }
  }

  @Command(name = "redact", mixinStandardHelpOptions = true,
      description = "Redact every document of a corpus with a policy; rows: id, text (redacted), report (JSON). A "
          + "document that fails goes to the errors output, never its text to the output.")
  static final class RedactCommand implements Callable<Integer> {
    @CommandLine.Mixin Common common = new Common();

    @Option(names = "--kb", description = "KB for the linker's typed names (default: none: patterns and name "
        + "recognizers only)")
    String kb;

    @Option(names = "--policy", description = "redaction policy file (default: the built-in policy)")
    String policy;

    @Override
    public Integer call() {
      PerJvm.RedactSettings settings = new PerJvm.RedactSettings(kb, policy);
      return common.run("redact", (spark, io) -> RedactJob.run(spark, io, settings));
    }
  }

  @Command(name = "discover", mixinStandardHelpOptions = true,
      description = "Link a corpus on the executors, gather its NIL mentions across partitions and cluster them; "
          + "writes proposals as `polylink discover` does (one JSON line per new entity).")
  static final class DiscoverCommand implements Callable<Integer> {
    @CommandLine.Mixin Common common = new Common();

    @Option(names = "--kb", required = true, description = "KB directory (as for link)")
    String kb;

    @Option(names = "--threshold", description = "similarity a mention needs to join a cluster (default: 0.30)")
    Double threshold;

    @Option(names = "--min-mentions", description = "mentions a cluster needs to be proposed (default: 2)")
    Integer minMentions;

    @Override
    public Integer call() {
      return common.run("discover",
          (spark, io) -> DiscoverJob.run(spark, io, kb, threshold, minMentions));
    }
  }
}
