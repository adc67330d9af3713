package io.polylink.spark;

import static org.apache.spark.sql.functions.col;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/** What the jobs share: where they read and write, and how a result becomes the output and the errors output. */
public final class Jobs {
  private Jobs() {}

  /** The output formats. */
  public enum OutputFormat {
    JSONL, PARQUET;

    static OutputFormat parse(String s) {
      return switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "jsonl", "json" -> JSONL;
        case "parquet" -> PARQUET;
        default -> throw new IllegalArgumentException("--format must be jsonl or parquet, got '" + s + "'");
      };
    }
  }

  /**
   * Where a job reads and writes.
   *
   * @param input a file, directory or glob
   * @param output the output directory; written all or nothing by Spark's commit protocol
   * @param errors the errors output directory ({@code OUTPUT/_errors} by default: Spark's readers skip it)
   * @param overwrite replace an existing output ({@code --mode overwrite}) instead of failing ({@code error})
   * @param progress where the progress line goes; null for none
   */
  public record Io(String input, Corpus.Format inputFormat, String output, OutputFormat format, String errors,
      boolean overwrite, PrintWriter progress) {
    public Io {
      if (input == null || input.isBlank()) {
        throw new IllegalArgumentException("--input is required");
      }
      if (output == null || output.isBlank()) {
        throw new IllegalArgumentException("--output is required");
      }
      if (inputFormat == null) {
        inputFormat = Corpus.Format.of(input);
      }
      if (format == null) {
        format = OutputFormat.JSONL;
      }
      if (errors == null || errors.isBlank()) {
        errors = output.replaceAll("/+$", "") + "/_errors";
      }
    }

    /** The same, with the input format named ({@code --input-format}). */
    public static Io of(String input, String inputFormat, String output, String format, String errors, String mode,
        PrintWriter progress) {
      boolean overwrite = switch (mode == null ? "error" : mode.strip().toLowerCase(Locale.ROOT)) {
        case "error", "errorifexists" -> false;
        case "overwrite" -> true;
        default -> throw new IllegalArgumentException("--mode must be error or overwrite, got '" + mode + "'");
      };
      return new Io(input, inputFormat == null ? null : Corpus.Format.parse(inputFormat), output,
          format == null ? null : OutputFormat.parse(format), errors, overwrite, progress);
    }
  }

  /** What a job did. */
  public record Summary(String job, long documents, long errors, double seconds) {
    public double docsPerSecond() {
      return seconds > 0 ? (documents + errors) / seconds : 0;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "spark %s: %,d documents written, %,d errors, %.1f s (%,.0f docs/s)", job,
          documents, errors, seconds, docsPerSecond());
    }
  }

  /**
   * Reads the corpus of {@code io}, maps each document to a row of {@code schema} with {@code mapper} and the
   * executor's {@code worker}, and {@link #write}s the rows without an error, columns {@code columns}.
   */
  static <W> Summary mapAndWrite(SparkSession spark, Io io, CountingPartition.Worker<W> worker,
      CountingPartition.RowMapper<W> mapper, org.apache.spark.sql.types.StructType schema, String[] columns,
      String job) {
    Dataset<Row> input = Corpus.read(spark, io.input(), io.inputFormat());
    LongAccumulator done = spark.sparkContext().longAccumulator("documents");
    Dataset<Row> result = input.mapPartitions(new CountingPartition<>(done, worker, mapper),
        org.apache.spark.sql.Encoders.row(schema));
    return write(spark, result, col("error").isNull(), columns, io, done, job);
  }

  /**
   * Writes the rows of {@code result} that {@code ok} selects, columns {@code columns}, to the output, and the others'
   * {@code id} and {@code error} to the errors output. The result is computed once (kept on memory and disk between
   * the two writes): linking a corpus twice would double the job.
   */
  static Summary write(SparkSession spark, Dataset<Row> result, Column ok, String[] columns, Io io,
      LongAccumulator done, String job) {
    long start = System.nanoTime();
    SaveMode mode = io.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    Dataset<Row> kept = result.persist(StorageLevel.MEMORY_AND_DISK());
    try (Progress p = Progress.start(spark, done, job, io.progress())) {
      writeTo(kept.filter(ok).select(Arrays.stream(columns).map(org.apache.spark.sql.functions::col)
          .toArray(Column[]::new)), io.format(), mode, io.output());
      writeTo(kept.filter(org.apache.spark.sql.functions.not(ok)).select(col("id"), col("error")), io.format(), mode, io.errors());
      long documents = kept.filter(ok).count();
      long errors = kept.filter(org.apache.spark.sql.functions.not(ok)).count();
      return new Summary(job, documents, errors, (System.nanoTime() - start) / 1e9);
    } finally {
      kept.unpersist();
    }
  }

  /**
   * Sets what a linking job needs unless the user set it: input files split into at least four partitions per core,
   * also when the corpus is small. Spark's defaults (one partition per core at best, and none smaller than 4 MB)
   * leave a core idle behind a slower partition, or give a 3 MB corpus to one core: linking costs milliseconds per
   * document, reading microseconds, so finer partitions cost little.
   */
  static SparkSession tune(SparkSession spark) {
    var conf = spark.conf();
    if (!conf.contains("spark.sql.files.minPartitionNum")) {
      conf.set("spark.sql.files.minPartitionNum", String.valueOf(4 * spark.sparkContext().defaultParallelism()));
    }
    if (!conf.contains("spark.sql.files.openCostInBytes")) {
      conf.set("spark.sql.files.openCostInBytes", String.valueOf(256 * 1024));
    }
    return spark;
  }

  /** A Java list as the Scala sequence a Row's array column holds. */
  static <T> scala.collection.immutable.Seq<T> seq(java.util.List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }

  private static void writeTo(Dataset<Row> rows, OutputFormat format, SaveMode mode, String dir) {
    var w = rows.write().mode(mode);
    switch (format) {
      // null mention ids (NIL) stay in the output, as `polylink link` writes them
      case JSONL -> w.option("ignoreNullFields", "false").json(dir);
      case PARQUET -> w.parquet(dir);
    }
  }
}
