package io.polylink.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A job's input as rows of {@code (id, text, language, bad)}: JSONL of {@code {"id","text","language"?}}, Parquet with
 * those columns, or plain text files (one document per file, its path the id). {@code bad} is the raw line of a JSONL
 * record that is not JSON; such a row becomes an error, not a lost document.
 */
final class Corpus {
  static final String CORRUPT = "_corrupt_record";

  /** The input formats. */
  enum Format {
    JSONL, PARQUET, TEXT;

    static Format parse(String s) {
      return switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "jsonl", "json" -> JSONL;
        case "parquet" -> PARQUET;
        case "text", "txt" -> TEXT;
        default -> throw new IllegalArgumentException("--input-format must be jsonl, parquet or text, got '" + s + "'");
      };
    }

    /** The format a path's name implies: *.parquet, *.txt, else JSONL. */
    static Format of(String glob) {
      String g = glob.toLowerCase(Locale.ROOT);
      return g.endsWith(".parquet") || g.endsWith(".parquet/") ? PARQUET : g.endsWith(".txt") ? TEXT : JSONL;
    }
  }

  private Corpus() {}

  /** Reads {@code glob} (a file, a directory or a Hadoop glob such as {@code docs/*.jsonl}). */
  static Dataset<Row> read(SparkSession spark, String glob, Format format) {
    return switch (format) {
      case JSONL -> {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("language", DataTypes.StringType).add(CORRUPT, DataTypes.StringType);
        Dataset<Row> raw = spark.read().schema(schema).option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", CORRUPT).option("encoding", "UTF-8").json(glob);
        // a line that is not JSON has no id: its file stands for it
        Column id = org.apache.spark.sql.functions.when(col(CORRUPT).isNotNull().and(col("id").isNull()),
            input_file_name()).otherwise(col("id"));
        yield raw.select(id.as("id"), col("text"), col("language"), col(CORRUPT).as("bad"));
      }
      case PARQUET -> {
        Dataset<Row> raw = spark.read().parquet(glob);
        java.util.List<String> cols = Arrays.asList(raw.columns());
        if (!cols.contains("text")) {
          throw new IllegalArgumentException("--input " + glob + ": Parquet input needs a string column 'text', has "
              + cols);
        }
        Column id = cols.contains("id") ? col("id").cast(DataTypes.StringType) : input_file_name();
        Column lang = cols.contains("language") ? col("language").cast(DataTypes.StringType)
            : lit(null).cast(DataTypes.StringType);
        yield raw.select(id.as("id"), col("text").cast(DataTypes.StringType).as("text"), lang.as("language"),
            lit(null).cast(DataTypes.StringType).as("bad"));
      }
      case TEXT -> spark.read().option("wholetext", "true").option("encoding", "UTF-8").text(glob)
          .select(input_file_name().as("id"), col("value").as("text"), lit(null).cast(DataTypes.StringType)
              .as("language"), lit(null).cast(DataTypes.StringType).as("bad"));
    };
  }
}
